import { describe, expect, it } from 'vitest';
import { countMatches, splitMatches } from './text-matches';

describe('splitMatches', () => {
  it('marks every case-insensitive match', () => {
    expect(splitMatches('Budget? The budget.', 'budget')).toEqual([
      { text: 'Budget', isMatch: true },
      { text: '? The ', isMatch: false },
      { text: 'budget', isMatch: true },
      { text: '.', isMatch: false },
    ]);
  });

  it('treats the query as text, not a pattern', () => {
    expect(splitMatches('a.b axb', '.')).toEqual([
      { text: 'a', isMatch: false },
      { text: '.', isMatch: true },
      { text: 'b axb', isMatch: false },
    ]);
    expect(splitMatches('(x)', '(')).toEqual([
      { text: '(', isMatch: true },
      { text: 'x)', isMatch: false },
    ]);
  });

  it('leaves the text whole for a blank query or no match', () => {
    expect(splitMatches('hello', '  ')).toEqual([{ text: 'hello', isMatch: false }]);
    expect(splitMatches('hello', 'z')).toEqual([{ text: 'hello', isMatch: false }]);
  });
});

describe('countMatches', () => {
  it('counts across texts', () => {
    expect(countMatches(['one two one', 'One'], 'one')).toBe(3);
    expect(countMatches(['x'], '')).toBe(0);
  });
});
