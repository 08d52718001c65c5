import { createBrowserRouter } from 'react-router';
import { CallsPage } from '@/features/calls/calls-page';
import { AppLayout } from './app-layout';
import { RouteError } from './route-error';

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <CallsPage /> },
      {
        path: 'team',
        lazy: async () => ({ Component: (await import('@/features/team/team-page')).default }),
      },
    ],
  },
]);
