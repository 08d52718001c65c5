import { describe, expect, it } from 'vitest';
import { MIN_SCORED_CALL_SECONDS, SCORE_FACETS } from '@contract/salesfinity';
import type { Call } from '@/lib/call-log/call-schema';
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
  whyNotScorable,
} from './scorecard-format';
import { scoredCallsOfRepHref } from './scored-calls-link';

describe('facets', () => {
  it('come in the contract’s order with human labels', () => {
    expect(FACETS_IN_ORDER.map(({ facet }) => facet)).toEqual([...SCORE_FACETS]);
    expect(FACETS_IN_ORDER.map(({ label }) => label)).toEqual([
      'Intro',
      'Discovery',
      'Pitch',
      'Tonality',
      'Objection handling',
      'Call to action',
    ]);
  });
});

describe('figures', () => {
  it('show 0 as 0 and missing as nothing', () => {
    expect(formatFigure(0)).toBe('0');
    expect(formatFigure(undefined)).toBeUndefined();
    expect(formatFigure(72.46)).toBe('72.5');
    expect(formatWeight(0)).toBe('0 %');
    expect(formatWeight(25)).toBe('25 %');
    expect(formatWeight(undefined)).toBeUndefined();
    expect(formatShare(0.444)).toBe('44 %');
    expect(formatShare(0)).toBe('0 %');
    expect(formatShare(undefined)).toBeUndefined();
    expect(formatWordsPerMinute(151.6)).toBe('152 wpm');
    expect(formatWordsPerMinute(undefined)).toBeUndefined();
  });

  it('split talk and listen into whole percentages that add up to 100', () => {
    expect(talkListen(0.62)).toEqual({
      repPct: 62,
      prospectPct: 38,
      text: 'Rep 62 % · Prospect 38 %',
    });
    expect(talkListen(0.555)?.text).toBe('Rep 56 % · Prospect 44 %');
    expect(talkListen(0)?.text).toBe('Rep 0 % · Prospect 100 %');
    expect(talkListen(1)?.text).toBe('Rep 100 % · Prospect 0 %');
    expect(talkListen(undefined)).toBeUndefined();
  });

  it('say "unknown" for a missing yes/no, not "No"', () => {
    expect(formatFlag(true)).toBe('Yes');
    expect(formatFlag(false)).toBe('No');
    expect(formatFlag(undefined)).toBe('unknown');
  });

  it('tell an empty list from a missing one', () => {
    expect(formatLabels(['Salesforce', 'Outreach'])).toBe('Salesforce, Outreach');
    expect(formatLabels([])).toBe('None');
    expect(formatLabels(undefined)).toBeUndefined();
    expect(formatObjections(['price', 'timing'])).toBe('2 (price, timing)');
    expect(formatObjections([])).toBe('None');
    expect(formatObjections(undefined)).toBeUndefined();
  });
});

describe('whyNotScorable', () => {
  const scorable: Call = {
    _id: 'c',
    outcome: 'answered',
    answered_by: 'human',
    disposition: { internal_id: 3 },
    duration: MIN_SCORED_CALL_SECONDS,
    transcription: 'Rep: Hi',
  };

  it('has no reason for a connected call with a transcript of 30 s or more', () => {
    expect(whyNotScorable(scorable)).toBeUndefined();
  });

  it('has no reason when what would decide it is missing, except the transcript', () => {
    expect(whyNotScorable({ _id: 'c', transcription: 'Rep: Hi' })).toBeUndefined();
  });

  it.each<[string, Partial<Call>, RegExp]>([
    ['not answered', { outcome: 'no-answer' }, /connected calls only/],
    ['a machine', { answered_by: 'machine_start' }, /connected calls only/],
    ['left a voicemail', { disposition: { internal_id: 11 } }, /connected calls only/],
    ['no transcript', { transcription: undefined }, /with a transcript/],
    ['a blank transcript', { transcription: '  ' }, /with a transcript/],
    ['29 s', { duration: MIN_SCORED_CALL_SECONDS - 1 }, /30 seconds or more/],
  ])('says why for a call %s', (_name, change, reason) => {
    expect(whyNotScorable({ ...scorable, ...change })).toMatch(reason);
  });
});

describe('the rep', () => {
  it('is named by name, else email', () => {
    expect(repName({ first_name: 'Ana', last_name: 'Diaz', email: 'a@x.test' })).toBe('Ana Diaz');
    expect(repName({ email: 'a@x.test' })).toBe('a@x.test');
    expect(repName(undefined)).toBeUndefined();
  });

  it('links to the coaching page filtered to them', () => {
    expect(scoredCallsOfRepHref('rep-1')).toBe('/coaching?user_id=rep-1');
    expect(scoredCallsOfRepHref('64f1c0ffee')).toBe('/coaching?user_id=64f1c0ffee');
  });

  it('has no link for an id the coaching page would not take', () => {
    expect(scoredCallsOfRepHref('a b&c')).toBeUndefined();
  });
});
