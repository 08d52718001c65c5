import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { MissingValue } from '@/components/ui/data-table/missing-value';
import type { Call } from '@/lib/call-log/call-schema';
import type { ScoredCall } from '@/lib/scored-calls/scored-call-schema';
import { describeApiProblem } from '@/lib/describe-api-problem';
import {
  AnsweredByCell,
  DirectionCell,
  DispositionCell,
  DurationCell,
  OutcomeCell,
  PhoneCell,
  RepCell,
  TimestampCell,
} from '@/components/calls/call-cells';
import { contactSummary } from '@/lib/call-log/call-display';
import { DispositionLookupProvider } from '@/components/calls/disposition-lookup-provider';
import { player, usePlayer } from '@/lib/player/player-store';
import { trackOf } from '@/lib/player/player-track';
import { focusTargetOnClose } from './focus-on-close';
import { ScoreSection } from './scorecard/score-section';
import { TranscriptView } from './transcript-view';
import { useMomentLink } from './use-moment-link';
import type { PanelCall } from './use-panel-call';
import './call-panel.css';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="call-panel__field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Text({ value }: { value: string | undefined }) {
  const text = value?.trim();
  return text ? <>{text}</> : <MissingValue />;
}

function Prose({ value }: { value: string | undefined }) {
  const text = value?.trim();
  return text ? <p className="call-panel__prose">{text}</p> : <p className="muted">None.</p>;
}

function PlayButton({ call }: { call: Call }) {
  const track = trackOf(call);
  const isPlayingThis = usePlayer(
    (state) =>
      state.track?.callId === call._id &&
      (state.status === 'playing' || state.status === 'loading'),
  );
  if (!track) return <p className="muted">No recording for this call.</p>;
  return (
    <button
      type="button"
      className="button button--primary"
      onClick={() => {
        if (isPlayingThis) player.pause();
        else player.play(track);
      }}
    >
      {isPlayingThis ? 'Pause recording' : 'Play recording'}
    </button>
  );
}

function CallDetails({ call, scoredRecord }: { call: Call; scoredRecord: ScoredCall | undefined }) {
  const contact = call.contact;
  const phones = contact?.phone_numbers ?? [];
  return (
    <>
      <PlayButton call={call} />
      <section aria-labelledby="call-panel-call">
        <h3 id="call-panel-call">Call</h3>
        <dl className="call-panel__fields">
          <Field label="Rep">
            <RepCell user={call.user} />
          </Field>
          <Field label="Outcome">
            <OutcomeCell value={call.outcome} />
          </Field>
          <Field label="Answered by">
            <AnsweredByCell value={call.answered_by} />
          </Field>
          <Field label="Direction">
            <DirectionCell value={call.direction} />
          </Field>
          <Field label="Disposition">
            <DispositionCell disposition={call.disposition} />
          </Field>
          <Field label="Duration">
            <DurationCell seconds={call.duration} />
          </Field>
          <Field label="Started">
            <TimestampCell iso={call.started_at} />
          </Field>
          <Field label="Ended">
            <TimestampCell iso={call.ended_at} />
          </Field>
          <Field label="From">
            <PhoneCell raw={call.from} />
          </Field>
          <Field label="To">
            <PhoneCell raw={call.to} />
          </Field>
          <Field label="Contact list">
            <Text value={call.contact_list?.name} />
          </Field>
          <Field label="Completed">
            {call.is_completed === undefined ? <MissingValue /> : call.is_completed ? 'Yes' : 'No'}
          </Field>
          <Field label="Call ID">
            <Text value={call.call_id} />
          </Field>
        </dl>
      </section>
      <section aria-labelledby="call-panel-contact">
        <h3 id="call-panel-contact">Contact</h3>
        <dl className="call-panel__fields">
          <Field label="Name">
            <Text value={[contact?.first_name, contact?.last_name].filter(Boolean).join(' ')} />
          </Field>
          <Field label="Title">
            <Text value={contact?.title} />
          </Field>
          <Field label="Company">
            <Text value={contact?.company} />
          </Field>
          <Field label="Email">
            <Text value={contact?.email} />
          </Field>
          <Field label="Time zone">
            <Text value={contact?.timezone} />
          </Field>
          <Field label="Phones">
            {phones.length === 0 ? (
              <MissingValue />
            ) : (
              <ul className="call-panel__phones">
                {phones.map((phone, index) => (
                  <li key={index}>
                    {phone.type ? <span className="muted">{phone.type}: </span> : null}
                    <PhoneCell raw={phone.number} />
                  </li>
                ))}
              </ul>
            )}
          </Field>
        </dl>
      </section>
      <ScoreSection call={call} record={scoredRecord} />
      <section aria-labelledby="call-panel-notes">
        <h3 id="call-panel-notes">Notes</h3>
        <Prose value={call.notes} />
      </section>
      <section aria-labelledby="call-panel-summary">
        <h3 id="call-panel-summary">AI summary</h3>
        <Prose value={call.summary} />
      </section>
      <section aria-labelledby="call-panel-transcript">
        <h3 id="call-panel-transcript">Transcript</h3>
        <TranscriptView raw={call.transcription} />
      </section>
    </>
  );
}

function panelTitle(call: Call | undefined): string {
  const summary = contactSummary(call?.contact);
  return summary?.name ?? summary?.company ?? 'Call details';
}

export interface CallPanelProps {
  /** The open call's call-log `_id`. */
  callId: string;
  /** The call as far as the host knows it: on screen, loading, or failed. */
  panelCall: PanelCall;
  /** The call's score when the host already has it on screen; otherwise the panel looks it up. */
  scoredRecord?: ScoredCall | undefined;
  /** Playback offset of a moment link, in seconds. */
  t?: number | undefined;
  /** Closes the panel: the host drops the open call from its URL, so Back reopens it. */
  onClose: () => void;
}

/**
 * The open call in a side sheet, wherever it opens (the call log, the coaching page): the host
 * says which call, what it knows of it, and how to close. Not modal: the table, the player and
 * their shortcuts stay usable while it is open, and choosing another row shows that call here.
 */
export function CallPanel({ callId, panelCall, scoredRecord, t, onClose }: CallPanelProps) {
  const { call, isLoading, error } = panelCall;
  useMomentLink(call, t);
  // Focus goes back to the call's row (or where it was) when the panel closes.
  const [returnFocusTo] = useState(() => document.activeElement);

  return (
    <Dialog.Root
      open
      modal={false}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Dialog.Portal>
        <Dialog.Content
          className="call-panel"
          aria-describedby={undefined}
          onInteractOutside={(event) => {
            event.preventDefault();
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            focusTargetOnClose(document, callId, returnFocusTo)?.focus();
          }}
        >
          <div className="call-panel__header">
            <Dialog.Title className="call-panel__title">{panelTitle(call)}</Dialog.Title>
            <Dialog.Close className="icon-button" aria-label="Close call details">
              <span aria-hidden="true">×</span>
            </Dialog.Close>
          </div>
          <div className="call-panel__body">
            {call ? (
              <DispositionLookupProvider>
                <CallDetails call={call} scoredRecord={scoredRecord} />
              </DispositionLookupProvider>
            ) : isLoading ? (
              <p role="status">Loading call…</p>
            ) : (
              <div className="notice notice--error" role="alert">
                <p className="notice__title">This call could not be loaded.</p>
                <p>{describeApiProblem(error).title}</p>
              </div>
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
