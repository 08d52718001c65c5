import { createContext } from 'react';
import { buildDispositionLookup } from '@/lib/call-log/call-display';
import type { DispositionLookup } from '@/lib/call-log/call-display';

/**
 * The dispositions the table's cells resolve categories against. Provided by `DispositionLookupProvider`,
 * so columns stay module constants and cells do not each subscribe to the query.
 */
export const DispositionLookupContext = createContext<DispositionLookup>(
  buildDispositionLookup(undefined),
);
