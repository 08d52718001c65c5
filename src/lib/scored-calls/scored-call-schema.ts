import { z } from 'zod/mini';
import { MAX_SCORE, MIN_SCORE, SCORE_FACETS } from '@contract/salesfinity';
import type { ScoreFacet } from '@contract/salesfinity';
import { callSchema } from '@/lib/call-log/call-schema';
import {
  dateTimeString,
  idString,
  lenient,
  nonBlankString,
  nonNegativeInt,
  nonNegativeNumber,
} from '@/lib/lenient-schema';

/**
 * One record of `GET /v1/scored-calls` as the service may send it. Only `_id` is required; any part
 * of `insight`, down to one facet's explanation, may be missing (contract: "render the rest"), and
 * then it is undefined, never 0, so the UI can say "not scored".
 */

const text = lenient(nonBlankString);
const score = lenient(z.number().check(z.gte(MIN_SCORE), z.lte(MAX_SCORE)));
/** Shares such as the talk/listen ratio: 0–1. */
const share = lenient(z.number().check(z.gte(0), z.lte(1)));
const count = lenient(nonNegativeInt);
const flag = lenient(z.boolean());
/** A list of short labels; entries that are not text are dropped, not the list. */
const labels = lenient(
  z.pipe(
    z.array(z.unknown()),
    z.transform((items: unknown[]) =>
      items.filter((item): item is string => typeof item === 'string' && item.trim() !== ''),
    ),
  ),
);

const facetSchema = z.object({
  score,
  weight_pct: score,
  explanation: text,
  recommendation: text,
});
export type FacetScore = z.infer<typeof facetSchema>;

const facetsSchema = z.object(
  Object.fromEntries(SCORE_FACETS.map((facet) => [facet, lenient(facetSchema)])) as Record<
    ScoreFacet,
    ReturnType<typeof lenient<typeof facetSchema>>
  >,
);
export type FacetScores = z.infer<typeof facetsSchema>;

const leadSchema = z.object({
  function: text,
  tech_stack_mentioned: labels,
  // null says "no vendor came up", which the scorecard shows as such; missing is "not scored".
  current_vendor: lenient(z.nullable(nonBlankString)),
  fit_score: score,
  is_decision_maker: flag,
  is_correct_persona: flag,
  pain_point_resonated: flag,
  is_qualified_meeting: flag,
  is_likely_to_buy: flag,
  prospect_lifecycle_stage: labels,
});
export type LeadQualification = z.infer<typeof leadSchema>;

const messagingSchema = z.object({
  value_prop_resonated: labels,
  objection_outcome: labels,
  emotional_triggers: labels,
  recommendation_to_nail_messaging: text,
});
export type MessagingFeedback = z.infer<typeof messagingSchema>;

const targetingSchema = z.object({
  persona_fit: text,
  industry_fit: text,
  persona_seniority: text,
  title_relevance: text,
  data_quality_issue: labels,
  future_follow_up_needed: flag,
  follow_up_reason: labels,
});
export type TargetingFeedback = z.infer<typeof targetingSchema>;

const metadataSchema = z.object({
  duration_sec: lenient(nonNegativeNumber),
  asr_confidence_avg: share,
  audio_features_available: flag,
  talk_listen_ratio_rep: share,
  total_questions: count,
  open_question_ratio: share,
  interruptions_by_rep: count,
  core_pitch_duration_sec: lenient(nonNegativeNumber),
  estimated_wpm_rep: lenient(nonNegativeNumber),
  objections_detected: labels,
});
export type CallMetadata = z.infer<typeof metadataSchema>;

const insightSchema = z.object({
  total_score: score,
  facets: lenient(facetsSchema),
  lead: lenient(leadSchema),
  messaging: lenient(messagingSchema),
  targeting_feedback: lenient(targetingSchema),
  metadata: lenient(metadataSchema),
});
export type Insight = z.infer<typeof insightSchema>;

const userSchema = z.object({
  _id: lenient(idString),
  email: text,
  first_name: text,
  last_name: text,
});

export const scoredCallSchema = z.object({
  _id: idString,
  type: text,
  createdAt: lenient(dateTimeString),
  updatedAt: lenient(dateTimeString),
  user: lenient(userSchema),
  // The call as the call log returns it; one without an `_id` cannot be opened or played.
  call_log: lenient(callSchema),
  insight: lenient(insightSchema),
});
export type ScoredCall = z.infer<typeof scoredCallSchema>;
