import { describe, expect, it } from 'vitest';
import {
  bandSelection,
  isBandActive,
  REP_SCORE_RANGES,
  repRangeSelection,
  SCORE_BANDS,
} from './score-bands';
import type { ScoreBand } from './score-bands';

const bandOf = (id: string): ScoreBand => {
  const band = SCORE_BANDS.find((candidate) => candidate.id === id);
  if (!band) throw new Error(`no band ${id}`);
  return band;
};

describe('score bands', () => {
  it('cover 0–100 once, in ten bands, the last one 90–100', () => {
    expect(SCORE_BANDS.map(({ label }) => label)).toEqual([
      '0–9',
      '10–19',
      '20–29',
      '30–39',
      '40–49',
      '50–59',
      '60–69',
      '70–79',
      '80–89',
      '90–100',
    ]);
    for (let score = 0; score <= 100; score++) {
      expect(SCORE_BANDS.filter((b) => b.min <= score && score <= b.max)).toHaveLength(1);
    }
  });

  it('a band click filters to the band within the current range, and off again', () => {
    expect(bandSelection({}, bandOf('40-49'))).toEqual({ min_score: 40, max_score: 49 });
    expect(bandSelection({ min_score: 45 }, bandOf('40-49'))).toEqual({
      min_score: 45,
      max_score: 49,
    });
    expect(bandSelection({ min_score: 45 }, bandOf('10-19'))).toBeNull();
    // Once the whole range lies in the band, the band is pressed and a click clears the range.
    expect(isBandActive({ min_score: 40, max_score: 49 }, bandOf('40-49'))).toBe(true);
    expect(isBandActive({ min_score: 42, max_score: 44 }, bandOf('40-49'))).toBe(true);
    expect(isBandActive({ min_score: 40 }, bandOf('40-49'))).toBe(false);
    expect(isBandActive({}, bandOf('0-9'))).toBe(false);
    expect(isBandActive({ min_score: 92 }, bandOf('90-100'))).toBe(true);
    expect(bandSelection({ min_score: 40, max_score: 49 }, bandOf('40-49'))).toEqual({});
  });

  it('a rep’s count filters to its range within the current one', () => {
    const [below, from] = REP_SCORE_RANGES;
    expect(repRangeSelection({}, below)).toEqual({ min_score: 0, max_score: 49 });
    expect(repRangeSelection({ min_score: 30 }, below)).toEqual({ min_score: 30, max_score: 49 });
    expect(repRangeSelection({ min_score: 60 }, below)).toBeNull();
    expect(repRangeSelection({ max_score: 80 }, from)).toEqual({ min_score: 70, max_score: 80 });
  });
});
