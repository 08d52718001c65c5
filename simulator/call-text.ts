import type { Random } from './prng.ts';
import {
  COMPETITORS,
  FIRST_NAMES,
  LAST_NAMES,
  PAIN_POINTS,
  PRODUCT_PITCHES,
  WEEKDAY_NAMES,
} from './vocabulary.ts';

/**
 * Notes, transcripts and AI summaries. Generated only for the rows a response returns, from a
 * random stream seeded by the call, so the same call always reads the same.
 */

export interface CallTextContext {
  rng: Random;
  dispositionId: number;
  seconds: number;
  isInbound: boolean;
  repFirst: string;
  teamName: string;
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
  reps: number;
}

function detailsOf(rng: Random): Details {
  return {
    meetingDay: rng.pick(WEEKDAY_NAMES),
    meetingTime: rng.pick(['9:30 AM', '10:00 AM', '11:30 AM', '1:00 PM', '2:00 PM', '3:30 PM']),
    referral: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
    competitor: rng.pick(COMPETITORS),
    callbackWhen: rng.pick([
      'tomorrow morning',
      'Thursday afternoon',
      'next week',
      'after 3 today',
    ]),
    reps: rng.between(3, 25),
  };
}

const FOLLOW_UPS: readonly (readonly [string, string])[] = [
  [
    'How is your team handling outbound calling today?',
    'Mostly manual dialing out of the CRM, honestly.',
  ],
  ['What does a typical day look like for your reps?', '{pain}.'],
  ['How many reps are on the team right now?', 'About {reps} SDRs, plus a couple of AEs.'],
  ['Are you tracking connect rates at all?', 'Loosely. Nobody really trusts the numbers.'],
  [
    'What happens after someone books a meeting?',
    'It goes on the AE calendar and sometimes falls through the cracks.',
  ],
  [
    'If you could fix one thing in your outbound motion, what would it be?',
    '{pain}, to be honest.',
  ],
  [
    'Who else would weigh in on something like this?',
    'Our VP of Sales, and IT would want to see the integration.',
  ],
  ['Which CRM are you on?', 'Salesforce. We moved off HubSpot last year.'],
  [
    'How do you measure a good week for an SDR?',
    'Meetings booked, mostly. Dials too, but nobody loves that metric.',
  ],
  [
    'Is that something you are trying to solve this quarter?',
    'It is on the list. Not at the top, but on the list.',
  ],
];

const FILLERS = ['Mm-hmm.', 'Right.', 'Okay.', 'Sure.', 'Got it.', 'Yeah, makes sense.'] as const;

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}

function closingLines(context: CallTextContext, d: Details, first: string): string[] {
  const email = context.contact?.email ?? 'my work email';
  switch (context.dispositionId) {
    case 1:
    case 15:
      return [
        `Rep: Would it be crazy to grab 30 minutes on ${d.meetingDay} at ${d.meetingTime} to walk through it properly?`,
        `Prospect: ${d.meetingDay} at ${d.meetingTime} works.`,
        `Rep: Great, I'll send the invite to ${email}. Thanks ${first}!`,
        'Prospect: Talk then.',
      ];
    case 2:
      return [
        `Prospect: ${first}? They left the company a couple of months ago.`,
        'Rep: Ah, thanks for letting me know. Who looks after sales tooling now?',
        'Prospect: Not sure, sorry. Try the main line.',
      ];
    case 3:
      return [
        "Prospect: Honestly, we're not looking at anything like this right now.",
        'Rep: Totally fair. Mind if I ask why?',
        'Prospect: Just not a priority this year.',
        'Rep: Understood. Thanks for your time.',
      ];
    case 4:
      return [
        `Prospect: That's not really me. You want ${d.referral}, they run the sales team.`,
        'Rep: Perfect. Mind if I mention you pointed me their way?',
        'Prospect: Sure, go ahead.',
      ];
    case 5:
      return [
        "Prospect: I think you have the wrong person, I'm in finance.",
        'Rep: My apologies. Do you know who handles the sales team?',
        'Prospect: No idea, sorry.',
      ];
    case 6:
      return [
        `Prospect: I'm about to jump into a meeting. Can you call me back ${d.callbackWhen}?`,
        `Rep: Absolutely, I'll call ${d.callbackWhen}.`,
      ];
    case 7:
      return [
        'Prospect: We just signed for this year. Try me again in six months.',
        "Rep: Will do. I'll put a note in the calendar.",
      ];
    case 8:
      return [
        'Prospect: Can you just send me an email with some info?',
        "Rep: Sure, what's the best address?",
        `Prospect: ${email} works.`,
        'Rep: Sending it over now.',
      ];
    case 9:
      return [
        "Prospect: Please take me off your list and don't call this number again.",
        "Rep: Understood, I'll remove you right away.",
      ];
    case 16:
      return [
        `Prospect: We already use ${d.competitor} for this.`,
        "Rep: How's that going?",
        "Prospect: It's fine. We're locked in for now.",
      ];
    default:
      return ['Rep: Thanks for your time.', 'Prospect: Bye.'];
  }
}

/** "Rep: …" / "Prospect: …" lines, about one turn per nine seconds of call. */
export function transcriptLines(context: CallTextContext): string[] {
  const { rng } = context;
  const d = detailsOf(rng);
  const first = context.contact?.first ?? 'there';
  const company = context.contact?.company ?? 'your company';
  const title = context.contact?.title ?? 'leader';
  const values = { pain: rng.pick(PAIN_POINTS), reps: String(d.reps) };
  const opening = context.isInbound
    ? [
        `Prospect: Hi, this is ${first} from ${company}. I'm returning a call from ${context.repFirst}?`,
        `Rep: Hey ${first}, thanks for calling back! This is ${context.repFirst} with ${context.teamName}.`,
        'Prospect: No problem. What was it about?',
        `Rep: We work with teams like yours, and ${rng.pick(PRODUCT_PITCHES)}.`,
      ]
    : [
        `Rep: Hi ${first}, this is ${context.repFirst} with ${context.teamName}. I know I'm calling out of the blue. Do you have thirty seconds?`,
        rng.pick([
          'Prospect: Uh, sure. What is this about?',
          'Prospect: I have a minute, go ahead.',
          'Prospect: Who is this again?',
        ]),
        `Rep: Appreciate it. I work with people in your seat, ${title} at companies like ${company}, and ${rng.pick(PRODUCT_PITCHES)}.`,
      ];
  const closing = closingLines(context, d, first);
  const budget = Math.min(80, Math.max(4, Math.round(context.seconds / 9)));
  const middle: string[] = [];
  // Short "not interested" style calls skip discovery; long ones repeat it with fillers.
  while (opening.length + middle.length + closing.length < budget) {
    const [question, answer] = rng.pick(FOLLOW_UPS);
    middle.push(`Rep: ${question}`, `Prospect: ${fill(answer, values)}`);
    if (rng.chance(0.3)) middle.push(`Rep: ${rng.pick(FILLERS)}`);
  }
  return [...opening, ...middle, ...closing];
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
  const { rng } = context;
  const d = detailsOf(rng);
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
  const pain = rng.pick(PAIN_POINTS);
  return `${who} ${outcome[context.dispositionId] ?? 'spoke briefly with the rep.'} Mentioned: "${pain}."`;
}

export function notesOf(context: CallTextContext): string {
  const { rng } = context;
  const d = detailsOf(rng);
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
