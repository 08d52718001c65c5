import { lazy, Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { DemoBadge } from '@/features/data-source/demo-badge';
import { PlayerAudio } from '@/features/player/player-audio';
import { SavedViewsControls } from '@/features/saved-views/saved-views-controls';
import { SessionEndedNotice } from '@/features/session/session-ended-notice';
import { SignedInUser } from '@/features/session/signed-in-user';
import { useDeferredModulesReleased } from '@/lib/deferred-module';
import { useSession } from '@/lib/session/use-session';

// The dock's controls and shortcuts load after the first rows; the audio element is here at once.
const PlayerDock = lazy(() => import('@/features/player/player-dock'));

export function AppLayout() {
  const afterFirstRows = useDeferredModulesReleased();
  // A rep's pages hold their own calls and numbers only, and are named so.
  const isRep = useSession().role === 'rep';
  return (
    <>
      <a className="visually-hidden" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="app-header__title">Salesfinity calls</span>
        <nav className="app-header__nav" aria-label="Main">
          <NavLink to="/" end>
            {isRep ? 'Your calls' : 'Call log'}
          </NavLink>
          <NavLink to="/team">{isRep ? 'Your numbers' : 'Team'}</NavLink>
          <NavLink to="/coaching">Coaching</NavLink>
        </nav>
        <span className="app-header__spacer" />
        <SavedViewsControls />
        <DemoBadge />
        <div className="app-header__account">
          <SignedInUser />
        </div>
      </header>
      <main id="main" className="app-main">
        <SessionEndedNotice />
        <Outlet />
      </main>
      <PlayerAudio />
      {afterFirstRows ? (
        <Suspense fallback={null}>
          <PlayerDock />
        </Suspense>
      ) : null}
    </>
  );
}
