import { formatCount } from '@/lib/format/count';
import { reviewMarks, useIsReviewed } from './review-marks';
import type { ReviewMarksStore } from './review-marks';
import './review-controls.css';

export interface ReviewToggleProps {
  /** The call log's `_id` of the call. */
  callId: string;
  /** What the call is, for the button's name: the contact, or "this call". */
  subject: string;
  store?: ReviewMarksStore;
}

/**
 * "Mark reviewed" / "Reviewed ✓" for one call, in a row or in the open call. The name says what
 * a press does and to which call ("Mark reviewed: Dana Kim"), so a row of them stays tellable apart.
 */
export function ReviewToggle({ callId, subject, store = reviewMarks }: ReviewToggleProps) {
  const isReviewed = useIsReviewed(callId, store);
  return (
    <button
      type="button"
      className={isReviewed ? 'review-toggle review-toggle--done' : 'review-toggle'}
      // The visible words, then which call: browsers disagree on spacing a visually hidden part.
      aria-label={`${isReviewed ? 'Reviewed' : 'Mark reviewed'}: ${subject}`}
      title={isReviewed ? 'Reviewed in this browser: press to unmark' : undefined}
      onClick={() => {
        store.setReviewed(callId, !isReviewed);
      }}
    >
      {isReviewed ? (
        <>
          Reviewed<span aria-hidden="true"> ✓</span>
        </>
      ) : (
        'Mark reviewed'
      )}
    </button>
  );
}

export interface HideReviewedToggleProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Rows of the current page that the filter hides, when it is on. */
  hiddenOnPage?: number;
}

/** "Hide reviewed": the host keeps it in the URL (`reviewed=hide`) and drops the marked rows. */
export function HideReviewedToggle({ checked, onChange, hiddenOnPage }: HideReviewedToggleProps) {
  return (
    <span className="hide-reviewed">
      <label className="hide-reviewed__label">
        <input
          type="checkbox"
          checked={checked}
          onChange={(event) => {
            onChange(event.target.checked);
          }}
        />{' '}
        Hide reviewed
      </label>
      {checked && hiddenOnPage !== undefined ? (
        <span className="hide-reviewed__count" role="status">
          {hiddenOnPage === 0
            ? 'None hidden on this page'
            : `${formatCount(hiddenOnPage)} reviewed call${hiddenOnPage === 1 ? '' : 's'} hidden on this page`}
        </span>
      ) : null}
    </span>
  );
}

/** Where the marks live, said where they are used. */
export function ReviewMarksNote() {
  return (
    <p className="review-note">
      “Reviewed” marks are kept only in this browser: other people, and your other browsers, do not
      see them.
    </p>
  );
}
