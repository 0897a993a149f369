import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../server/group-commit.ts';

describe('group commit', () => {
  it('writes records added in the same turn as one batch, and later ones in the next', async () => {
    const batches: number[][] = [];
    let firstWriteStarted = () => {};
    const writing = new Promise<void>((resolve) => (firstWriteStarted = resolve));
    const commit = new GroupCommit<number>(async (records) => {
      batches.push(records);
      firstWriteStarted();
      // A store write takes a while; records added meanwhile wait for the next batch.
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    const first = [1, 2, 3].map((n) => commit.add(n));
    await writing;
    const during = [4, 5].map((n) => commit.add(n));
    await Promise.all([...first, ...during]);
    expect(batches).toEqual([[1, 2, 3], [4, 5]]);
  });

  it('rejects every record of a failed batch and keeps serving the next', async () => {
    let fail = true;
    const commit = new GroupCommit<string>(async () => {
      if (fail) throw new Error('store down');
    });
    const failed = [commit.add('a'), commit.add('b')];
    for (const pending of failed) await expect(pending).rejects.toThrow('store down');
    fail = false;
    await expect(commit.add('c')).resolves.toBeUndefined();
  });
});
