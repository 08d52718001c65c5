import { use, useId, useState } from 'react';
import type { DispositionCategory } from '@contract/salesfinity';
import { MissingValue } from '@/components/ui/data-table/missing-value';
import { Tooltip } from '@/components/ui/tooltip';
import { formatLocalDateTime, formatUtcDateTime } from '@/lib/format/date-time';
import { formatDuration } from '@/lib/format/duration';
import { usePhoneFormat } from '@/lib/format/use-phone-format';
import type { CallContact, CallDisposition, CallUser } from '@/lib/call-log/call-schema';
import {
  contactSummary,
  describeAnsweredBy,
  describeDirection,
  describeDisposition,
  describeOutcome,
  isLongNote,
  repName,
} from '@/lib/call-log/call-display';
import type { EnumDisplay } from '@/lib/call-log/call-display';
import { DispositionLookupContext } from './disposition-lookup-context';

/** Local time in the cell; the exact UTC instant on hover and on keyboard focus. */
export function TimestampCell({ iso }: { iso: string | undefined }) {
  const local = formatLocalDateTime(iso);
  const utc = formatUtcDateTime(iso);
  if (iso === undefined || local === undefined || utc === undefined) return <MissingValue />;
  return (
    <Tooltip content={utc} side="right">
      <time className="calls-table__time" dateTime={new Date(iso).toISOString()} tabIndex={0}>
        {local}
      </time>
    </Tooltip>
  );
}

export function RepCell({ user }: { user: CallUser | undefined }) {
  const name = repName(user);
  return name === undefined ? <MissingValue /> : <span className="calls-table__rep">{name}</span>;
}

export function ContactCell({ contact }: { contact: CallContact | undefined }) {
  const summary = contactSummary(contact);
  if (!summary) return <MissingValue />;
  const details = [summary.title, summary.company].filter(Boolean).join(' · ');
  return (
    <div className="calls-table__contact">
      <span className="calls-table__contact-name">{summary.name ?? <MissingValue />}</span>
      {details ? <span className="calls-table__contact-details">{details}</span> : null}
    </div>
  );
}

export function PhoneCell({ raw }: { raw: string | undefined }) {
  const format = usePhoneFormat();
  const text = format(raw);
  return text === undefined ? <MissingValue /> : <span className="calls-table__phone">{text}</span>;
}

/** A value the contract does not name, shown exactly as the service sent it. */
function UnknownValue({ text }: { text: string }) {
  return (
    <span className="calls-table__unknown" title="Shown as received">
      {text}
    </span>
  );
}

function EnumCell<T extends string>({
  display,
  className,
}: {
  display: EnumDisplay<T> | undefined;
  className: (value: T) => string;
}) {
  if (!display) return <MissingValue />;
  if (display.kind === 'unknown') return <UnknownValue text={display.text} />;
  return <span className={className(display.value)}>{display.label}</span>;
}

export function OutcomeCell({ value }: { value: string | undefined }) {
  return (
    <EnumCell
      display={describeOutcome(value)}
      className={(outcome) => `badge calls-table__outcome calls-table__outcome--${outcome}`}
    />
  );
}

export function DirectionCell({ value }: { value: string | undefined }) {
  return <EnumCell display={describeDirection(value)} className={() => 'calls-table__enum'} />;
}

export function AnsweredByCell({ value }: { value: string | undefined }) {
  return <EnumCell display={describeAnsweredBy(value)} className={() => 'calls-table__enum'} />;
}

const MARKER_PATHS: Record<DispositionCategory | 'unknown', string> = {
  positive: 'M2.5 6.5 L5 9 L9.5 3.5',
  negative: 'M3 3 L9 9 M9 3 L3 9',
  neutral: 'M2.5 6 H9.5',
  not_answered: 'M6 2 A4 4 0 1 1 5.99 2 Z',
  cancelled: 'M6 2 A4 4 0 1 1 5.99 2 Z M3.2 8.8 L8.8 3.2',
  unknown: 'M4.5 4.5 A1.5 1.5 0 1 1 6.5 6 L6 7 M6 9 V9.5',
};

/** A shape per category (check, cross, bar, ring, slashed ring), so colour is never the only cue. */
function CategoryMarker({
  category,
  label,
}: {
  category: DispositionCategory | undefined;
  label: string;
}) {
  const kind = category ?? 'unknown';
  return (
    <span className={`calls-table__marker calls-table__marker--${kind}`} title={label}>
      <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
        <path
          d={MARKER_PATHS[kind]}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.75"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    </span>
  );
}

export function DispositionCell({ disposition }: { disposition: CallDisposition | undefined }) {
  const lookup = use(DispositionLookupContext);
  const display = describeDisposition(disposition, lookup);
  if (!display) return <MissingValue />;
  return (
    <span className="calls-table__disposition">
      <CategoryMarker category={display.category} label={display.categoryLabel} />
      <span>
        <span className="visually-hidden">{display.categoryLabel}: </span>
        {display.name}
      </span>
    </span>
  );
}

export function DurationCell({ seconds }: { seconds: number | undefined }) {
  const text = formatDuration(seconds);
  return text === undefined ? <MissingValue /> : <span>{text}</span>;
}

/**
 * One line of the note. A long one opens in place with a disclosure button (its name stays "Full
 * note"; `aria-expanded` tells the state) and shows in full on hover.
 */
export function NotesCell({ notes }: { notes: string | undefined }) {
  const [isExpanded, setIsExpanded] = useState(false);
  const textId = useId();
  const text = notes?.trim();
  if (!text) return <MissingValue />;
  if (!isLongNote(text)) return <span className="calls-table__notes-text">{text}</span>;
  return (
    <div className="calls-table__notes">
      <span
        id={textId}
        className={
          isExpanded
            ? 'calls-table__notes-text calls-table__notes-text--expanded'
            : 'calls-table__notes-text calls-table__notes-text--clamped'
        }
        title={isExpanded ? undefined : text}
      >
        {text}
      </span>
      <button
        type="button"
        className="calls-table__notes-toggle"
        aria-expanded={isExpanded}
        aria-controls={textId}
        onClick={() => {
          setIsExpanded((value) => !value);
        }}
      >
        <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
          <path d="M2 3.5 L5 6.5 L8 3.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
        Full note
      </button>
    </div>
  );
}
