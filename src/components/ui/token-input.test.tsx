import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test } from 'vitest';
import type { TokenCheck } from './token-input';
import { TokenInput } from './token-input';

/** Accepts words of 3+ letters, upper-cased; refuses the rest with a reason. */
const check = (text: string, current: readonly string[]): TokenCheck => {
  if (!/^[a-z]{3,}$/i.test(text)) return { ok: false, message: `“${text}” is not a word.` };
  if (current.includes(text.toUpperCase())) return { ok: false, message: 'Already there.' };
  return { ok: true, value: text.toUpperCase() };
};

function Harness({ initial = [] }: { initial?: string[] }) {
  const [values, setValues] = useState(initial);
  const [changes, setChanges] = useState(0);
  return (
    <>
      <TokenInput
        label="Words"
        values={values}
        onChange={(next) => {
          setValues(next);
          setChanges((n) => n + 1);
        }}
        check={check}
        formatValue={(value) => value.toLowerCase()}
        hint="Enter or comma adds."
      />
      <output aria-label="values">{values.join('|')}</output>
      <output aria-label="changes">{changes}</output>
    </>
  );
}

const read = (name: string) => screen.getByRole('status', { name }).textContent;
const input = () => screen.getByRole('textbox', { name: 'Words' });

describe('TokenInput', () => {
  test('Enter and a typed comma add tokens; the field keeps what follows the comma', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(input(), 'alpha{Enter}');
    expect(read('values')).toBe('ALPHA');
    expect(input()).toHaveProperty('value', '');
    await user.type(input(), 'beta,gam');
    expect(read('values')).toBe('ALPHA|BETA');
    expect(input()).toHaveProperty('value', 'gam');
    expect(screen.getByRole('list', { name: 'Words' }).textContent).toContain('beta');
  });

  test('a refused value stays in the field with the reason, announced and linked', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(input(), 'ab{Enter}');
    expect(read('values')).toBe('');
    expect(input()).toHaveProperty('value', 'ab');
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByRole('textbox', { description: 'Enter or comma adds. “ab” is not a word.' }),
    ).toBe(input());
    await user.type(input(), 'c');
    expect(input().getAttribute('aria-invalid')).toBeNull();
  });

  test('a pasted list adds every good value in one change, leaving the refused ones', async () => {
    const user = userEvent.setup();
    render(<Harness initial={['ALPHA']} />);
    await user.click(input());
    await user.paste('beta, x1, gamma; alpha');
    expect(read('values')).toBe('ALPHA|BETA|GAMMA');
    expect(read('changes')).toBe('1');
    expect(input()).toHaveProperty('value', 'x1, alpha');
    expect(
      screen.getByRole('textbox', {
        description: 'Enter or comma adds. “x1” is not a word. Already there.',
      }),
    ).toBe(input());
  });

  test('each token has a named remove button; removing returns focus to the field', async () => {
    const user = userEvent.setup();
    render(<Harness initial={['ALPHA', 'BETA']} />);
    await user.click(screen.getByRole('button', { name: 'Remove alpha from Words' }));
    expect(read('values')).toBe('BETA');
    expect(document.activeElement).toBe(input());
  });

  test('leaving the field adds what was typed', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(input(), 'delta');
    await user.tab();
    expect(read('values')).toBe('DELTA');
  });
});
