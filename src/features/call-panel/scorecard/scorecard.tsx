import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { MissingValue } from '@/components/ui/data-table/missing-value';
import { formatDuration } from '@/lib/format/duration';
import { scoreGrade, scoreGradeLabel } from '@/lib/scored-calls/score-grade';
import type { FacetScore, ScoredCall } from '@/lib/scored-calls/scored-call-schema';
import {
  FACETS_IN_ORDER,
  formatFigure,
  formatFlag,
  formatLabels,
  formatObjections,
  formatShare,
  formatWeight,
  formatWordsPerMinute,
  repName,
  talkListen,
} from './scorecard-format';
import { COACHING_PATH, scoredCallsOfRepHref } from './scored-calls-link';
import './scorecard.css';

const NOT_SCORED = 'Not scored';

function NotScored() {
  return <MissingValue label={NOT_SCORED} />;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="scorecard__field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A formatted value, or "—" read as "Not scored" when the service left it out. */
function Value({ text }: { text: string | undefined }) {
  return text === undefined ? <NotScored /> : <>{text}</>;
}

function Prose({ text }: { text: string | undefined }) {
  return text === undefined ? <NotScored /> : <span className="scorecard__prose">{text}</span>;
}

/** A score with its colour band, and the band in words so colour is never the only sign. */
function Score({ score }: { score: number | undefined }) {
  const figure = formatFigure(score);
  if (score === undefined || figure === undefined) return <NotScored />;
  return (
    <span className="scorecard__score">
      <span className={`scorecard__badge scorecard__badge--${scoreGrade(score)}`}>{figure}</span>{' '}
      <span className="scorecard__band">{scoreGradeLabel(score)}</span>
    </span>
  );
}

function Facet({ id, label, facet }: { id: string; label: string; facet: FacetScore | undefined }) {
  const headingId = `scorecard-facet-${id}`;
  return (
    <article className="scorecard__facet" aria-labelledby={headingId}>
      <h5 id={headingId}>{label}</h5>
      <dl className="scorecard__fields">
        <Field label="Score">
          <Score score={facet?.score} />
        </Field>
        <Field label="Weight">
          <Value text={formatWeight(facet?.weight_pct)} />
        </Field>
        <Field label="Explanation">
          <Prose text={facet?.explanation} />
        </Field>
        <Field label="Recommendation">
          <Prose text={facet?.recommendation} />
        </Field>
      </dl>
    </article>
  );
}

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const headingId = `scorecard-${id}`;
  return (
    <section className="scorecard__part" aria-labelledby={headingId}>
      <h4 id={headingId}>{title}</h4>
      {children}
    </section>
  );
}

function MissingPart() {
  return <p className="muted">{NOT_SCORED}.</p>;
}

function TalkListenBar({ share }: { share: number | undefined }) {
  const split = talkListen(share);
  if (split === undefined) return <NotScored />;
  return (
    <span className="scorecard__talk">
      {/* The text beside it says the same for everyone. */}
      <span className="scorecard__talk-bar" aria-hidden="true">
        <span className="scorecard__talk-rep" style={{ width: `${String(split.repPct)}%` }} />
      </span>
      <span className="scorecard__talk-text">{split.text}</span>
    </span>
  );
}

export interface ScorecardProps {
  record: ScoredCall;
  /** A rep's own view: the coaching page shows only their calls, so the link names no rep. */
  isOwnCallsOnly?: boolean;
}

