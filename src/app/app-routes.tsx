import { lazy, Suspense } from 'react';
import { Link, Route, Routes, useLocation } from 'react-router';
import { CallsPage } from '@/app/routes/calls-page';
import { CallsViewProvider } from '@/lib/calls-view/calls-view-provider';
import { useSession } from '@/lib/session/use-session';
import { AppLayout } from './app-layout';
import { RouteErrorBoundary } from './route-error';

// The team view is a second screen: its code loads when someone opens it.
const TeamPage = lazy(() => import('@/features/team/team-page'));
// So is coaching: scored calls, their filters and table.
const CoachingPage = lazy(() => import('@/app/routes/coaching-route'));

function NotFound() {
  return (
    <div className="notice notice--error" role="alert">
      <div className="notice__body">
        <p className="notice__title">There is no page at this address.</p>
        <p>
          <Link to="/">Back to the call log</Link>
        </p>
      </div>
    </div>
  );
}

function PageLoading() {
  return (
    <p className="muted" role="status">
      Loading…
    </p>
  );
}

/**
 * The app's pages. A declarative router: the views keep their whole state in the URL and load
 * their own data, so the data router's loaders and actions would only add weight before the first
 * rows (≈ 16 kB gzip). The calls page's first requests start in `main.tsx` instead.
 */
export function AppRoutes() {
  const { pathname, search } = useLocation();
  // The signed-in role shapes the calls view (a rep's own calls); the proxy enforces it regardless.
  const { role } = useSession();
  return (
    <Routes>
      <Route
        element={
          <RouteErrorBoundary resetKey={`${pathname}${search}`}>
            <CallsViewProvider role={role}>
              <AppLayout />
            </CallsViewProvider>
          </RouteErrorBoundary>
        }
      >
        <Route index element={<CallsPage />} />
        <Route
          path="team"
          element={
            <Suspense fallback={<PageLoading />}>
              <TeamPage />
            </Suspense>
          }
        />
        <Route
          path="coaching"
          element={
            <Suspense fallback={<PageLoading />}>
              <CoachingPage />
            </Suspense>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
