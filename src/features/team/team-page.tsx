import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { IgnoredParamsNotice } from '@/components/ui/ignored-params-notice';
import { releaseDeferredModules } from '@/lib/deferred-module';
import { useSession } from '@/lib/session/use-session';
import { analyticsQueries } from './analytics-api';
import { KpiCards } from './kpi-cards';
import { LeaderboardTable, ownCallsHref } from './leaderboard-table';
import { TeamFilters } from './team-filters';
import { useTeamView } from './use-team-view';
import './team-page.css';

/**
 * `/team`: the overview and the reps' leaderboard for the URL's period and dispositions. A rep gets
 * the same page over their own numbers (the proxy narrows the data to them), named so, with one
 * link to their own calls instead of a link per rep.
 */
export default function TeamPage() {
  const { view, ignored, dismissIgnored, query, update, timeZone, nowMs } = useTeamView();
  const isRep = useSession().role === 'rep';
  const reps = useQuery({
    ...analyticsQueries.sdrPerformance(query),
    placeholderData: keepPreviousData,
  });
  // No call rows to wait for here: tooltips and menus may load at once.
  useEffect(() => {
    releaseDeferredModules();
  }, []);

  return (
    <section className="team-page" aria-labelledby="team-heading">
      <h1 id="team-heading" className="team-page__title">
        {isRep ? 'Your numbers' : 'Team'}
      </h1>
      <IgnoredParamsNotice
        ignored={ignored}
        onDismiss={dismissIgnored}
        shownWithout="The numbers below are shown without it."
      />
      <TeamFilters view={view} query={query} update={update} timeZone={timeZone} nowMs={nowMs} />
      <KpiCards query={query} label={isRep ? 'Your overview' : 'Team overview'} />
      <h2 className="team-page__subtitle">{isRep ? 'Your figures' : 'Leaderboard'}</h2>
      {isRep ? (
        <p>
          <Link to={ownCallsHref(query)}>Your calls</Link> in this period
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {reps.isFetching ? 'Loading reps…' : ''}
      </p>
      {reps.error ? (
        <div className="notice notice--error" role="alert">
          <div className="notice__body">
            <p className="notice__title">The leaderboard could not be loaded.</p>
            <p>{reps.error.message}</p>
          </div>
          <button type="button" className="button" onClick={() => void reps.refetch()}>
            Retry
          </button>
        </div>
      ) : reps.data ? (
        <LeaderboardTable
          reps={reps.data}
          sort={view.sort}
          query={query}
          onSort={(sort) => {
            update({ ...view, sort });
          }}
          isOwnNumbers={isRep}
        />
      ) : (
        <p className="muted">Loading reps…</p>
      )}
    </section>
  );
}
