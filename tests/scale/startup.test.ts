// Starting with REDIS_URL pointing nowhere fails at once with a message naming Redis, instead of
// serving as a lone instance that silently diverges from the others.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.ts';
import { connectScaleOut } from '../../server/scale/index.ts';

function unusedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('scale-out start', () => {
  it('refuses to start when Redis cannot be reached, without printing the password', async () => {
    const port = await unusedPort();
    const attempt = connectScaleOut({ redisUrl: `redis://:s3cret@127.0.0.1:${port}` }, createLogger('silent'));
    await expect(attempt).rejects.toThrow(/could not reach Redis at redis:\/\/:\*\*\*@127\.0\.0\.1/);
  });
});
