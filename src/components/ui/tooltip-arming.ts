import { createContext } from 'react';

/**
 * Whether tooltips below mount their machinery (Radix's root, positioning, portal) now. True by
 * default; a long list of triggers (a table's rows) provides false until the user reaches a part
 * of it, so rendering a page of rows costs none of it. See `Tooltip`.
 */
export const TooltipsArmedContext = createContext(true);
