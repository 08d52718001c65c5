import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { buildDispositionLookup } from '@/lib/call-log/call-display';
import { referenceQueries } from '@/lib/reference-data/reference-queries';
import { DispositionLookupContext } from './disposition-lookup-context';

/**
 * Gives the call cells below it the account's dispositions (the cached reference query), built
 * into a lookup once per answer: what every table or panel of calls wraps its cells in.
 */
export function DispositionLookupProvider({ children }: { children: ReactNode }) {
  const dispositions = useQuery(referenceQueries.dispositions());
  const lookup = useMemo(() => buildDispositionLookup(dispositions.data), [dispositions.data]);
  return <DispositionLookupContext value={lookup}>{children}</DispositionLookupContext>;
}
