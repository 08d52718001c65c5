import { SCORE_FACETS } from '../contract/salesfinity.ts';
import type { ScoreFacet } from '../contract/salesfinity.ts';
import { hash32, saltOf } from './prng.ts';
import type {
  Objection,
  PainPoint,
  Pitch,
  TranscriptFeatures,
  TranscriptNames,
  TranscriptPlan,
} from './transcript.ts';

/**
 * A call's AI score, computed from its transcript's features: six facet scores, their weighted
 * total, and (for the rows a response returns) the explanations, lead qualification, messaging and
 * targeting feedback and call metadata, each naming what happened in that call.
 */

/** The team's facet weights (percent); they sum to 100. */
export const FACET_WEIGHTS: Readonly<Record<ScoreFacet, number>> = {
  intro: 10,
  discovery: 25,
  pitch: 15,
  tonality: 10,
  objection_handling: 20,
  cta: 20,
};

export interface ScoreInput {
  seed: number;
  index: number;
  dispositionId: number;
  seconds: number;
  isInbound: boolean;
  plan: TranscriptPlan;
  features: TranscriptFeatures;
}

/** Figures of `insight.metadata` that the facet scores also read. */
export interface CallMetrics {
  talkShare: number;
  openRatio: number;
  wpm: number;
  corePitchSeconds: number;
  asrConfidence: number;
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const clampScore = (value: number) => Math.min(100, Math.max(0, Math.round(value)));

/** Deterministic noise in [-1, 1) for one call and purpose. */
function noise(seed: number, index: number, purpose: number): number {
  return (hash32(seed, index, saltOf('score-noise'), purpose) / 4294967296) * 2 - 1;
}

/**
 * Speaking rate: the rep's words over the rep's share of the call's time, where that share is the
 * rep's share of the turns (turns are about equally long in time, not in words).
 */
export function metricsOf(input: ScoreInput): CallMetrics {
  const { features: f, seconds } = input;
  const words = f.repWords + f.prospectWords;
  const repSeconds = f.turns > 0 ? (seconds * f.repTurns) / f.turns : 0;
  return {
    talkShare: words > 0 ? round2(f.repWords / words) : 0,
    openRatio: f.questions > 0 ? round2(f.openQuestions / f.questions) : 0,
    wpm: repSeconds > 0 ? Math.round((f.repWords * 60) / repSeconds) : 0,
    corePitchSeconds: words > 0 ? Math.round((seconds * f.pitchWords) / words) : 0,
    // Cross-talk is what the recogniser gets wrong most.
    asrConfidence: round2(
      Math.min(
        0.98,
        Math.max(
          0.72,
          0.95 - 0.02 * f.interruptions - 0.05 * (noise(input.seed, input.index, 9) + 1),
        ),
      ),
    ),
  };
}

const isMeeting = (dispositionId: number) => dispositionId === 1 || dispositionId === 15;

export function facetScoresOf(input: ScoreInput): Record<ScoreFacet, number> {
  const { features: f, plan, dispositionId } = input;
  const m = metricsOf(input);
  const { seed, index } = input;
  const hasMeeting = isMeeting(dispositionId);
  const closed = f.questions - f.openQuestions;

  const intro = input.isInbound
    ? 74 + 12 * noise(seed, index, 1)
    : 30 +
      (f.isPermissionOpener ? 32 : 0) +
      (f.isPersonalPitch ? 24 : 0) -
      (f.isConfusedStart ? 20 : 0) +
      12 * noise(seed, index, 1);

  const discovery =
    8 +
    17 * Math.min(f.openQuestions, 4) +
    3 * Math.min(closed, 4) +
    (f.painChecked ? 6 : 0) -
    Math.max(0, m.talkShare - 0.55) * 120 +
    10 * noise(seed, index, 2);

  const words = f.repWords + f.prospectWords;
  const pitchShare = words > 0 ? f.pitchWords / words : 0;
  const pitch =
    22 +
    (f.isPersonalPitch || input.isInbound ? 20 : 0) +
    (f.painResonated ? 28 : f.painChecked ? 8 : 0) -
    8 * Math.min(3, f.monologues) -
    (pitchShare > 0.35 ? 10 : 0) +
    (hasMeeting ? 22 : 0) +
    10 * noise(seed, index, 3);

  // Rates per five minutes, so a long call is not punished for its length.
  const perFiveMinutes = 1 / Math.max(1, input.seconds / 300);
  // A blunt opener followed by the generic pitch reads as a script.
  const isScripted = !input.isInbound && !f.isPermissionOpener && !f.isPersonalPitch;
  const unapologised = Math.max(0, f.interruptions - f.apologies);
  const tonality =
    90 -
    14 * perFiveMinutes * unapologised -
    6 * perFiveMinutes * f.apologies -
    8 * perFiveMinutes * f.monologues -
    (isScripted ? 20 : 0) -
    22 * f.pushes -
    Math.max(0, Math.abs(m.wpm - 145) - 25) * 0.5 +
    12 * noise(seed, index, 4);

  let objectionHandling: number;
  if (plan.objections.length === 0)
    objectionHandling = 68 + (hasMeeting ? 14 : 0) + 12 * noise(seed, index, 5);
  else {
    let handledCount = 0;
    for (const o of plan.objections) if (o.isHandled) handledCount++;
    const handled = handledCount / plan.objections.length;
    // Honouring a do-not-call is all there is to do; it earns no more than a middling score.
    const range = dispositionId === 9 ? 40 : 70;
    objectionHandling =
      8 + range * handled + (hasMeeting ? 14 : 0) - 15 * f.pushes + 10 * noise(seed, index, 5);
  }

  const cta = ctaBase(dispositionId, f.hasAsk, plan) + 8 * noise(seed, index, 6);

  return {
    intro: clampScore(intro),
    discovery: clampScore(discovery),
    pitch: clampScore(pitch),
    tonality: clampScore(tonality),
    objection_handling: clampScore(objectionHandling),
    cta: clampScore(cta),
  };
}

function ctaBase(dispositionId: number, hasAsk: boolean, plan: TranscriptPlan): number {
  switch (dispositionId) {
    case 1:
    case 15:
      return 95;
    case 4:
      return 60;
    case 6:
      return hasAsk ? 66 : 42;
    case 8:
      return plan.objections.some((o) => o.objection === 'send me an email' && o.isHandled)
        ? 52
        : 30;
    case 3:
    case 7:
      return hasAsk ? 38 : 8;
    case 2:
      return 28;
    case 5:
      return 18;
    case 9:
      return 3;
    default:
      return hasAsk ? 40 : 15;
  }
}

/** The weighted mean of the facet scores, rounded (weights sum to 100). */
export function totalScoreOf(facets: Record<ScoreFacet, number>): number {
  let sum = 0;
  for (const facet of SCORE_FACETS) sum += facets[facet] * FACET_WEIGHTS[facet];
  return Math.round(sum / 100);
}

/** Parts of `insight` a record may lack (the contract: "any part of insight may be missing"). */
export const MISSING_PART = {
  none: 0,
  total_score: 1,
  facets: 2,
  /** One facet, chosen per call. */
  facet: 3,
  lead: 4,
  messaging: 5,
  targeting_feedback: 6,
  metadata: 7,
} as const;
export const MISSING_PART_SHARE = 0.03;

export function missingPartOf(seed: number, index: number): number {
  const h = hash32(seed, index, saltOf('insight-missing'));
  if (h / 4294967296 >= MISSING_PART_SHARE) return MISSING_PART.none;
  return 1 + (hash32(h, 1) % 7);
}

export function missingFacetOf(seed: number, index: number): ScoreFacet {
  return (
    SCORE_FACETS[hash32(seed, index, saltOf('missing-facet')) % SCORE_FACETS.length] ?? 'intro'
  );
}

// ---- The text of an insight: only for the rows a response returns. ----

export interface InsightContext extends ScoreInput {
  names: TranscriptNames;
  /** The contact's title, absent when the record has no contact. */
  title: string | undefined;
  hasContact: boolean;
}

export interface FacetJson {
  score: number;
  weight_pct: number;
  explanation: string;
  recommendation: string;
}

const PITCH_LABELS: Record<Pitch, string> = {
  'we help SDR teams triple their live conversations with a parallel dialer':
    'more live conversations with a parallel dialer',
  'we cut the time reps spend on no-answers and voicemails': 'less time lost to no-answers',
  'we sync every call, recording and note straight into the CRM': 'automatic CRM logging',
  'we help outbound teams book more meetings without adding headcount':
    'more meetings without more headcount',
};
const PAIN_TRIGGERS: Record<PainPoint, string> = {
  'our reps spend half the day listening to ringing': 'frustration with wasted dialing time',
  'connect rates have dropped since last year': 'worry about falling connect rates',
  'we just hired four new SDRs and ramp is slow': 'pressure to ramp new hires',
  'the CRM data is a mess and nobody logs their calls': 'annoyance at messy CRM data',
  'we are stuck at about eight conversations a day per rep': 'stalled conversation numbers',
  'our manager wants better visibility into call activity': "a manager's demand for visibility",
};

const percent = (share: number) => `${Math.round(share * 100)}%`;
const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/** The label `objections_detected` uses: the competitor by name. */
export function objectionLabel(objection: Objection, plan: TranscriptPlan): string {
  return objection === 'already use a competitor' ? `already use ${plan.competitor}` : objection;
}

const OBJECTION_ADVICE: Record<Objection, string> = {
  'not a priority': 'ask what would have to change for it to become a priority',
  'no budget': 'ask how the budget cycle works and who owns it',
  'bad timing': 'agree a specific time and what to bring to it',
  'already use a competitor':
    'ask what they like about the current tool and what they would change',
  'send me an email': 'ask what the email should cover and book a short follow-up with it',
  'happy with current process': 'ask how they measure the current process before moving on',
  'not the decision maker': 'ask who decides and whether they would loop that person in',
  'under contract': 'ask what they would want to see before the renewal',
  'do not call': 'confirm the removal politely and end the call',
  'wrong person': 'ask who owns the sales team before hanging up',
};

function facetTexts(
  facet: ScoreFacet,
  context: InsightContext,
  metrics: CallMetrics,
): { explanation: string; recommendation: string } {
  const { features: f, plan, names, dispositionId } = context;
  const first = names.first;
  switch (facet) {
    case 'intro':
      if (context.isInbound) {
        return {
          explanation: `${first} called back; the rep thanked them and gave name and team.`,
          recommendation:
            'On a call-back, remind the prospect why you called within the first sentence.',
        };
      }
      return {
        explanation: [
          f.isPermissionOpener
            ? 'Opened with name, team and a permission question ("Do you have thirty seconds?").'
            : 'Opened without asking for time ("I\'ll be quick").',
          f.isConfusedStart ? `${first} asked who was calling.` : `${first} let the rep go on.`,
        ].join(' '),
        recommendation: f.isPermissionOpener
          ? `Keep the permission opener and name why you picked ${names.company} right after it.`
          : 'Ask for thirty seconds before the pitch; it earns a calmer first answer.',
      };
    case 'discovery': {
      const explanation = `Asked ${plural(f.questions, 'question')}, ${f.openQuestions} open (${percent(metrics.openRatio)}); the rep spoke ${percent(metrics.talkShare)} of the words.`;
      let recommendation: string;
      if (f.openQuestions < 2 && f.missedOpenQuestion) {
        recommendation = `Ask an open question such as "${f.missedOpenQuestion}" before pitching.`;
      } else if (metrics.talkShare > 0.6) {
        recommendation = `Talk less: aim for under 55% of the words (this call: ${percent(metrics.talkShare)}).`;
      } else if (!f.painChecked) {
        recommendation = `Check whether "${plan.pain}" is true for ${first} before moving on.`;
      } else {
        recommendation = 'Good balance; go one question deeper on the pain before the ask.';
      }
      return { explanation, recommendation };
    }
    case 'pitch': {
      const how =
        f.isPersonalPitch || context.isInbound
          ? `tied to ${first}'s role at ${names.company}`
          : 'a generic product list';
      const resonance = f.painResonated
        ? `${first} confirmed the pain ("${plan.pain}").`
        : f.painChecked
          ? `${first} did not recognise "${plan.pain}".`
          : 'the pain was never checked.';
      return {
        explanation: `Core pitch of about ${metrics.corePitchSeconds} s, ${how}; ${resonance}${f.monologues > 0 ? ` ${plural(f.monologues, 'monologue')} on features.` : ''}`,
        recommendation:
          f.monologues > 0
            ? 'Cut the feature list; one outcome tied to their pain is enough.'
            : f.painResonated
              ? 'Repeat the pain in their words when you ask for the meeting.'
              : `Lead with "${PITCH_LABELS[plan.pitch]}" and ask if it matches what ${first} sees.`,
      };
    }
    case 'tonality':
      return {
        explanation: `About ${metrics.wpm} words per minute; ${plural(f.interruptions, 'interruption')} of the prospect${f.apologies > 0 ? `, ${f.apologies} with an apology ("Sorry — go on")` : ''}.`,
        recommendation:
          f.interruptions > 0
            ? `Let ${first} finish: you cut in ${plural(f.interruptions, 'time')}.`
            : metrics.wpm > 170
              ? 'Slow down to around 150 words per minute.'
              : 'Pace and turn-taking were good; keep the pauses after questions.',
      };
    case 'objection_handling': {
      if (plan.objections.length === 0) {
        return {
          explanation: 'No objections came up.',
          recommendation: 'Test for hidden objections before the ask ("What would stop this?").',
        };
      }
      const said = plan.objections
        .map(
          (o) =>
            `"${objectionLabel(o.objection, plan)}" (${o.isHandled ? 'explored with a question' : 'accepted without probing'})`,
        )
        .join(', ');
      const unhandled = plan.objections.find((o) => !o.isHandled) ?? plan.objections[0];
      return {
        explanation: `${first} raised ${said}.`,
        recommendation: unhandled
          ? `When you hear "${objectionLabel(unhandled.objection, plan)}", ${OBJECTION_ADVICE[unhandled.objection]}.`
          : 'Keep answering objections with a question.',
      };
    }
    case 'cta':
      return ctaTexts(dispositionId, context);
  }
}

function ctaTexts(dispositionId: number, context: InsightContext) {
  const { plan, names, features: f } = context;
  switch (dispositionId) {
    case 1:
    case 15:
      return {
        explanation: `Booked a meeting for ${plan.day} at ${plan.time}; invite going to ${names.email}.`,
        recommendation: 'Send the invite with a two-line agenda while the call is fresh.',
      };
    case 4:
      return {
        explanation: `Got a referral to ${plan.referral} and permission to mention ${names.first}.`,
        recommendation: `Call ${plan.referral} this week and open with the referral.`,
      };
    case 6:
      return {
        explanation: f.hasAsk
          ? `Agreed a call-back ${plan.when} and asked what to prepare.`
          : `Agreed to call back ${plan.when} without a reason to talk then.`,
        recommendation: 'Put the call-back in the calendar with the agenda you agreed.',
      };
    case 8:
      return {
        explanation: `Agreed to email ${names.email}; no meeting asked for.`,
        recommendation: 'Offer two 15-minute slots along with the email.',
      };
    case 2:
      return {
        explanation: `${names.first} has left; the rep asked who owns sales tooling now.`,
        recommendation: 'Ask for the new owner by name before hanging up.',
      };
    case 5:
      return {
        explanation: 'Wrong contact; no next step agreed.',
        recommendation: 'Ask who owns the sales team and whether you may say they sent you.',
      };
    case 9:
      return {
        explanation: 'The prospect asked not to be called again; no ask was possible.',
        recommendation: 'Remove the number and check the list source.',
      };
    default:
      return f.hasAsk
        ? {
            explanation: 'Asked for fifteen minutes next week; the prospect declined.',
            recommendation:
              'Offer a smaller next step, such as a two-minute video or a case study.',
          }
        : {
            explanation: 'The call ended without an ask for a next step.',
            recommendation: 'Always ask for a next step, even after a no.',
          };
  }
}

const SALES_TITLES = /sales|revenue|account executive|business development/i;
const EXECUTIVE_TITLES = /^(ceo|founder|co-founder|cfo|cto|chief)/i;
const SENIOR_TITLES = /^(vp|head|director|chief|ceo|cfo|cto|founder|co-founder)|director$/i;

function functionOf(title: string): string {
  if (/revenue operations/i.test(title)) return 'Revenue Operations';
  if (SALES_TITLES.test(title)) return 'Sales';
  if (/marketing|demand|growth/i.test(title)) return 'Marketing';
  if (/^(ceo|founder|co-founder)/i.test(title)) return 'Executive';
  if (/cfo|controller/i.test(title)) return 'Finance';
  if (/cto|engineering|it director/i.test(title)) return 'Engineering';
  if (/hr|people/i.test(title)) return 'People';
  if (/counsel/i.test(title)) return 'Legal';
  if (/procurement/i.test(title)) return 'Procurement';
  return 'Operations';
}

function seniorityOf(title: string): string {
  if (EXECUTIVE_TITLES.test(title) || /^vp/i.test(title)) return 'executive';
  if (/^(head|director)|director$/i.test(title)) return 'director';
  if (/manager/i.test(title)) return 'manager';
  return 'individual contributor';
}

const LIFECYCLE: Record<number, string[]> = {
  1: ['meeting booked'],
  15: ['meeting booked'],
  2: ['disqualified'],
  3: ['not interested'],
  4: ['referral'],
  5: ['disqualified'],
  6: ['follow-up scheduled'],
  7: ['nurture', 'renewal pending'],
  8: ['nurture'],
  9: ['do not contact'],
};

/** The whole `insight` object, in the contract's key order; `missingPart` drops one part. */
export function insightOf(context: InsightContext, missingPart: number): Record<string, unknown> {
  const { features: f, plan, names, dispositionId } = context;
  const metrics = metricsOf(context);
  const scores = facetScoresOf(context);
  const hasMeeting = isMeeting(dispositionId);
  const title = context.title;
  const isSalesPersona =
    title !== undefined && (SALES_TITLES.test(title) || EXECUTIVE_TITLES.test(title));
  const isDecisionMaker = title !== undefined && SENIOR_TITLES.test(title);
  const isCorrectPersona = isSalesPersona && dispositionId !== 5 && dispositionId !== 2;
  const fitScore = clampScore(
    25 +
      (isCorrectPersona ? 35 : 0) +
      (isDecisionMaker ? 15 : 0) +
      (f.painResonated ? 10 : 0) +
      (hasMeeting ? 10 : 0) +
      8 * noise(context.seed, context.index, 7),
  );
  const competitorMentioned = plan.objections.some(
    (o) => o.objection === 'already use a competitor',
  );
  const techStack = [
    ...(f.mentionsCrm ? ['Salesforce', 'HubSpot'] : []),
    ...(competitorMentioned ? [plan.competitor] : []),
  ];

  const facets: Record<string, FacetJson> = {};
  const missingFacet =
    missingPart === MISSING_PART.facet ? missingFacetOf(context.seed, context.index) : null;
  for (const facet of SCORE_FACETS) {
    if (facet === missingFacet) continue;
    facets[facet] = {
      score: scores[facet],
      weight_pct: FACET_WEIGHTS[facet],
      ...facetTexts(facet, context, metrics),
    };
  }

  // Without a contact (and so a title) the function is unknown: the key is left out.
  const leadFunction =
    dispositionId === 5 ? 'Finance' : title === undefined ? undefined : functionOf(title);
  const lead = {
    ...(leadFunction === undefined ? {} : { function: leadFunction }),
    tech_stack_mentioned: techStack,
    current_vendor: competitorMentioned ? plan.competitor : null,
    fit_score: fitScore,
    is_decision_maker: isDecisionMaker,
    is_correct_persona: isCorrectPersona,
    pain_point_resonated: f.painResonated,
    is_qualified_meeting: hasMeeting && isCorrectPersona,
    is_likely_to_buy: hasMeeting && fitScore >= 70,
    prospect_lifecycle_stage: LIFECYCLE[dispositionId] ?? [],
  };

  const pitchLabel = PITCH_LABELS[plan.pitch];
  const messaging = {
    value_prop_resonated: f.painResonated || hasMeeting ? [pitchLabel] : [],
    objection_outcome: plan.objections.map(
      (o) =>
        `${objectionLabel(o.objection, plan)}: ${o.isHandled ? 'explored' : 'accepted without probing'}`,
    ),
    emotional_triggers: f.painResonated ? [PAIN_TRIGGERS[plan.pain]] : [],
    recommendation_to_nail_messaging: f.painResonated
      ? `"${plan.pain}" landed with ${names.first}: open the follow-up with it.`
      : f.isPersonalPitch || context.isInbound
        ? `Connect "${pitchLabel}" to a pain ${names.first} names before pitching it.`
        : `Replace the generic pitch with one line on ${names.company} and "${pitchLabel}".`,
  };

  const dataQuality = [
    ...(dispositionId === 2 ? ['contact no longer at company'] : []),
    ...(dispositionId === 5 ? ['wrong persona on the list'] : []),
    ...(context.hasContact ? [] : ['contact missing from the call record']),
  ];
  const followUp = followUpReasons(dispositionId, context);
  const targeting = {
    persona_fit: isCorrectPersona
      ? 'strong'
      : isSalesPersona || isDecisionMaker
        ? 'partial'
        : 'poor',
    industry_fit: fitScore >= 60 ? 'good' : 'unclear',
    persona_seniority: title === undefined ? 'unknown' : seniorityOf(title),
    title_relevance:
      title === undefined
        ? 'unknown'
        : SALES_TITLES.test(title)
          ? 'high'
          : isDecisionMaker
            ? 'medium'
            : 'low',
    data_quality_issue: dataQuality,
    future_follow_up_needed: followUp.length > 0,
    follow_up_reason: followUp,
  };

  const metadata = {
    duration_sec: context.seconds,
    asr_confidence_avg: metrics.asrConfidence,
    audio_features_available: true,
    talk_listen_ratio_rep: metrics.talkShare,
    total_questions: f.questions,
    open_question_ratio: metrics.openRatio,
    interruptions_by_rep: f.interruptions,
    core_pitch_duration_sec: metrics.corePitchSeconds,
    estimated_wpm_rep: metrics.wpm,
    objections_detected: [
      ...new Set(plan.objections.map((o) => objectionLabel(o.objection, plan))),
    ],
  };

  const insight: Record<string, unknown> = {
    total_score: totalScoreOf(scores),
    facets,
    lead,
    messaging,
    targeting_feedback: targeting,
    metadata,
  };
  switch (missingPart) {
    case MISSING_PART.total_score:
      delete insight.total_score;
      break;
    case MISSING_PART.facets:
      delete insight.facets;
      break;
    case MISSING_PART.lead:
      delete insight.lead;
      break;
    case MISSING_PART.messaging:
      delete insight.messaging;
      break;
    case MISSING_PART.targeting_feedback:
      delete insight.targeting_feedback;
      break;
    case MISSING_PART.metadata:
      delete insight.metadata;
      break;
  }
  return insight;
}

function followUpReasons(dispositionId: number, context: InsightContext): string[] {
  const { plan } = context;
  switch (dispositionId) {
    case 1:
    case 15:
      return [`confirm the meeting on ${plan.day} at ${plan.time}`];
    case 4:
      return [`reach out to ${plan.referral}`];
    case 6:
      return [`call back ${plan.when}`];
    case 7:
      return ['contract renews in six months'];
    case 8:
      return ['follow up on the email'];
    default:
      return [];
  }
}
