/**
 * A scored-calls record with every part of `insight` the contract names, as the service sends it:
 * the fixture tests delete parts from.
 */
export function fullScoredCallRecord() {
  return {
    _id: 'score-1',
    type: 'call',
    createdAt: '2026-11-02T15:04:00.000Z',
    updatedAt: '2026-11-02T15:04:00.000Z',
    user: { _id: 'rep-1', email: 'ana@example.com', first_name: 'Ana', last_name: 'Diaz' },
    call_log: {
      _id: 'call-1',
      outcome: 'answered',
      answered_by: 'human',
      duration: 184,
      disposition: { internal_id: 1, external_name: 'Answered - Meeting Set' },
      transcription: 'Rep: Hello\nProspect: Hi',
      user: { _id: 'rep-1', email: 'ana@example.com', first_name: 'Ana', last_name: 'Diaz' },
      started_at: '2026-11-02T14:58:00.000Z',
      ended_at: '2026-11-02T15:01:04.000Z',
    },
    insight: {
      total_score: 74,
      facets: {
        intro: {
          score: 80,
          weight_pct: 10,
          explanation: 'Named the reason.',
          recommendation: 'Keep it.',
        },
        discovery: {
          score: 70,
          weight_pct: 25,
          explanation: 'Asked 4 questions.',
          recommendation: 'Ask open ones.',
        },
        pitch: {
          score: 72,
          weight_pct: 20,
          explanation: 'Tied to pain.',
          recommendation: 'Shorter.',
        },
        tonality: { score: 78, weight_pct: 10, explanation: 'Calm.', recommendation: 'Slow down.' },
        objection_handling: {
          score: 65,
          weight_pct: 20,
          explanation: 'Price came up.',
          recommendation: 'Reframe value.',
        },
        cta: {
          score: 82,
          weight_pct: 15,
          explanation: 'Booked a meeting.',
          recommendation: 'Confirm attendees.',
        },
      },
      lead: {
        function: 'Sales',
        tech_stack_mentioned: ['Salesforce', 'Outreach'],
        current_vendor: 'Orum',
        fit_score: 68,
        is_decision_maker: true,
        is_correct_persona: true,
        pain_point_resonated: false,
        is_qualified_meeting: true,
        is_likely_to_buy: false,
        prospect_lifecycle_stage: ['evaluating'],
      },
      messaging: {
        value_prop_resonated: ['more connects'],
        objection_outcome: ['handled'],
        emotional_triggers: ['fear of missing quota'],
        recommendation_to_nail_messaging: 'Lead with connect rates.',
      },
      targeting_feedback: {
        persona_fit: 'strong',
        industry_fit: 'good',
        persona_seniority: 'director',
        title_relevance: 'high',
        data_quality_issue: [],
        future_follow_up_needed: true,
        follow_up_reason: ['send pricing'],
      },
      metadata: {
        duration_sec: 184,
        asr_confidence_avg: 0.91,
        audio_features_available: true,
        talk_listen_ratio_rep: 0.62,
        total_questions: 9,
        open_question_ratio: 0.44,
        interruptions_by_rep: 2,
        core_pitch_duration_sec: 75,
        estimated_wpm_rep: 151.6,
        objections_detected: ['price', 'timing'],
      },
    },
  };
}
