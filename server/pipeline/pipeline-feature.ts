// The pipeline feature over a deal room's parts: stage commands and their routes, the progress
// watcher and the due-date sweep. The dashboard hears of changed deals through onDealChanged.
import type { ApiRouter } from '../http/index.ts';
import type { ChecklistTally } from '../../shared/checklist/index.ts';
import type { Clock } from '../clock.ts';
import type { DocRegistry } from '../collab/index.ts';
import type { DealActivity, DealGuard, DealMemberRepository, DealPresenter, DealRepository } from '../deals/index.ts';
import type { Logger } from '../logger.ts';
import type { NotificationPort } from '../notifications/index.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import { DueSoonSweeper } from './due-soon-sweeper.ts';
import type { PipelineReader } from './pipeline-reader.ts';
import type { ProgressRepository } from './progress-repository.ts';
import { ProgressWatcher } from './progress-watcher.ts';
import { stageRoutes } from './routes.ts';
import { StageNotifier } from './stage-notifier.ts';
import type { StageRepository } from './stage-repository.ts';
import { StageService } from './stage-service.ts';

export interface PipelineTimings {
  /** Wait after the first board or dossier edit before progress is recounted. */
  progressDelayMs: number;
  /** How often terms due within 48 h are looked for. */
  dueSweepMs: number;
}

export interface PipelineDeps {
  deals: DealRepository;
  members: DealMemberRepository;
  stages: StageRepository;
  progress: ProgressRepository;
  reader: PipelineReader;
  presenter: DealPresenter;
  guard: DealGuard;
  activity: DealActivity;
  registry: DocRegistry;
  io: AppSocketServer;
  logger: Logger;
  notifications?: NotificationPort;
  timings: PipelineTimings;
  /** A deal's dashboard row may have changed. */
  onDealChanged: (dealId: string) => void;
  /** When stage moves and document activity are dated (default: the system clock). */
  clock?: Clock;
}

export interface PipelineFeature {
  /** Stage routes, mounted under /api/deals. */
  stageRoutes: ApiRouter;
  /** Subscribes to document changes and starts the sweep; returns the function that stops both. */
  start(): () => Promise<void>;
  /** Runs the progress recounts still waiting now and resolves once they have finished. */
  settle(): Promise<void>;
  /** Stores a deal's request-list tally into its progress and pushes the new figures. */
  recordChecklist(dealId: string, tally: ChecklistTally): Promise<void>;
}

export function createPipeline(deps: PipelineDeps): PipelineFeature {
  const { registry, logger } = deps;
  const service = new StageService({ ...deps, notifier: new StageNotifier(deps.notifications, logger) });
  const watcher = new ProgressWatcher({ ...deps, delayMs: deps.timings.progressDelayMs });
  const sweeper = new DueSoonSweeper({ ...deps, intervalMs: deps.timings.dueSweepMs });
  return {
    stageRoutes: stageRoutes(service),
    settle: () => watcher.flush(),
    recordChecklist: (dealId, tally) => watcher.recordFigures(dealId, { checklist: tally }),
    start: () => {
      const unsubscribe = registry.onChange(watcher.observe);
      sweeper.start();
      return async () => {
        unsubscribe();
        await Promise.all([watcher.stop(), sweeper.stop()]);
      };
    },
  };
}
