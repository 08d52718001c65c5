import { Random, hash32, saltOf } from './prng.ts';
import {
  COMPETITORS,
  FIRST_NAMES,
  LAST_NAMES,
  PAIN_POINTS,
  PRODUCT_PITCHES,
  WEEKDAY_NAMES,
} from './vocabulary.ts';

/**
 * Transcripts in two steps: a compact plan (which lines, in which order, with which details),
 * drawn from a random stream seeded by the call, and its rendering into "Rep: …" / "Prospect: …"
 * text. Scoring reads the plan's features (words, questions, interruptions, objections) without
 * rendering, so the score columns for a million calls cost no text; the rendered transcript says
 * exactly what the features count.
 */

export type Speaker = 'Rep' | 'Prospect';

/** Objections a prospect raises; `label` is how `objections_detected` names them. */
export const OBJECTIONS = [
  'not a priority',
  'no budget',
  'bad timing',
  'already use a competitor',
  'send me an email',
  'happy with current process',
  'not the decision maker',
  'under contract',
  'do not call',
  'wrong person',
] as const;
export type Objection = (typeof OBJECTIONS)[number];

const TAG = {
  pitch: 1,
  /** A prospect line cut off mid-sentence (ends with "—"); the next rep line interrupted it. */
  cutOff: 2,
  /** A rep line asking for a meeting or another next step. */
  ask: 4,
  /** The prospect agrees the pain is theirs. */
  resonated: 8,
  /** The prospect names their CRM. */
  crm: 16,
  /** The rep keeps pitching after a no. */
  pushy: 32,
} as const;

interface LineSpec {
  speaker: Speaker;
  text: string;
  tags?: number;
  objection?: Objection;
  /** A rep line that answers an objection with a question rather than giving in. */
  handles?: boolean;
}

export interface Line extends LineSpec {
  tags: number;
  /** Whitespace-separated words of the text with each placeholder counted as one. */
  words: number;
  /** Indexes into PLACEHOLDERS, one per occurrence. */
  placeholders: number[];
  /** Question sentences (ending in "?") on a rep line, and how many of them are open. */
  questions: number;
  openQuestions: number;
}

/** Everything a line may name; names come from the record, the rest from the plan. */
const PLACEHOLDERS = [
  'first',
  'company',
  'title',
  'email',
  'repFirst',
  'team',
  'pitch',
  'pain',
  'competitor',
  'day',
  'time',
  'referral',
  'when',
  'reps',
] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];

const SENTENCE = /[^.!?]+[.!?]+|[^.!?]+$/g;
/** Open questions invite an answer in the prospect's words; "how many" and "how much" do not. */
const OPEN_START = /^(how(?! (many|much)\b)|what|why|tell me|walk me)\b/i;

/**
 * Question rule (shared with the tests' recount): each sentence of a rep line that ends with "?"
 * is a question; it is open when it starts with how, what, why, tell me or walk me.
 */
export function questionsOf(text: string): { questions: number; open: number } {
  let questions = 0;
  let open = 0;
  for (const sentence of text.match(SENTENCE) ?? []) {
    const trimmed = sentence.trim();
    if (!trimmed.endsWith('?')) continue;
    questions++;
    if (OPEN_START.test(trimmed)) open++;
  }
  return { questions, open };
}

export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

function lineOf(spec: LineSpec): Line {
  const placeholders = [...spec.text.matchAll(/\{(\w+)\}/g)].map((m) => {
    const at = PLACEHOLDERS.indexOf(m[1] as Placeholder);
    if (at < 0) throw new Error(`unknown placeholder in: ${spec.text}`);
    return at;
  });
  const counted = spec.speaker === 'Rep' ? questionsOf(spec.text) : { questions: 0, open: 0 };
  // Every line has every key, in one order, so all share one hidden class.
  return {
    speaker: spec.speaker,
    text: spec.text,
    tags: spec.tags ?? 0,
    objection: spec.objection,
    handles: spec.handles ?? false,
    words: wordCount(spec.text),
    placeholders,
    questions: counted.questions,
    openQuestions: counted.open,
  };
}

