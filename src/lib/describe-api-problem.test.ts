import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { describeApiProblem } from './describe-api-problem';

describe('describeApiProblem', () => {
  it('names what was being loaded when the error cannot say', () => {
    expect(describeApiProblem(new Error('boom')).title).toBe(
      'Something went wrong while loading calls.',
    );
    const problem = describeApiProblem(new Error('boom'), 'scored calls');
    expect(problem.title).toBe('Something went wrong while loading scored calls.');
    expect(problem.detail).toBe('boom');
  });

  it('names the key variable when the key is rejected, and offers no pointless retry', () => {
    const problem = describeApiProblem(new ApiError({ kind: 'unauthorized', status: 401 }));
    expect(problem.title).toBe('The API key was rejected: check SALESFINITY_API_KEY.');
    expect(problem.canRetry).toBe(false);
  });

  it('says an ended session is over, not that the key was rejected, and offers no retry', () => {
    const problem = describeApiProblem(
      new ApiError({ kind: 'session-ended', status: 401, signInUrl: '/auth/login' }),
    );
    expect(problem.title).toBe('Your session has ended: sign in again to load this.');
    expect(problem.canRetry).toBe(false);
  });

  it('carries Retry-After for a rate limit', () => {
    const problem = describeApiProblem(
      new ApiError({ kind: 'rate-limited', status: 429, retryAfterSeconds: 7 }),
    );
    expect(problem.retryAfterSeconds).toBe(7);
    expect(problem.canRetry).toBe(true);
  });

  it('keeps the server message for a 5xx and allows a retry', () => {
    const problem = describeApiProblem(
      new ApiError({ kind: 'server', status: 503, detail: 'maintenance' }),
    );
    expect(problem.title).toContain('503');
    expect(problem.detail).toBe('maintenance');
    expect(problem.canRetry).toBe(true);
  });

  it('describes errors that are not ApiErrors', () => {
    const problem = describeApiProblem(new TypeError('x is undefined'));
    expect(problem.detail).toBe('x is undefined');
  });
});
