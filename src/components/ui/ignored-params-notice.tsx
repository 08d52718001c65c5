import type { IgnoredParam } from '@/lib/url-state/view-params';
import { describeIgnored } from '@/lib/url-state/describe-ignored';
import './ignored-params-notice.css';

/**
 * Says, in words, which parts of the link were not used and why, so a filter that did not apply
 * is never mistaken for one that did. Dismissing should rewrite the URL in canonical form (in
 * place), which is also what makes the notice go.
 */
export function IgnoredParamsNotice({
  ignored,
  onDismiss,
  shownWithout,
}: {
  ignored: readonly IgnoredParam[];
  onDismiss: () => void;
  /** What the page shows instead, e.g. "The calls below are shown without it." */
  shownWithout: string;
}) {
  const text = describeIgnored(ignored);
  if (text === '') return null;
  return (
    <div className="notice ignored-params-notice" role="status">
      <div className="notice__body">
        <p className="notice__title">Part of this link could not be used</p>
        <p>{text}</p>
        <p className="muted">{shownWithout}</p>
      </div>
      <button type="button" className="button button--small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
