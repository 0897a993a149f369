// Deal pipeline: stage rules enforced on the server (proposals, decisions, direct moves, stage
// history), progress derived from the board and dossier, and due-date reminders.
export { DueSoonSweeper } from './due-soon-sweeper.ts';
export { PipelineReader, stageState } from './pipeline-reader.ts';
export { progressView } from './progress.ts';
export { ProgressRepository, type ProgressRecord } from './progress-repository.ts';
export { ProgressWatcher } from './progress-watcher.ts';
export { stageRoutes } from './routes.ts';
export { StageNotifier } from './stage-notifier.ts';
export { StageService } from './stage-service.ts';
export { StageRepository, STAGE_INDEXES, type StageEventRecord } from './stage-repository.ts';
export { createPipeline, type PipelineFeature, type PipelineTimings } from './pipeline-feature.ts';
