// The little the digest feature reads about a person: where to write, in which zone they live and
// in which language (the account's one language, the same the app and every other e-mail use).
import type { Lang } from '../../shared/taxonomy/index.ts';
import { langOf, timeZoneOf } from '../auth/index.ts';

export interface Person {
  _id: string;
  email: string;
  timeZone?: string;
  lang?: Lang;
}

export interface People {
  findById(id: string): Promise<Person | null>;
  findByIds(ids: string[]): Promise<Person[]>;
  findByEmail(email: string): Promise<Person | null>;
}

export { langOf, timeZoneOf };
