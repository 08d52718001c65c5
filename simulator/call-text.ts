import type { Random } from './prng.ts';
import type { TranscriptPlan } from './transcript.ts';

/**
 * Notes and AI summaries (transcripts: transcript.ts). Generated only for the rows a response
 * returns, from a random stream seeded by the call, so the same call always reads the same.
 */

export interface CallTextContext {
  rng: Random;
  dispositionId: number;
  seconds: number;
  isInbound: boolean;
  repFirst: string;
  teamName: string;
  /** The call's transcript plan (drawn for every call): the details notes and summary repeat. */
  plan: TranscriptPlan;
  /** Absent when the record has no contact. */
  contact:
    { first: string; last: string; company: string; title: string; email: string } | undefined;
}

interface Details {
  meetingDay: string;
  meetingTime: string;
  referral: string;
  competitor: string;
  callbackWhen: string;
}

/** The details the transcript speaks of, so notes and summary agree with it. */
function detailsOf(plan: TranscriptPlan): Details {
  return {
    meetingDay: plan.day,
    meetingTime: plan.time,
    referral: plan.referral,
    competitor: plan.competitor,
    callbackWhen: plan.when,
  };
}

/** Control characters as the real service has been seen to embed them in transcripts. */
export function withControlChars(lines: string[], rng: Random): string {
  const marked = [...lines];
  const mark = (edit: (line: string) => string) => {
    const index = rng.int(marked.length);
    marked[index] = edit(marked[index] ?? '');
  };
  mark((line) => `\u0001${line}`);
  mark((line) => `${line}\u0007`);
  mark((line) => line.replace(' ', '\t'));
  mark((line) => line.replace(/: (\w+)/, ': \u001b[1m$1\u001b[0m'));
  return marked.join('\n');
}

export function summaryOf(context: CallTextContext): string {
  const d = detailsOf(context.plan);
  const who = context.contact
    ? `${context.contact.first} ${context.contact.last} (${context.contact.title}, ${context.contact.company})`
    : 'The prospect';
  const outcome: Record<number, string> = {
    1: `agreed to a meeting on ${d.meetingDay} at ${d.meetingTime}. Next step: send the calendar invite and a short agenda.`,
    2: 'is no longer with the company. Next step: find the new owner of sales tooling.',
    3: 'is not interested; outbound tooling is not a priority this year. Next step: none.',
    4: `referred the rep to ${d.referral}, who runs the sales team. Next step: reach out mentioning the referral.`,
    5: 'is the wrong contact for this conversation. Next step: research the right persona.',
    6: `asked for a call back ${d.callbackWhen}. Next step: schedule the follow-up call.`,
    7: 'just signed with another vendor for this year and asked to reconnect in six months.',
    8: 'asked for information by email before taking a meeting. Next step: send a case study.',
    9: 'asked not to be called again. Next step: add the number to the do-not-call list.',
    15: `booked a product demo for ${d.meetingDay} at ${d.meetingTime}. Next step: confirm attendees.`,
    16: `uses ${d.competitor} and is locked in for now. Next step: check back before renewal.`,
  };
  const pain = context.plan.pain;
  return `${who} ${outcome[context.dispositionId] ?? 'spoke briefly with the rep.'} Mentioned: "${pain}."`;
}

export function notesOf(context: CallTextContext): string {
  const { rng } = context;
  const d = detailsOf(context.plan);
  const first = context.contact?.first ?? 'contact';
  switch (context.dispositionId) {
    case 1:
    case 15:
      return `Meeting set ${d.meetingDay} ${d.meetingTime}. Send invite + deck.`;
    case 2:
      return `No longer at ${context.contact?.company ?? 'the company'}. Find replacement.`;
    case 3:
      return rng.pick([
        'Not interested. Not a priority this year.',
        'NI, hung up quickly.',
        'Not interested, happy with current process.',
      ]);
    case 4:
      return `Referred to ${d.referral} (runs sales). Reach out + mention ${first}.`;
    case 5:
      return 'Wrong contact, works in finance.';
    case 6:
      return `Call back ${d.callbackWhen}.`;
    case 7:
      return 'Reach out in 6 months, contract renews then.';
    case 8:
      return 'Send an email with a case study. Great conversation, follow up next week.';
    case 9:
      return 'DNC. Removed from sequence.';
    case 10:
      return context.isInbound ? 'Missed inbound call, call back.' : 'No answer.';
    case 11:
      return `Left VM #${rng.between(1, 4)}.`;
    case 12:
      return `Gatekeeper. Ask for ${first} after 3pm.`;
    case 16:
      return `Uses ${d.competitor}, renewal in Q${rng.between(1, 4)}.`;
    default:
      return 'Follow up.';
  }
}