const lines: Line[] = [];
function line(spec: LineSpec): number {
  lines.push(lineOf(spec));
  return lines.length - 1;
}
const rep = (text: string, more: Omit<LineSpec, 'speaker' | 'text'> = {}) =>
  line({ speaker: 'Rep', text, ...more });
const prospect = (text: string, more: Omit<LineSpec, 'speaker' | 'text'> = {}) =>
  line({ speaker: 'Prospect', text, ...more });

// Openings.
const OPEN_PERMISSION = rep(
  "Hi {first}, this is {repFirst} with {team}. I know I'm calling out of the blue. Do you have thirty seconds?",
);
const OPEN_BLUNT = rep("Hi, is this {first}? It's {repFirst} from {team}, I'll be quick.");
const OPEN_REPLIES = [
  prospect('Uh, sure. What is this about?'),
  prospect('I have a minute, go ahead.'),
  prospect('Who is this again?'),
];
const PITCH_PERSONAL = rep(
  'Appreciate it. I work with people in your seat, {title} at companies like {company}, and {pitch}.',
  { tags: TAG.pitch },
);
const PITCH_GENERIC = rep(
  "So {pitch}, and it's one platform for dialing, recording, coaching and CRM sync, which is why I'm reaching out to a few companies like yours today.",
  { tags: TAG.pitch },
);
const INBOUND_OPENING = [
  prospect("Hi, this is {first} from {company}. I'm returning a call from {repFirst}?"),
  rep('Hey {first}, thanks for calling back! This is {repFirst} with {team}.'),
  prospect('No problem. What was it about?'),
  rep('We work with teams like yours, and {pitch}.', { tags: TAG.pitch }),
];

// Discovery: a rep question and the prospect's answer.
const DISCOVERY: readonly (readonly [number, number])[] = [
  [
    rep('How is your team handling outbound calling today?'),
    prospect('Mostly manual dialing out of the CRM, honestly.'),
  ],
  [rep('What does a typical day look like for your reps?'), prospect('{pain}.')],
  [
    rep('How many reps are on the team right now?'),
    prospect('About {reps} SDRs, plus a couple of AEs.'),
  ],
  [
    rep('Are you tracking connect rates at all?'),
    prospect('Loosely. Nobody really trusts the numbers.'),
  ],
  [
    rep('What happens after someone books a meeting?'),
    prospect('It goes on the AE calendar and sometimes falls through the cracks.'),
  ],
  [
    rep('What is the one thing you would fix in your outbound motion?'),
    prospect('{pain}, to be honest.'),
  ],
  [
    rep('Who else would weigh in on something like this?'),
    prospect('Our VP of Sales, and IT would want to see the integration.'),
  ],
  [
    rep('Which CRM are you on?'),
    prospect('Salesforce. We moved off HubSpot last year.', { tags: TAG.crm }),
  ],
  [
    rep('How do you measure a good week for an SDR?'),
    prospect('Meetings booked, mostly. Dials too, but nobody loves that metric.'),
  ],
  [
    rep('Is that something you are trying to solve this quarter?'),
    prospect('It is on the list. Not at the top, but on the list.'),
  ],
  [
    rep('Tell me, how do you ramp a new SDR today?'),
    prospect('Shadowing for two weeks, then they are on the phones.'),
  ],
  [rep('Do you use a dialer at the moment?'), prospect('Just the one built into the CRM.')],
  [
    rep('Walk me through what happens when a rep gets a live connect?'),
    prospect('They pitch, try to book, and log it afterwards if they remember.'),
  ],
  [rep('Is the team mostly remote?'), prospect('Hybrid. Three days in the office.')],
  [
    rep('Why did that become a focus this year?'),
    prospect('The board wants pipeline without more headcount.'),
  ],
];
const OPEN_DISCOVERY = DISCOVERY.filter(([question]) => (lines[question]?.openQuestions ?? 0) > 0);
const CLOSED_DISCOVERY = DISCOVERY.filter(
  ([question]) => (lines[question]?.openQuestions ?? 0) === 0,
);

