// A fault-injecting wrapper around the storage port: in `fail` mode every operation (ping too)
// rejects; in `hang` mode every operation waits until heal() and then runs, as a store that stalls
// and comes back would. `ok` passes everything straight through.
import type { Collection, Filter, FindOptions, IndexSpec, Store, StoredRecord, Update } from '../../server/store/index.ts';

/** The fault currently injected: none, every operation rejects, or every operation waits. */
export type StoreFault = 'ok' | 'fail' | 'hang';

/** What a failing store throws, so tests can tell injected faults from real ones. */
export class InjectedStoreFault extends Error {
  readonly code = 'injected_store_fault';
  constructor(operation: string) {
    super(`injected store fault: ${operation}`);
    this.name = 'InjectedStoreFault';
  }
}

/** Wraps a real store; inject() and heal() switch faults on and off while the app runs. */
export class FaultyStore implements Store {
  private fault: StoreFault = 'ok';
  private release: (() => void) | undefined;
  private released: Promise<void> = Promise.resolve();
  /** Operations refused or held since the last heal(). */
  affected = 0;

  constructor(private readonly inner: Store) {}

  get kind(): Store['kind'] {
    return this.inner.kind;
  }

  /** Makes every following operation reject (`fail`) or wait for heal() (`hang`). */
  inject(fault: Exclude<StoreFault, 'ok'>): void {
    this.heal();
    this.fault = fault;
    this.affected = 0;
    if (fault === 'hang') this.released = new Promise((resolve) => (this.release = resolve));
  }

  /** Back to normal; operations held by a hang run now, in the order they arrived. */
  heal(): void {
    this.fault = 'ok';
    this.release?.();
    this.release = undefined;
  }

  /** Runs one operation through the current fault. */
  async guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
    if (this.fault === 'fail') {
      this.affected += 1;
      throw new InjectedStoreFault(operation);
    }
    if (this.fault === 'hang') {
      this.affected += 1;
      await this.released;
    }
    return run();
  }

  collection<T extends StoredRecord>(name: string): Collection<T> {
    return new FaultyCollection<T>(this, name, this.inner.collection<T>(name));
  }

  ensureIndexes(specs: readonly IndexSpec[]): Promise<void> {
    return this.guard('ensureIndexes', () => this.inner.ensureIndexes(specs));
  }

  ping(): Promise<void> {
    return this.guard('ping', () => this.inner.ping());
  }

  listCollections(): Promise<string[]> {
    return this.guard('listCollections', () => this.inner.listCollections());
  }

  close(): Promise<void> {
    this.heal();
    return this.inner.close();
  }
}

class FaultyCollection<T extends StoredRecord> implements Collection<T> {
  constructor(
    private readonly store: FaultyStore,
    private readonly name: string,
    private readonly inner: Collection<T>,
  ) {}

  private guard<R>(operation: string, run: () => Promise<R>): Promise<R> {
    return this.store.guard(`${this.name}.${operation}`, run);
  }

  insertOne(record: T): Promise<void> {
    return this.guard('insertOne', () => this.inner.insertOne(record));
  }

  insertMany(records: T[]): Promise<void> {
    return this.guard('insertMany', () => this.inner.insertMany(records));
  }

  findOne(filter: Filter): Promise<T | null> {
    return this.guard('findOne', () => this.inner.findOne(filter));
  }

  find(filter: Filter, options?: FindOptions): Promise<T[]> {
    return this.guard('find', () => this.inner.find(filter, options));
  }

  count(filter: Filter): Promise<number> {
    return this.guard('count', () => this.inner.count(filter));
  }

  updateOne(filter: Filter, update: Update, options?: { upsert?: boolean }): Promise<number> {
    return this.guard('updateOne', () => this.inner.updateOne(filter, update, options));
  }

  deleteMany(filter: Filter): Promise<number> {
    return this.guard('deleteMany', () => this.inner.deleteMany(filter));
  }
}
