import { act, render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { loadPhoneFormatter, usePhoneFormat } from './use-phone-format';

function Phone({ raw }: { raw: string }) {
  const format = usePhoneFormat();
  return <span>{format(raw)}</span>;
}

test('shows North American numbers at once and the rest formatted once the library loads', async () => {
  render(
    <>
      <Phone raw="15551234567" />
      <Phone raw="+442079460958" />
    </>,
  );
  expect(screen.getByText('(555) 123-4567')).toBeDefined();
  expect(screen.getByText('+442079460958')).toBeDefined();

  await act(() => loadPhoneFormatter());

  expect(screen.getByText('(555) 123-4567')).toBeDefined();
  expect(screen.getByText('+44 20 7946 0958')).toBeDefined();
});
