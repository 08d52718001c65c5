import { act, render } from '@testing-library/react';
import { expect, test } from 'vitest';
import { loadPhoneFormatter, usePhoneFormat } from './use-phone-format';

function Phone({ raw }: { raw: string }) {
  const format = usePhoneFormat();
  return <span>{format(raw)}</span>;
}

test('shows North American numbers at once and the rest formatted once the library loads', async () => {
  const { container } = render(
    <>
      <Phone raw="15551234567" />
      <Phone raw="+442079460958" />
    </>,
  );
  const shown = () => [...container.querySelectorAll('span')].map((span) => span.textContent);
  expect(shown()).toEqual(['(555) 123-4567', '+442079460958']);

  await act(() => loadPhoneFormatter());

  expect(shown()).toEqual(['(555) 123-4567', '+44 20 7946 0958']);
});
