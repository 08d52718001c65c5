import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { createQueryClient } from '@/lib/query-client';
import { router } from './router';

export function App() {
  // One client for the life of the page; useState keeps it stable across StrictMode re-renders.
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      {/* No transitions: the URL is the state of every control, so a click must show at once,
          not when a background render of the new view commits. */}
      <RouterProvider router={router} useTransitions={false} />
    </QueryClientProvider>
  );
}
