import { useQuery } from '@tanstack/react-query';
import type { Call } from '@/lib/call-log/call-schema';
import { seesOwnCallsOnly } from '@/lib/calls-view/calls-view-scope';
import { describeApiProblem } from '@/lib/describe-api-problem';
import { DEFAULT_STALE_TIME_MS } from '@/lib/query-client';
import type { ScoredCall } from '@/lib/scored-calls/scored-call-schema';
import { scoreLookupQuery, scoredCallQueries } from '@/lib/scored-calls/scored-calls';
import type { ScoredCallQueries } from '@/lib/scored-calls/scored-calls';
import { useSession } from '@/lib/session/use-session';
import { Scorecard } from './scorecard';
import { whyNotScorable } from './scorecard-format';

/**
 * The call's score, looked up once per call (contract: the rep's scores in the day after the call,
 * matched by `call_log._id`). A score, once made, does not change, so a found one stays fresh and
 * reopening the call asks nothing; "no score yet" goes stale as usual, since scoring comes minutes
 * after the call ends.
 */
function LookedUpScore({
  call,
  isOwnCallsOnly,
  queries,
}: {
  call: Call;
  isOwnCallsOnly: boolean;
  queries: ScoredCallQueries;
}) {
  const score = useQuery({
    ...queries.ofCall(call),
    staleTime: (query) => (query.state.data ? Infinity : DEFAULT_STALE_TIME_MS),
  });
  if (score.isPending) return <p role="status">Looking up the score…</p>;
  if (score.isError) {
    const problem = describeApiProblem(score.error);
    return (
      <div className="notice notice--error" role="alert">
        <p className="notice__title">The score could not be looked up.</p>
        <p>{problem.title}</p>
      </div>
    );
  }
  if (score.data === null) return <p>Salesfinity has not scored this call.</p>;
  return <Scorecard record={score.data} isOwnCallsOnly={isOwnCallsOnly} />;
}

/**
 * The scorecard part of the panel. A host that has the record on screen passes it (no request);
 * otherwise a call the contract says cannot be scored says why, with no request either.
 */
export function ScoreSection({
  call,
  record,
  queries = scoredCallQueries,
}: {
  call: Call;
  record: ScoredCall | undefined;
  /** Where the lookup goes: the app's API, or a test's server. */
  queries?: ScoredCallQueries;
}) {
  const isOwnCallsOnly = seesOwnCallsOnly(useSession().role);
  let content;
  if (record !== undefined) {
    content = <Scorecard record={record} isOwnCallsOnly={isOwnCallsOnly} />;
  } else {
    const reason = whyNotScorable(call);
    if (reason !== undefined) {
      content = <p>{reason}</p>;
    } else if (scoreLookupQuery(call) === undefined) {
      content = (
        <p>The score cannot be looked up: the call does not say who made it or when it ended.</p>
      );
    } else {
      content = <LookedUpScore call={call} isOwnCallsOnly={isOwnCallsOnly} queries={queries} />;
    }
  }
  return (
    <section aria-labelledby="call-panel-scorecard">
      <h3 id="call-panel-scorecard">Scorecard</h3>
      {content}
    </section>
  );
}
