// The cost of building the matching engine on first use: how long the first listing takes to
// publish (the engine, glossary and Chinese converters are built in that request) against the
// next one, the first match request, and the server's memory afterwards.
import { registerUser } from '../../tests/helpers/api.ts';
import { CERTIFIER, call, createListing, createOrg, needFor, offerFor } from '../../tests/listings/marketplace-helpers.ts';
import type { MemoryReading, ServerProcess } from '../collab/server-process.ts';

export interface FirstMatchCost {
  firstListingMs: number;
  secondListingMs: number;
  firstMatchesMs: number;
  after: MemoryReading;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const startedAt = performance.now();
  const result = await work();
  return [result, performance.now() - startedAt];
}

/** Publishes a need and an offer that match on a fresh server and asks for the need's matches. */
export async function measureFirstMatch(server: ServerProcess): Promise<FirstMatchCost> {
  const url = server.baseUrl;
  const [maker, certifier] = [await registerUser(url, 'Maker'), await registerUser(url, 'Certifier')];
  const [makerOrg, certifierOrg] = [await createOrg(url, maker), await createOrg(url, certifier, CERTIFIER)];
  const [, firstListingMs] = await timed(() => createListing(url, certifier, offerFor(certifierOrg.id)));
  const [need, secondListingMs] = await timed(() => createListing(url, maker, needFor(makerOrg.id)));
  const [matches, firstMatchesMs] = await timed(() => call<{ matches: unknown[] }>(url, maker, 'GET', `/api/listings/${need.id}/matches?limit=10`));
  if (matches.status !== 200 || matches.body.matches.length === 0) throw new Error(`first match request: ${matches.status}, ${matches.body.matches?.length ?? 0} matches`);
  return { firstListingMs, secondListingMs, firstMatchesMs, after: await server.memory() };
}