const PAIN_CHECK = rep('A lot of teams tell us {pain}. Does that sound familiar?', {
  tags: TAG.pitch,
});
const PAIN_YES = prospect("That's exactly our problem, honestly.", { tags: TAG.resonated });
const PAIN_NO = prospect("Not really, we're okay there.");
const MONOLOGUE = rep(
  'And just so you have the full picture, we also do local presence, voicemail drops, call recording, coaching scorecards and analytics, so managers can see exactly what every rep is doing every day without chasing anyone for updates.',
  { tags: TAG.pitch },
);
const FILLERS = ['Mm-hmm.', 'Right.', 'Okay.', 'Sure.', 'Got it.', 'Yeah, makes sense.'].map(
  (text) => rep(text),
);
const CUT_OFFS = [
  prospect('Well, the thing is we—', { tags: TAG.cutOff }),
  prospect('Yeah, so our setup is kind of—', { tags: TAG.cutOff }),
  prospect('I mean, we tried something like that and—', { tags: TAG.cutOff }),
];
const BARGE_INS = [
  rep("Right, and that's exactly where we help."),
  rep('Sure, but let me just finish the thought.'),
  rep('Totally, and the other thing is the analytics.'),
];
const SORRY = rep('Sorry — go on.');
const RESUME = prospect('As I was saying, {pain}.');

/** Per objection: the prospect's lines, a handling that asks a question, and giving in. */
interface ObjectionLines {
  raise: number[];
  handle: number;
  /** The prospect's reply to a good handling. */
  reply: number;
  giveIn: number;
}

const OBJECTION_LINES: Record<Objection, ObjectionLines> = {
  'not a priority': {
    raise: [
      prospect("Honestly, this just isn't a priority for us right now.", {
        objection: 'not a priority',
      }),
      prospect('It is just not a priority this year.', { objection: 'not a priority' }),
    ],
    handle: rep('Fair enough. What would need to happen for it to move up the list?', {
      handles: true,
    }),
    reply: prospect('Probably if {pain} gets any worse.'),
    giveIn: rep('Okay, no worries.'),
  },
  'no budget': {
    raise: [
      prospect("We don't have budget for anything new this year.", { objection: 'no budget' }),
    ],
    handle: rep('Understood. How does your budget cycle work, and who owns it?', {
      handles: true,
    }),
    reply: prospect('Planning starts in the fall. Our VP of Sales owns it.'),
    giveIn: rep('Ah, okay. Understood.'),
  },
  'bad timing': {
    raise: [
      prospect("Timing is bad, we're in the middle of a reorg.", { objection: 'bad timing' }),
    ],
    handle: rep('Makes sense. What does the team look like once the reorg settles?', {
      handles: true,
    }),
    reply: prospect('Bigger, honestly. We are adding reps next quarter.'),
    giveIn: rep("Sure, I'll let you go then."),
  },
  'already use a competitor': {
    raise: [
      prospect('We already use {competitor} for this.', { objection: 'already use a competitor' }),
    ],
    handle: rep('Good to hear. What do you like about {competitor}, and what would you change?', {
      handles: true,
    }),
    reply: prospect('It works, but {pain}.'),
    giveIn: rep("Oh. Well, we're honestly a lot better than them."),
  },
  'send me an email': {
    raise: [
      prospect('Can you just send me an email with some info?', {
        objection: 'send me an email',
      }),
    ],
    handle: rep('Happy to. What would you want it to cover, so I send the right thing?', {
      handles: true,
    }),
    reply: prospect('Mostly pricing and how the CRM sync works.'),
    giveIn: rep("Sure, I'll send something over."),
  },
  'happy with current process': {
    raise: [
      prospect("We're pretty happy with how we do it today.", {
        objection: 'happy with current process',
      }),
    ],
    handle: rep('Glad it works. How are you measuring connect rates today?', { handles: true }),
    reply: prospect('We are not, really. That is a fair point.'),
    giveIn: rep('Okay, fair enough.'),
  },
  'not the decision maker': {
    raise: [
      prospect("That's not really my call, to be honest.", {
        objection: 'not the decision maker',
      }),
    ],
    handle: rep('Got it. Who else would weigh in, and would you be open to looping them in?', {
      handles: true,
    }),
    reply: prospect('Probably, if it looks useful.'),
    giveIn: rep('Oh, okay.'),
  },
  'under contract': {
    raise: [
      prospect('We just signed for this year. Try me again in six months.', {
        objection: 'under contract',
      }),
    ],
    handle: rep('Makes sense. What would you want to see before the renewal comes up?', {
      handles: true,
    }),
    reply: prospect('Better connect rates than we get now, for a start.'),
    giveIn: rep("Will do. I'll put a note in the calendar."),
  },
  'do not call': {
    raise: [
      prospect("Please take me off your list and don't call this number again.", {
        objection: 'do not call',
      }),
    ],
    // Honouring the request is the right handling; there is nothing to probe.
    handle: rep("Understood, I'll remove you right away.", { handles: true }),
    reply: prospect('Thanks.'),
    giveIn: rep("Understood, I'll remove you right away. Sorry to bother you."),
  },
  'wrong person': {
    raise: [
      prospect("I think you have the wrong person, I'm in finance.", { objection: 'wrong person' }),
    ],
    handle: rep('My apologies. Do you know who handles the sales team?', { handles: true }),
    reply: prospect('No idea, sorry.'),
    giveIn: rep('Oh, sorry about that.'),
  },
};

