import { createQueryClient } from '@/lib/query-client';

/** The page's one query client: the router's loaders and the components share its cache. */
export const queryClient = createQueryClient();
