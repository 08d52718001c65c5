import { NavLink, Outlet } from 'react-router';
import { DemoBadge } from '@/features/mode/demo-badge';
import { SavedViewsControls } from '@/features/saved-views/saved-views-controls';

export function AppLayout() {
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
    </>
  );
}