const PUSH = rep("Hang on, just hear me out for one more minute, it's really worth it.", {
  tags: TAG.pushy,
});
const PUSH_BACK = prospect('No. I said no.');

const MEETING_ASK = rep(
  'Would it be crazy to grab 30 minutes on {day} at {time} to walk through it properly?',
  { tags: TAG.ask },
);
const MEETING_YES = prospect('{day} at {time} works.');
const MEETING_CONFIRM = rep("Great, I'll send the invite to {email}. Thanks {first}!");
const TALK_THEN = prospect('Talk then.');
const SOFT_ASK = rep('Would you be open to fifteen minutes next week to see if it is a fit?', {
  tags: TAG.ask,
});
const SOFT_NO = prospect("No, I think we're fine for now.");
const THANKS = rep('Understood. Thanks for your time.');
const BYE = prospect('Bye.');
const THANKS_SHORT = rep('Thanks for your time.');
const NOT_INTERESTED_OBJECTIONS: readonly Objection[] = [
  'not a priority',
  'happy with current process',
  'no budget',
];
const LEFT_COMPANY = prospect('{first}? They left the company a couple of months ago.');
const WHO_NOW = rep('Ah, thanks for letting me know. Who looks after sales tooling now?');
const MAIN_LINE = prospect('Not sure, sorry. Try the main line.');
const REFERRAL = prospect("That's not really me. You want {referral}, they run the sales team.", {
  objection: 'not the decision maker',
});
const REFERRAL_ASK = rep('Perfect. Mind if I mention you pointed me their way?', { handles: true });
const REFERRAL_OK = prospect('Sure, go ahead.');
const CALLBACK_ASK = prospect("I'm about to jump into a meeting. Can you call me back {when}?", {
  objection: 'bad timing',
});
const CALLBACK_OK = rep("Absolutely, I'll call {when}.");
const CALLBACK_PREP = rep("Absolutely, I'll call {when}. What should I have ready for you?", {
  handles: true,
  tags: TAG.ask,
});
const CALLBACK_REPLY = prospect('Some numbers on connect rates would help.');
const EMAIL_ADDRESS = rep("Sure, what's the best address?");
const EMAIL_GIVEN = prospect('{email} works.');
const EMAIL_SENT = rep('Sending it over now.');

