import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRequestLimit } from './request-limit';

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('createRequestLimit', () => {
  it('starts a task in the caller’s own turn while a slot is free', () => {
    const limit = createRequestLimit(2);
    const started: string[] = [];
    void limit((name: string) => {
      started.push(name);
      return new Promise<void>(() => undefined);
    }, 'a');
    // No await: the task ran synchronously.
    expect(started).toEqual(['a']);
    expect(limit.activeCount).toBe(1);
  });

  it('queues beyond the limit, first in first out, and starts the next when one settles', async () => {
    const limit = createRequestLimit(2);
    const tasks = [deferred<string>(), deferred<string>(), deferred<string>(), deferred<string>()];
    const started: number[] = [];
    const results = tasks.map((task, index) =>
      limit(() => {
        started.push(index);
        return task.promise;
      }),
    );
    expect(started).toEqual([0, 1]);
    expect(limit.pendingCount).toBe(2);

    tasks[1]?.reject(new Error('second failed'));
    await expect(results[1]).rejects.toThrow('second failed');
    expect(started).toEqual([0, 1, 2]);

    tasks[0]?.resolve('first');
    await expect(results[0]).resolves.toBe('first');
    expect(started).toEqual([0, 1, 2, 3]);
    expect(limit.pendingCount).toBe(0);
  });

  it('a task that throws synchronously rejects its promise and frees its slot', async () => {
    const limit = createRequestLimit(1);
    await expect(
      limit(() => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(limit(() => 'after')).resolves.toBe('after');
    expect(limit.activeCount).toBe(0);
  });

  it('never runs more than `concurrency` at once, and runs every task', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 20 }),
        async (concurrency, delays) => {
          const limit = createRequestLimit(concurrency);
          let running = 0;
          let peak = 0;
          const results = await Promise.all(
            delays.map((delay, index) =>
              limit(async () => {
                running += 1;
                peak = Math.max(peak, running);
                for (let tick = 0; tick < delay; tick++) await Promise.resolve();
                running -= 1;
                return index;
              }),
            ),
          );
          expect(peak).toBeLessThanOrEqual(concurrency);
          expect(results).toEqual(delays.map((_, index) => index));
        },
      ),
    );
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => createRequestLimit(0)).toThrow(RangeError);
  });
});
