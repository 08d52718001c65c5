import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import { queryClient } from './query-client';
import { router } from './router';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      {/* No transitions: the URL is the state of every control, so a click must show at once,
          not when a background render of the new view commits. */}
      <RouterProvider router={router} useTransitions={false} />
    </QueryClientProvider>
  );
}
