import { renderHook } from '@testing-library/react';
import { expect, test } from 'vitest';
import { useStableCallback } from './use-stable-callback';

test('one function for the component’s lifetime that always calls the latest callback', () => {
  const calls: string[] = [];
  const { result, rerender } = renderHook(
    ({ name }: { name: string }) =>
      useStableCallback((suffix: string) => {
        calls.push(`${name}${suffix}`);
      }),
    { initialProps: { name: 'first' } },
  );
  const stable = result.current;
  rerender({ name: 'second' });
  expect(result.current).toBe(stable);
  result.current('!');
  expect(calls).toEqual(['second!']);
});

test('no callback stays no callback, so "is there a handler" is still visible', () => {
  const { result, rerender } = renderHook(
    ({ callback }: { callback: (() => void) | undefined }) => useStableCallback(callback),
    { initialProps: { callback: undefined as (() => void) | undefined } },
  );
  expect(result.current).toBeUndefined();
  let calls = 0;
  rerender({
    callback: () => {
      calls += 1;
    },
  });
  result.current?.();
  expect(calls).toBe(1);
});
