import { createContext } from 'react';
import { buildDispositionLookup } from './call-display';
import type { DispositionLookup } from './call-display';

/**
 * The dispositions the table's cells resolve categories against. Provided once by `CallsTable`,
 * so columns stay module constants and cells do not each subscribe to the query.
 */
export const DispositionLookupContext = createContext<DispositionLookup>(
  buildDispositionLookup(undefined),
);
