import { describeIgnored } from '../url-state/describe-ignored';
import { useCallsView } from '../url-state/use-calls-view';
import './ignored-params-notice.css';

/**
 * Says, in words, which parts of the link were not used and why, so a filter that did not apply
 * is never mistaken for one that did. Dismissing rewrites the URL in canonical form (in place),
 * which is also what makes the notice go.
 */
export function IgnoredParamsNotice() {
  const { ignored, dismissIgnored } = useCallsView();
  const text = describeIgnored(ignored);
  if (text === '') return null;
  return (
    <div className="notice ignored-params-notice" role="status">
      <div className="notice__body">
        <p className="notice__title">Part of this link could not be used</p>
        <p>{text}</p>
        <p className="muted">The calls below are shown without it.</p>
      </div>
      <button type="button" className="button button--small" onClick={dismissIgnored}>
        Dismiss
      </button>
    </div>
  );
}