/** The line table; a plan refers to lines by index. */
export const LINES: readonly Line[] = lines;

// The same table as columns, for the loops that run for every scored call at generation.
const LINE_WORDS = Int32Array.from(lines, (l) => l.words);
const LINE_IS_REP = Uint8Array.from(lines, (l) => (l.speaker === 'Rep' ? 1 : 0));
const LINE_TAGS = Uint8Array.from(lines, (l) => l.tags);
const LINE_QUESTIONS = Uint8Array.from(lines, (l) => l.questions);
const LINE_OPEN = Uint8Array.from(lines, (l) => l.openQuestions);
const LINE_PLACEHOLDER_START = new Int32Array(lines.length + 1);
lines.forEach((l, id) => {
  LINE_PLACEHOLDER_START[id + 1] = (LINE_PLACEHOLDER_START[id] ?? 0) + l.placeholders.length;
});
const LINE_PLACEHOLDERS = Uint8Array.from(lines.flatMap((l) => l.placeholders));

/** What a plan's placeholders are filled with, apart from the plan's own details. */
export interface TranscriptNames {
  first: string;
  company: string;
  title: string;
  email: string;
  repFirst: string;
  team: string;
}

export type Pitch = (typeof PRODUCT_PITCHES)[number];
export type PainPoint = (typeof PAIN_POINTS)[number];

export interface TranscriptPlan {
  lines: number[];
  pitch: Pitch;
  pain: PainPoint;
  competitor: string;
  day: string;
  time: string;
  referral: string;
  when: string;
  reps: number;
  /** The objections raised, in order, and whether the rep answered each with a question. */
  objections: { objection: Objection; isHandled: boolean }[];
  hasMeeting: boolean;
}

export interface PlanInput {
  seed: number;
  index: number;
  dispositionId: number;
  seconds: number;
  isInbound: boolean;
  /** 0–1: how well this rep usually runs a call (rep skill with some per-call luck on top). */
  skill: number;
}

/** A rep's usual skill, 0.2–0.85, the same for every call of theirs. */
export function repSkillOf(seed: number, repIndex: number): number {
  return 0.2 + 0.65 * (hash32(seed, repIndex, saltOf('rep-skill')) / 4294967296);
}

const MEETING_TIMES = ['9:30 AM', '10:00 AM', '11:30 AM', '1:00 PM', '2:00 PM', '3:30 PM'];
const CALLBACK_WHENS = ['tomorrow morning', 'Thursday afternoon', 'next week', 'after 3 today'];

/** The mid-call objections a prospect may raise before the outcome's own ending. */
const MID_CALL_OBJECTIONS: readonly Objection[] = [
  'not a priority',
  'no budget',
  'bad timing',
  'already use a competitor',
  'happy with current process',
];

/**
 * One call's plan, about one turn per five seconds (at most 240 turns). Skill (with luck) decides the opener, how
 * many discovery questions are open, monologues, interruptions, whether objections are answered
 * with a question and whether the rep asks for a next step; the disposition decides the ending.
 */
