// API documentation feature: the OpenAPI document generated from the route registry, and its reference page.
export { apiDocsRoutes } from './routes.ts';
export { openApiDocument, openApiPath, routeErrors } from './openapi-document.ts';
