// Packages that only some requests need (Chinese script conversion, HTML parsing, calendar files)
// are required on their first use instead of imported at start: a collaboration-only process then
// never holds their code and tables. A synchronous require keeps the call sites synchronous.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** `specifier`'s exports, required the first time the returned function is called (then kept). */
export function loadOnFirstUse<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(specifier) as T);
}