export function transcriptPlanOf(input: PlanInput): TranscriptPlan {
  const rng = new Random(hash32(input.seed, input.index, saltOf('call-text')));
  const skill = Math.min(1, Math.max(0, input.skill + 0.3 * (rng.next() - 0.5)));
  const plan: TranscriptPlan = {
    lines: [],
    pitch: rng.pick(PRODUCT_PITCHES),
    pain: rng.pick(PAIN_POINTS),
    competitor: rng.pick(COMPETITORS),
    day: rng.pick(WEEKDAY_NAMES),
    time: rng.pick(MEETING_TIMES),
    referral: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
    when: rng.pick(CALLBACK_WHENS),
    reps: rng.between(3, 25),
    objections: [],
    hasMeeting: input.dispositionId === 1 || input.dispositionId === 15,
  };
  const out = plan.lines;

  if (input.isInbound) out.push(...INBOUND_OPENING);
  else {
    const isPermission = rng.chance(0.25 + 0.7 * skill);
    out.push(isPermission ? OPEN_PERMISSION : OPEN_BLUNT);
    out.push(rng.pick(OPEN_REPLIES));
    out.push(rng.chance(0.2 + 0.7 * skill) ? PITCH_PERSONAL : PITCH_GENERIC);
  }

  const ending = endingOf(input.dispositionId, skill, rng);
  const isShort =
    input.dispositionId === 2 || input.dispositionId === 5 || input.dispositionId === 9;
  // Who left, the wrong person and do-not-call end the call before any discovery.
  const budget = isShort
    ? out.length + ending.lines.length + 2 * Math.min(1, Math.floor(input.seconds / 60))
    : Math.min(240, Math.max(4, Math.round(input.seconds / 5)));
  let hasAskedPain = false;
  let midObjections = 0;
  while (out.length + ending.lines.length < budget) {
    // Each step is one exchange: a pain check (once), an interruption, a monologue, an
    // objection (at most two), or else a discovery question.
    const u = rng.next();
    if (u < 0.12 && !isShort && !hasAskedPain) {
      hasAskedPain = true;
      const resonates = rng.chance(0.3 + 0.5 * skill + (plan.hasMeeting ? 0.2 : 0));
      out.push(PAIN_CHECK, resonates ? PAIN_YES : PAIN_NO);
    } else if (u >= 0.12 && u < 0.17 && rng.chance(0.9 - 0.85 * skill)) {
      out.push(rng.pick(CUT_OFFS), rng.pick(BARGE_INS));
      if (rng.chance(skill)) out.push(SORRY, RESUME);
    } else if (u >= 0.17 && u < 0.2 && rng.chance(0.8 - 0.8 * skill)) {
      out.push(MONOLOGUE);
    } else if (u >= 0.2 && u < 0.25 && midObjections < 2 && !isShort) {
      midObjections++;
      const kind = rng.pick(MID_CALL_OBJECTIONS);
      const isHandled = rng.chance(0.2 + 0.7 * skill + (plan.hasMeeting ? 0.2 : 0));
      raiseObjection(rng, out, plan.objections, kind, isHandled, 0);
    } else {
      // Skilled reps ask open questions more often.
      const pair = rng.pick(rng.chance(0.2 + 0.75 * skill) ? OPEN_DISCOVERY : CLOSED_DISCOVERY);
      out.push(pair[0], pair[1]);
      if (rng.chance(0.3)) out.push(rng.pick(FILLERS));
    }
  }
  out.push(...ending.lines);
  plan.objections.push(...ending.objections);
  return plan;
}

/** Appends an objection, and the rep's answer to it, to `out`. */
function raiseObjection(
  rng: Random,
  out: number[],
  objections: TranscriptPlan['objections'],
  kind: Objection,
  isHandled: boolean,
  pushChance: number,
): void {
  const spec = OBJECTION_LINES[kind];
  out.push(rng.pick(spec.raise));
  objections.push({ objection: kind, isHandled });
  if (isHandled) out.push(spec.handle, spec.reply);
  else {
    if (pushChance > 0 && rng.chance(pushChance)) out.push(PUSH, PUSH_BACK);
    out.push(spec.giveIn);
  }
}

interface Ending {
  lines: number[];
  objections: TranscriptPlan['objections'];
}

