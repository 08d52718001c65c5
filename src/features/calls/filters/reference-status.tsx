import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';

interface ReferenceStatusProps {
  query: Pick<UseQueryResult, 'isPending' | 'isError' | 'isFetching' | 'refetch'>;
  /** Plural, lower case: "reps". */
  noun: string;
}

/** Loading or failed reference data, said inside a multi-select; nothing once it has loaded. */
export function ReferenceStatus({ query, noun }: ReferenceStatusProps) {
  if (query.isError) {
    return (
      <span className="reference-status">
        Couldn’t load the {noun}; chosen ones are shown by id.{' '}
        <button
          type="button"
          className="button button--small"
          disabled={query.isFetching}
          onClick={() => void query.refetch()}
        >
          Retry
        </button>
      </span>
    );
  }
  if (query.isPending) return <span className="reference-status">Loading {noun}…</span>;
  return null;
}

/** The status element, or undefined when there is nothing to say (so no empty row is drawn). */
export function referenceStatus(query: ReferenceStatusProps['query'], noun: string): ReactNode {
  return query.isError || query.isPending ? (
    <ReferenceStatus query={query} noun={noun} />
  ) : undefined;
}
