// The little the digest feature reads about a person: where to write and in which zone they live.
import { timeZoneOf } from '../auth/index.ts';

export interface Person {
  _id: string;
  email: string;
  timeZone?: string;
}

export interface People {
  findById(id: string): Promise<Person | null>;
  findByIds(ids: string[]): Promise<Person[]>;
  findByEmail(email: string): Promise<Person | null>;
}

export { timeZoneOf };
