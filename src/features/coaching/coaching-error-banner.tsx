import { describeApiProblem } from '@/lib/describe-api-problem';

interface CoachingErrorBannerProps {
  error: unknown;
  /** True while the query retries by itself; the banner then says so instead of offering Retry. */
  isRetrying: boolean;
  /** Whether rows from the last good answer are still on screen below. */
  hasData: boolean;
  onRetry: () => void;
}

/** What went wrong loading scored calls, in words, with Retry when retrying can help. */
export function CoachingErrorBanner({
  error,
  isRetrying,
  hasData,
  onRetry,
}: CoachingErrorBannerProps) {
  const problem = describeApiProblem(error);
  const title = problem.title.replace('loading calls', 'loading scored calls');
  return (
    <div className="notice notice--error" role="alert" data-testid="coaching-error">
      <div className="notice__body">
        <p className="notice__title">{title}</p>
        {problem.detail ? <p>{problem.detail}</p> : null}
        {isRetrying ? <p>Retrying…</p> : null}
        {hasData ? <p className="muted">Showing the last scored calls that loaded.</p> : null}
      </div>
      {problem.canRetry && !isRetrying ? (
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
