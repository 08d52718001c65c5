import type { Role, SignOut } from '@/lib/session/session-schema';
import { useSession } from '@/lib/session/use-session';
import './session.css';

const ROLE_LABELS: Record<Role, string> = { manager: 'Manager', rep: 'Rep' };

/** A form for POST (the server answers with a redirect), a plain link for GET. */
function SignOutControl({ signOut }: { signOut: SignOut }) {
  if (signOut.method === 'GET') {
    return (
      <a className="button button--small" href={signOut.url}>
        Sign out
      </a>
    );
  }
  return (
    <form className="signed-in-user__sign-out" method="post" action={signOut.url}>
      <button type="submit" className="button button--small">
        Sign out
      </button>
    </form>
  );
}

/** Who is signed in and as what, and the way out; nothing when the dashboard has no sign-in. */
export function SignedInUser() {
  const { user, signOut } = useSession();
  if (!user) return null;
  return (
    <div className="signed-in-user" role="group" aria-label="Signed in">
      <span className="signed-in-user__name" title={user.email}>
        <span className="visually-hidden">Signed in as </span>
        {user.name ?? user.email}
      </span>
      <span className="badge signed-in-user__role">{ROLE_LABELS[user.role]}</span>
      {signOut ? <SignOutControl signOut={signOut} /> : null}
    </div>
  );
}
