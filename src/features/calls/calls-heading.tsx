import { useCallsView } from '@/lib/calls-view/use-calls-view';

/** The call log's title: a rep's log holds their own calls only, and says so. */
export function CallsHeading({ id }: { id: string }) {
  const { isOwnCallsOnly } = useCallsView();
  return (
    <h1 id={id} className="calls-page__title">
      {isOwnCallsOnly ? 'Your calls' : 'Call log'}
    </h1>
  );
}
