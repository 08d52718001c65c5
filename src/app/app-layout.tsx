import { lazy, Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { DemoBadge } from '@/features/data-source/demo-badge';
import { PlayerAudio } from '@/features/player/player-audio';
import { SavedViewsControls } from '@/features/saved-views/saved-views-controls';
import { useDeferredModulesReleased } from '@/lib/deferred-module';

// The dock's controls and shortcuts load after the first rows; the audio element is here at once.
const PlayerDock = lazy(() => import('@/features/player/player-dock'));

export function AppLayout() {
  const afterFirstRows = useDeferredModulesReleased();
  return (
    <>
      <a className="visually-hidden" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="app-header__title">Salesfinity calls</span>
        <nav className="app-header__nav" aria-label="Main">
          <NavLink to="/" end>
            Call log
          </NavLink>
          <NavLink to="/team">Team</NavLink>
        </nav>
        <span className="app-header__spacer" />
        <SavedViewsControls />
        <DemoBadge />
      </header>
      <main id="main" className="app-main">
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
