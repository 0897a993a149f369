// History feature: who edited each deal document and when, named and automatic versions,
// viewing a version and restoring it as a new live change.
export { AutoVersioner } from './auto-versioner.ts';
export { revertUpdate } from './restore.ts';
export { historyRoutes } from './routes.ts';
export { VersionRepository, VERSION_INDEXES } from './version-repository.ts';
export { VersionService, type VersionLimits } from './version-service.ts';
