import { environmentManager, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-client';
import type { ApiErrorKind } from './api-client';
import {
  backoffDelayMs,
  createQueryClient,
  DEFAULT_STALE_TIME_MS,
  MAX_RETRIES,
  RECOVERY_INTERVAL_MS,
  recoveryIntervalMs,
  retryDelayMs,
  shouldRetryQuery,
} from './query-client';

const error = (kind: ApiErrorKind, retryAfterSeconds?: number) =>
  new ApiError({ kind, status: 500, retryAfterSeconds });

describe('shouldRetryQuery', () => {
  it.each<ApiErrorKind>(['server', 'network', 'timeout', 'rate-limited'])(
    'retries %s up to the limit',
    (kind) => {
      for (let failureCount = 0; failureCount < MAX_RETRIES; failureCount++) {
        expect(shouldRetryQuery(failureCount, error(kind))).toBe(true);
      }
      expect(shouldRetryQuery(MAX_RETRIES, error(kind))).toBe(false);
    },
  );

  it.each<ApiErrorKind>([
    'unauthorized',
    'session-ended',
    'no-access',
    'not-found',
    'bad-request',
    'malformed',
  ])('never retries %s', (kind) => {
    expect(shouldRetryQuery(0, error(kind))).toBe(false);
  });

  it('retries a rate limit only when the wait asked for is bearable', () => {
    expect(shouldRetryQuery(0, error('rate-limited', 60))).toBe(true);
    expect(shouldRetryQuery(0, error('rate-limited', 61))).toBe(false);
  });

  it('never retries what is not an ApiError', () => {
    expect(shouldRetryQuery(0, new TypeError('x is undefined'))).toBe(false);
    expect(shouldRetryQuery(0, new DOMException('Aborted', 'AbortError'))).toBe(false);
  });
});

describe('retryDelayMs', () => {
  it('waits what Retry-After asks', () => {
    expect(retryDelayMs(0, error('rate-limited', 7))).toBe(7_000);
    expect(retryDelayMs(2, error('rate-limited', 0))).toBe(0);
    expect(retryDelayMs(0, error('server', 10))).toBe(10_000);
  });

  it('caps a long Retry-After', () => {
    expect(retryDelayMs(0, error('rate-limited', 3600))).toBe(60_000);
  });

  it('backs off exponentially from one second without Retry-After', () => {
    const noJitter = () => 0;
    expect(retryDelayMs(0, error('server'), noJitter)).toBe(1_000);
    expect(retryDelayMs(1, error('network'), noJitter)).toBe(2_000);
    expect(retryDelayMs(2, error('timeout'), noJitter)).toBe(4_000);
    expect(retryDelayMs(0, error('rate-limited'), noJitter)).toBe(1_000);
  });
});

describe('backoffDelayMs', () => {
  it('adds up to half the nominal delay as jitter', () => {
    expect(backoffDelayMs(1, () => 0)).toBe(2_000);
    expect(backoffDelayMs(1, () => 0.5)).toBe(2_500);
    expect(backoffDelayMs(1, () => 0.999)).toBeLessThan(3_000);
  });
});

describe('recoveryIntervalMs', () => {
  const failed = (reason: unknown) => ({ state: { status: 'error' as const, error: reason } });

  it.each<ApiErrorKind>(['server', 'network', 'timeout', 'rate-limited'])(
    'tries again later after %s',
    (kind) => {
      expect(recoveryIntervalMs(failed(error(kind)) as never)).toBe(RECOVERY_INTERVAL_MS);
    },
  );

  it.each<ApiErrorKind>([
    'unauthorized',
    'session-ended',
    'no-access',
    'not-found',
    'bad-request',
    'malformed',
  ])('leaves %s alone', (kind) => {
    expect(recoveryIntervalMs(failed(error(kind)) as never)).toBe(false);
  });

  it('does nothing for a healthy query or a bug', () => {
    expect(recoveryIntervalMs({ state: { status: 'success', error: null } } as never)).toBe(false);
    expect(recoveryIntervalMs(failed(new TypeError('bug')) as never)).toBe(false);
  });
});

describe('createQueryClient', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sets the documented defaults', () => {
    const queries = createQueryClient().getDefaultOptions().queries;
    expect(queries?.staleTime).toBe(DEFAULT_STALE_TIME_MS);
    expect(queries?.refetchOnWindowFocus).toBe(false);
    expect(queries?.retry).toBe(shouldRetryQuery);
  });

  it('gives up on a 404 after one attempt', async () => {
    const queryClient = createQueryClient();
    let attempts = 0;
    const result = queryClient.query({
      queryKey: ['missing'],
      queryFn: () => {
        attempts += 1;
        throw new ApiError({ kind: 'not-found', status: 404 });
      },
    });
    await expect(result).rejects.toMatchObject({ kind: 'not-found' });
    expect(attempts).toBe(1);
  });

  it('waits out Retry-After, then succeeds', async () => {
    vi.useFakeTimers();
    const queryClient = createQueryClient();
    let attempts = 0;
    const result = queryClient.query({
      queryKey: ['limited'],
      queryFn: () => {
        attempts += 1;
        if (attempts === 1) throw new ApiError({ kind: 'rate-limited', retryAfterSeconds: 5 });
        return Promise.resolve('rows');
      },
    });
    await vi.advanceTimersByTimeAsync(4_999);
    expect(attempts).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toBe('rows');
    expect(attempts).toBe(2);
  });

  it('stops after the last retry of a failing server', async () => {
    vi.useFakeTimers();
    const queryClient = createQueryClient();
    let attempts = 0;
    const result = queryClient.query({
      queryKey: ['down'],
      queryFn: () => {
        attempts += 1;
        throw new ApiError({ kind: 'server', status: 503 });
      },
    });
    const settled = result.catch((reason: unknown) => reason);
    await vi.advanceTimersByTimeAsync(60_000);
    await expect(settled).resolves.toMatchObject({ kind: 'server' });
    expect(attempts).toBe(1 + MAX_RETRIES);
  });

  it('a shown query recovers by itself after an outage longer than its retries', async () => {
    // Query schedules no timers where there is no window; this runs in Node.
    environmentManager.setIsServer(() => false);
    vi.useFakeTimers();
    const queryClient = createQueryClient();
    let isDown = true;
    let attempts = 0;
    const observer = new QueryObserver(queryClient, {
      queryKey: ['outage'],
      queryFn: () => {
        attempts += 1;
        if (isDown) throw new ApiError({ kind: 'server', status: 502 });
        return Promise.resolve('rows');
      },
    });
    const unsubscribe = observer.subscribe(() => undefined);
    // The retries are spent: the query is in error, and stays calm.
    await vi.advanceTimersByTimeAsync(20_000);
    expect(observer.getCurrentResult().status).toBe('error');
    const attemptsWhileDown = attempts;
    expect(attemptsWhileDown).toBeLessThanOrEqual(2 * (1 + MAX_RETRIES));

    isDown = false;
    await vi.advanceTimersByTimeAsync(RECOVERY_INTERVAL_MS + 1_000);
    expect(observer.getCurrentResult().data).toBe('rows');
    expect(observer.getCurrentResult().status).toBe('success');
    // Healthy again: no more polling.
    const attemptsWhenUp = attempts;
    await vi.advanceTimersByTimeAsync(5 * RECOVERY_INTERVAL_MS);
    expect(attempts).toBe(attemptsWhenUp);
    unsubscribe();
    environmentManager.setIsServer(() => typeof window === 'undefined');
  });
});
