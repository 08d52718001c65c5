import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, expect, test, vi } from 'vitest';
import { loadTooltip, Tooltip } from './tooltip';
import { TooltipsArmedContext } from './tooltip-arming';

test('renders the trigger alone until the tooltip code has loaded', async () => {
  render(
    <Tooltip content="Later">
      <button type="button">Early</button>
    </Tooltip>,
  );
  const early = screen.getByRole('button', { name: 'Early' });
  expect(early.getAttribute('data-state')).toBeNull();
  await act(() => loadTooltip());
  expect(screen.getByRole('button', { name: 'Early' }).getAttribute('data-state')).toBe('closed');
});

beforeAll(() => {
  // Radix measures the content; jsdom cannot.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
});

test('opens on keyboard focus, describes its trigger, and closes on Escape', async () => {
  await loadTooltip();
  const user = userEvent.setup();
  render(
    <Tooltip content="2024-01-15 14:30:00 UTC">
      <time dateTime="2024-01-15T14:30:00.000Z" tabIndex={0}>
        Jan 15, 2024, 9:30 AM
      </time>
    </Tooltip>,
  );
  expect(screen.queryByRole('tooltip')).toBeNull();

  await user.tab();
  const trigger = screen.getByText('Jan 15, 2024, 9:30 AM');
  expect(document.activeElement).toBe(trigger);
  const tooltip = await screen.findByRole('tooltip');
  expect(tooltip.textContent).toBe('2024-01-15 14:30:00 UTC');
  expect(trigger.getAttribute('aria-describedby')).toBe(tooltip.id);

  await user.keyboard('{Escape}');
  expect(screen.queryByRole('tooltip')).toBeNull();
});

test('opens on hover', async () => {
  await loadTooltip();
  const user = userEvent.setup();
  render(
    <Tooltip content="Full text" delayDuration={0}>
      <button type="button">Trigger</button>
    </Tooltip>,
  );
  await user.hover(screen.getByRole('button', { name: 'Trigger' }));
  expect((await screen.findByRole('tooltip')).textContent).toBe('Full text');
});

test('stays a bare trigger while not armed; armed under focus, it keeps focus and opens', async () => {
  await loadTooltip();
  const user = userEvent.setup();
  const content = '2024-01-15 14:30:00 UTC';
  const trigger = (
    <Tooltip content={content}>
      <time dateTime="2024-01-15T14:30:00.000Z" tabIndex={0}>
        Jan 15, 2024, 9:30 AM
      </time>
    </Tooltip>
  );
  const { rerender } = render(<TooltipsArmedContext value={false}>{trigger}</TooltipsArmedContext>);
  await user.tab();
  const standIn = screen.getByText('Jan 15, 2024, 9:30 AM');
  expect(document.activeElement).toBe(standIn);
  // Loaded, but not armed: no Radix trigger, no tooltip.
  expect(standIn.getAttribute('data-state')).toBeNull();
  expect(screen.queryByRole('tooltip')).toBeNull();

  rerender(<TooltipsArmedContext value={true}>{trigger}</TooltipsArmedContext>);
  const live = screen.getByText('Jan 15, 2024, 9:30 AM');
  expect(live.getAttribute('data-state')).not.toBeNull();
  expect(document.activeElement).toBe(live);
  expect((await screen.findByRole('tooltip')).textContent).toBe(content);
});
