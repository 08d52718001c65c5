import { describe, expect, it } from 'vitest';
import { scoreGrade, scoreGradeLabel } from './score-grade';

describe('score grades', () => {
  it.each([
    [0, 'low', 'Needs work'],
    [49, 'low', 'Needs work'],
    [50, 'fair', 'Fair'],
    [69, 'fair', 'Fair'],
    [70, 'strong', 'Strong'],
    [100, 'strong', 'Strong'],
  ])('%d is %s (%s)', (score, grade, label) => {
    expect(scoreGrade(score)).toBe(grade);
    expect(scoreGradeLabel(score)).toBe(label);
  });
});
