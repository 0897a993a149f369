// Home feature: the signed-in front door — first-run progress for a new person, what needs a
// returning one, the pipeline in brief for managers.
export { HomeProgressRepository } from './home-progress-repository.ts';
export { HomeService, HOME_LIST_SIZE, type HomeServiceDeps } from './home-service.ts';
export { homeRoutes } from './routes.ts';