/** The closing lines for a disposition, and the objections raised in them. */
function endingOf(dispositionId: number, skill: number, rng: Random): Ending {
  const ending: Ending = { lines: [], objections: [] };
  const out = ending.lines;
  // Some reps push on after a final no before giving in.
  const pushChance = 0.7 - 0.7 * skill;
  const handleChance = 0.15 + 0.75 * skill;
  const askChance = 0.1 + 0.8 * skill;
  const raise = (kind: Objection, isHandled: boolean) => {
    raiseObjection(rng, out, ending.objections, kind, isHandled, pushChance);
  };
  switch (dispositionId) {
    case 1:
    case 15:
      out.push(MEETING_ASK, MEETING_YES, MEETING_CONFIRM, TALK_THEN);
      break;
    case 2:
      out.push(LEFT_COMPANY, WHO_NOW, MAIN_LINE);
      break;
    case 3:
      raise(rng.pick(NOT_INTERESTED_OBJECTIONS), rng.chance(handleChance));
      if (rng.chance(askChance)) out.push(SOFT_ASK, SOFT_NO);
      out.push(THANKS);
      break;
    case 4:
      out.push(REFERRAL, REFERRAL_ASK, REFERRAL_OK);
      ending.objections.push({ objection: 'not the decision maker', isHandled: true });
      break;
    case 5:
      raise('wrong person', rng.chance(handleChance));
      break;
    case 6: {
      const isHandled = rng.chance(askChance);
      out.push(CALLBACK_ASK, ...(isHandled ? [CALLBACK_PREP, CALLBACK_REPLY] : [CALLBACK_OK]));
      ending.objections.push({ objection: 'bad timing', isHandled });
      break;
    }
    case 7:
      raise('under contract', rng.chance(handleChance));
      if (rng.chance(askChance)) out.push(SOFT_ASK, SOFT_NO);
      break;
    case 8:
      raise('send me an email', rng.chance(handleChance));
      out.push(EMAIL_ADDRESS, EMAIL_GIVEN, EMAIL_SENT);
      break;
    case 9:
      raise('do not call', rng.chance(0.4 + 0.6 * skill));
      break;
    case 16:
      raise('already use a competitor', rng.chance(handleChance));
      out.push(THANKS);
      break;
    default:
      out.push(THANKS_SHORT, BYE);
  }
  return ending;
}

function valuesOf(plan: TranscriptPlan, names: TranscriptNames): Record<string, string> {
  return {
    ...names,
    pitch: plan.pitch,
    pain: plan.pain,
    competitor: plan.competitor,
    day: plan.day,
    time: plan.time,
    referral: plan.referral,
    when: plan.when,
    reps: String(plan.reps),
  };
}

