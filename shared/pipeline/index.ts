// Deal pipeline rules and dashboard figures shared by client and server.
export * from './stage-rules.ts';
export * from './kpis.ts';
