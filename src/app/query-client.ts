import { createQueryClient } from '@/lib/query-client';

/** The page's one query client: the first requests started in main.tsx and the components share its cache. */
export const queryClient = createQueryClient();
