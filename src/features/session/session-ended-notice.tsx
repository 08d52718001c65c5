import { useLocation } from 'react-router';
import { useSessionEnded } from '@/lib/session/use-session';
import { signInAgainHref } from './sign-in-again';
import './session.css';

/**
 * Once a request was refused because the session ended: one notice for the whole app, with the way
 * back in. Nothing else changes: what is on screen stays as it last loaded.
 */
export function SessionEndedNotice() {
  const ended = useSessionEnded();
  const { pathname, search } = useLocation();
  if (!ended) return null;
  return (
    <div className="notice notice--error session-ended-notice" role="alert">
      <div className="notice__body">
        <p className="notice__title">Your session has ended</p>
        {ended.signInUrl === null ? (
          <p>
            Reload the page through your company’s sign-in to carry on. Until then, what is on
            screen stays as it last loaded.
          </p>
        ) : (
          <p>
            <a href={signInAgainHref(ended.signInUrl, `${pathname}${search}`)}>Sign in again</a> to
            carry on with this view. Until then, what is on screen stays as it last loaded.
          </p>
        )}
      </div>
    </div>
  );
}
