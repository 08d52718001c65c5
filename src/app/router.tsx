import { createBrowserRouter } from 'react-router';
import { createCallsLoader } from '@/features/calls/calls-loader';
import { CallsPage } from '@/features/calls/calls-page';
import { AppLayout } from './app-layout';
import { queryClient } from './query-client';
import { RouteError } from './route-error';

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, loader: createCallsLoader(queryClient), element: <CallsPage /> },
      {
        path: 'team',
        lazy: async () => ({ Component: (await import('@/features/team/team-page')).default }),
      },
    ],
  },
]);