function fill(template: string, values: Record<string, string>): string {
  const text = template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
  // A pain point opens some answers: sentence case.
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function renderTranscript(plan: TranscriptPlan, names: TranscriptNames): string[] {
  const values = valuesOf(plan, names);
  return plan.lines.map((id) => {
    const spec = LINES[id];
    return spec ? `${spec.speaker}: ${fill(spec.text, values)}` : '';
  });
}

/** What scoring reads from a transcript; every figure can be recounted from the rendered text. */
export interface TranscriptFeatures {
  repWords: number;
  prospectWords: number;
  repTurns: number;
  turns: number;
  questions: number;
  openQuestions: number;
  /** Rep turns that cut the prospect off. */
  interruptions: number;
  apologies: number;
  pitchWords: number;
  monologues: number;
  isPermissionOpener: boolean;
  isPersonalPitch: boolean;
  /** The prospect asked who was calling. */
  isConfusedStart: boolean;
  painChecked: boolean;
  painResonated: boolean;
  /** The rep asked for a meeting or another next step. */
  hasAsk: boolean;
  /** Times the rep pushed on after a no. */
  pushes: number;
  mentionsCrm: boolean;
  /** The first open discovery question the rep did not ask, for recommendations. */
  missedOpenQuestion: string | undefined;
}

/** Words of a text without regular expressions: a million calls count a dozen names each. */
function fastWords(text: string): number {
  let words = 0;
  let isInWord = false;
  for (let i = 0; i < text.length; i++) {
    const isSpace = text.charCodeAt(i) <= 32;
    if (!isSpace && !isInWord) words++;
    isInWord = !isSpace;
  }
  return words;
}

/** Words each placeholder adds beyond the one its `{…}` counted for, reused call after call. */
const extraWords = new Int32Array(PLACEHOLDERS.length);
/** Which rep lines the current call has used: equal to `askedStamp` when used. */
const asked = new Uint32Array(lines.length);
let askedStamp = 0;
/** Open discovery questions in the table's order, for the "not asked" recommendation. */
const OPEN_DISCOVERY_IDS = OPEN_DISCOVERY.map(([question]) => question);

export function transcriptFeatures(
  plan: TranscriptPlan,
  names: TranscriptNames,
): TranscriptFeatures {
  // Written out rather than through valuesOf: building that object per call dominated the
  // score columns' build time at a million calls.
  extraWords[0] = fastWords(names.first) - 1;
  extraWords[1] = fastWords(names.company) - 1;
  extraWords[2] = fastWords(names.title) - 1;
  extraWords[3] = fastWords(names.email) - 1;
  extraWords[4] = fastWords(names.repFirst) - 1;
  extraWords[5] = fastWords(names.team) - 1;
  extraWords[6] = fastWords(plan.pitch) - 1;
  extraWords[7] = fastWords(plan.pain) - 1;
  extraWords[8] = fastWords(plan.competitor) - 1;
  extraWords[9] = fastWords(plan.day) - 1;
  extraWords[10] = fastWords(plan.time) - 1;
  extraWords[11] = fastWords(plan.referral) - 1;
  extraWords[12] = fastWords(plan.when) - 1;
  extraWords[13] = 0; // reps: a number, one word
  askedStamp++;
  const features: TranscriptFeatures = {
    repWords: 0,
    prospectWords: 0,
    repTurns: 0,
    turns: plan.lines.length,
    questions: 0,
    openQuestions: 0,
    interruptions: 0,
    apologies: 0,
    pitchWords: 0,
    monologues: 0,
    isPermissionOpener: plan.lines[0] === OPEN_PERMISSION,
    isPersonalPitch: plan.lines[2] === PITCH_PERSONAL,
    isConfusedStart: plan.lines[1] === OPEN_REPLIES[2],
    painChecked: false,
    painResonated: false,
    hasAsk: false,
    pushes: 0,
    mentionsCrm: false,
    missedOpenQuestion: undefined,
  };
  let isAfterCutOff = false;
  for (const id of plan.lines) {
    let words = LINE_WORDS[id] ?? 0;
    const end = LINE_PLACEHOLDER_START[id + 1] ?? 0;
    for (let p = LINE_PLACEHOLDER_START[id] ?? 0; p < end; p++) {
      words += extraWords[LINE_PLACEHOLDERS[p] ?? 0] ?? 0;
    }
    const tags = LINE_TAGS[id] ?? 0;
    if (LINE_IS_REP[id] === 1) {
      features.repWords += words;
      features.repTurns++;
      features.questions += LINE_QUESTIONS[id] ?? 0;
      features.openQuestions += LINE_OPEN[id] ?? 0;
      if (isAfterCutOff) features.interruptions++;
      if (tags & TAG.pitch) features.pitchWords += words;
      if (tags & TAG.ask) features.hasAsk = true;
      if (tags & TAG.pushy) features.pushes++;
      if (id === SORRY) features.apologies++;
      if (id === MONOLOGUE) features.monologues++;
      asked[id] = askedStamp;
      isAfterCutOff = false;
    } else {
      features.prospectWords += words;
      if (tags & TAG.resonated) features.painResonated = true;
      if (tags & TAG.crm) features.mentionsCrm = true;
      isAfterCutOff = (tags & TAG.cutOff) !== 0;
    }
  }
  features.painChecked = asked[PAIN_CHECK] === askedStamp;
  for (const id of OPEN_DISCOVERY_IDS) {
    if (asked[id] !== askedStamp) {
      features.missedOpenQuestion = LINES[id]?.text;
      break;
    }
  }
  return features;
}