/** Salesfinity's scorecard of one call: every part it sent, and "Not scored" for what it left out. */
export function Scorecard({ record, isOwnCallsOnly = false }: ScorecardProps) {
  const insight = record.insight;
  const { facets, lead, messaging, targeting_feedback: targeting, metadata } = insight ?? {};
  const user = record.user ?? record.call_log?.user;
  const repHref = user?._id === undefined ? undefined : scoredCallsOfRepHref(user._id);
  const rep = repName(user);

  return (
    <div className="scorecard">
      <dl className="scorecard__fields scorecard__total">
        <Field label="Total score">
          <Score score={insight?.total_score} />
        </Field>
      </dl>

      <Part id="facets" title="Facets">
        {facets === undefined ? (
          <MissingPart />
        ) : (
          FACETS_IN_ORDER.map(({ facet, label }) => (
            <Facet key={facet} id={facet} label={label} facet={facets[facet]} />
          ))
        )}
      </Part>

      <Part id="metadata" title="Conversation">
        {metadata === undefined ? (
          <MissingPart />
        ) : (
          <dl className="scorecard__fields">
            <Field label="Talk/listen">
              <TalkListenBar share={metadata.talk_listen_ratio_rep} />
            </Field>
            <Field label="Questions">
              <Value text={formatFigure(metadata.total_questions)} />
            </Field>
            <Field label="Open questions">
              <Value text={formatShare(metadata.open_question_ratio)} />
            </Field>
            <Field label="Interruptions">
              <Value text={formatFigure(metadata.interruptions_by_rep)} />
            </Field>
            <Field label="Speaking rate">
              <Value text={formatWordsPerMinute(metadata.estimated_wpm_rep)} />
            </Field>
            <Field label="Pitch duration">
              <Value text={formatDuration(metadata.core_pitch_duration_sec)} />
            </Field>
            <Field label="Objections">
              <Value text={formatObjections(metadata.objections_detected)} />
            </Field>
          </dl>
        )}
      </Part>

      <Part id="lead" title="Lead qualification">
        {lead === undefined ? (
          <MissingPart />
        ) : (
          <dl className="scorecard__fields">
            <Field label="Function">
              <Value text={lead.function} />
            </Field>
            <Field label="Fit score">
              <Score score={lead.fit_score} />
            </Field>
            <Field label="Decision maker">{formatFlag(lead.is_decision_maker)}</Field>
            <Field label="Correct persona">{formatFlag(lead.is_correct_persona)}</Field>
            <Field label="Pain point resonated">{formatFlag(lead.pain_point_resonated)}</Field>
            <Field label="Qualified meeting">{formatFlag(lead.is_qualified_meeting)}</Field>
            <Field label="Likely to buy">{formatFlag(lead.is_likely_to_buy)}</Field>
            <Field label="Lifecycle stage">
              <Value text={formatLabels(lead.prospect_lifecycle_stage)} />
            </Field>
            <Field label="Current vendor">
              <Value text={lead.current_vendor === null ? 'None mentioned' : lead.current_vendor} />
            </Field>
            <Field label="Tech stack">
              <Value text={formatLabels(lead.tech_stack_mentioned)} />
            </Field>
          </dl>
        )}
      </Part>

      <Part id="messaging" title="Messaging feedback">
        {messaging === undefined ? (
          <MissingPart />
        ) : (
          <dl className="scorecard__fields">
            <Field label="Value props resonated">
              <Value text={formatLabels(messaging.value_prop_resonated)} />
            </Field>
            <Field label="Objection outcome">
              <Value text={formatLabels(messaging.objection_outcome)} />
            </Field>
            <Field label="Emotional triggers">
              <Value text={formatLabels(messaging.emotional_triggers)} />
            </Field>
            <Field label="Recommendation">
              <Prose text={messaging.recommendation_to_nail_messaging} />
            </Field>
          </dl>
        )}
      </Part>

      <Part id="targeting" title="Targeting feedback">
        {targeting === undefined ? (
          <MissingPart />
        ) : (
          <dl className="scorecard__fields">
            <Field label="Persona fit">
              <Value text={targeting.persona_fit} />
            </Field>
            <Field label="Industry fit">
              <Value text={targeting.industry_fit} />
            </Field>
            <Field label="Seniority">
              <Value text={targeting.persona_seniority} />
            </Field>
            <Field label="Title relevance">
              <Value text={targeting.title_relevance} />
            </Field>
            <Field label="Data quality issues">
              <Value text={formatLabels(targeting.data_quality_issue)} />
            </Field>
            <Field label="Follow-up needed">{formatFlag(targeting.future_follow_up_needed)}</Field>
            <Field label="Follow-up reason">
              <Value text={formatLabels(targeting.follow_up_reason)} />
            </Field>
          </dl>
        )}
      </Part>

      {isOwnCallsOnly ? (
        <p className="scorecard__rep-link">
          <Link to={COACHING_PATH}>All your scored calls</Link>
        </p>
      ) : repHref === undefined ? null : (
        <p className="scorecard__rep-link">
          <Link to={repHref}>All scored calls of {rep ?? 'this rep'}</Link>
        </p>
      )}
    </div>
  );
}
