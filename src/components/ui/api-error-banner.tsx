import { useEffect, useState } from 'react';
import { describeApiProblem } from '@/lib/describe-api-problem';

interface ApiErrorBannerProps {
  error: unknown;
  /** What the list shows, in words: "calls", "scored calls". */
  subject: string;
  /** The banner's test id, one per page. */
  testId: string;
  /** True while the query retries by itself; the banner then says so instead of offering Retry. */
  isRetrying: boolean;
  /** Whether rows from the last good answer are still on screen below. */
  hasData: boolean;
  onRetry: () => void;
}

function useCountdown(seconds: number | undefined, restartKey: unknown): number | undefined {
  const [state, setState] = useState({ key: restartKey, left: seconds });
  // Restart when a new failure arrives: adjusting state during render, not in an effect.
  if (state.key !== restartKey) setState({ key: restartKey, left: seconds });
  const left = state.key === restartKey ? state.left : seconds;
  useEffect(() => {
    if (left === undefined || left <= 0) return;
    const timer = setTimeout(() => {
      setState((current) => ({ ...current, left: (current.left ?? 1) - 1 }));
    }, 1000);
    return () => {
      clearTimeout(timer);
    };
  }, [left]);
  return left;
}

/** What went wrong loading a page's list, in words, with Retry when retrying can help. */
export function ApiErrorBanner({
  error,
  subject,
  testId,
  isRetrying,
  hasData,
  onRetry,
}: ApiErrorBannerProps) {
  const problem = describeApiProblem(error, subject);
  const secondsLeft = useCountdown(problem.retryAfterSeconds, error);
  const status =
    problem.retryAfterSeconds !== undefined && isRetrying
      ? `Rate limited, retrying in ${Math.max(0, secondsLeft ?? 0)} s.`
      : isRetrying
        ? 'Retrying…'
        : undefined;
  return (
    <div className="notice notice--error" role="alert" data-testid={testId}>
      <div className="notice__body">
        <p className="notice__title">{problem.title}</p>
        {problem.detail ? <p>{problem.detail}</p> : null}
        {status ? <p>{status}</p> : null}
        {hasData ? <p className="muted">Showing the last {subject} that loaded.</p> : null}
      </div>
      {problem.canRetry && !isRetrying ? (
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
