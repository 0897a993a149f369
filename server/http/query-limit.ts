// Express's query parser with a bound on the number of parameters: Node's querystring quietly
// drops every key past 1,000, so a request with more is refused with 400 instead of being read as
// something the client did not send. (Past about 16 KB the request line never reaches Express:
// client-errors.ts answers those.)
import { parse } from 'node:querystring';
import { ErrorCode } from '../../shared/protocol.ts';
import { AppError } from './errors.ts';

/** No endpoint reads more than a few dozen parameters (lists of sectors or regions are at most 12). */
export const MAX_QUERY_PARAMETERS = 200;

function parameterCount(query: string): number {
  let count = 0;
  for (const part of query.split('&')) if (part !== '') count += 1;
  return count;
}

/** For `app.set('query parser', …)`: parses like Express's "simple" parser, or throws a 400 AppError. */
export function boundedQueryParser(query: string | null | undefined): ReturnType<typeof parse> {
  // Express passes null for a URL without a query string.
  if (!query) return {};
  if (parameterCount(query) > MAX_QUERY_PARAMETERS) {
    throw new AppError(ErrorCode.BadRequest, `The query string has more than ${MAX_QUERY_PARAMETERS} parameters`);
  }
  return parse(query, undefined, undefined, { maxKeys: MAX_QUERY_PARAMETERS });
}
