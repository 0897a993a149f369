// Taxonomy feature: serves the shared sectors, regions, categories and scales at GET /api/taxonomy.
export { taxonomyRoutes } from './routes.ts';
