import { isApiError } from './api-client';

export interface ApiProblem {
  title: string;
  detail?: string;
  /** Seconds until the next automatic attempt, when the server said (429 Retry-After). */
  retryAfterSeconds?: number;
  /** Whether a manual "Retry" makes sense: not for a rejected key or a request the API refuses. */
  canRetry: boolean;
}

/**
 * What to tell a manager about a failed request, in words, whatever was thrown. `subject` names
 * what was being loaded when the error itself cannot say.
 */
export function describeApiProblem(error: unknown, subject = 'calls'): ApiProblem {
  if (!isApiError(error)) {
    return {
      title: `Something went wrong while loading ${subject}.`,
      detail: error instanceof Error ? error.message : undefined,
      canRetry: true,
    };
  }
  switch (error.kind) {
    case 'unauthorized':
      return {
        title: 'The API key was rejected: check SALESFINITY_API_KEY.',
        detail: error.detail,
        canRetry: false,
      };
    case 'session-ended':
    case 'no-access':
      // The app-wide notice says what to do (sign in again); retrying here would fail the same way.
      return { title: error.message, canRetry: false };
    case 'rate-limited':
      return {
        title: 'Rate limited by Salesfinity.',
        detail: error.detail,
        retryAfterSeconds: error.retryAfterSeconds,
        canRetry: true,
      };
    case 'bad-request':
      return {
        title: 'Salesfinity refused this request.',
        detail: error.detail,
        canRetry: false,
      };
    case 'not-found':
      return { title: 'Salesfinity did not find it.', detail: error.detail, canRetry: false };
    case 'server':
    case 'network':
    case 'timeout':
    case 'malformed':
      return { title: error.message, detail: error.detail, canRetry: true };
  }
}
