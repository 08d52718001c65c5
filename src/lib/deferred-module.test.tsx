import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  afterNextPaint,
  createLoadGate,
  deferredModule,
  PAINT_FALLBACK_MS,
} from './deferred-module';

function deferred() {
  let resolve: (value: { label: string }) => void = () => undefined;
  const importer = vi.fn(
    () =>
      new Promise<{ label: string }>((done) => {
        resolve = done;
      }),
  );
  return {
    importer,
    resolve: (label: string) => {
      resolve({ label });
    },
  };
}

describe('deferredModule', () => {
  it('does not load before the gate opens, then loads once and re-renders its users', async () => {
    const gate = createLoadGate();
    const { importer, resolve } = deferred();
    const module = deferredModule(importer, gate);
    function Label() {
      return <p>{module.useModule()?.label ?? 'stand-in'}</p>;
    }
    render(
      <>
        <Label />
        <Label />
      </>,
    );
    expect(importer).not.toHaveBeenCalled();
    expect(screen.getAllByText('stand-in')).toHaveLength(2);

    gate.open();
    gate.open();
    expect(importer).toHaveBeenCalledTimes(1);
    await act(async () => {
      resolve('loaded');
      await module.load();
    });
    expect(screen.getAllByText('loaded')).toHaveLength(2);
  });

  it('loads at once through load(), whatever the gate says', async () => {
    const gate = createLoadGate();
    const { importer, resolve } = deferred();
    const module = deferredModule(importer, gate);
    const loading = module.load();
    expect(importer).toHaveBeenCalledTimes(1);
    resolve('now');
    await loading;
    expect(gate.isOpen).toBe(false);
  });

  it('keeps the stand-in after a failed chunk load, and tries again', async () => {
    const importer = vi
      .fn<() => Promise<{ label: string }>>()
      .mockRejectedValueOnce(new Error('chunk failed'))
      .mockResolvedValueOnce({ label: 'second try' });
    const module = deferredModule(importer, createLoadGate());
    function Label() {
      return <p>{module.useModule()?.label ?? 'stand-in'}</p>;
    }
    const { container } = render(<Label />);
    await act(() => module.load());
    expect(container.textContent).toBe('stand-in');
    await act(() => module.load());
    expect(importer).toHaveBeenCalledTimes(2);
    expect(container.textContent).toBe('second try');
  });
});

describe('afterNextPaint', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once, in a task after the next frame, not during the current one', () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    const callback = vi.fn();
    afterNextPaint(callback);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(PAINT_FALLBACK_MS * 2);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('still runs when no frame comes (a tab in the background)', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const callback = vi.fn();
    afterNextPaint(callback);
    vi.advanceTimersByTime(PAINT_FALLBACK_MS - 1);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled', () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    const callback = vi.fn();
    const cancel = afterNextPaint(callback);
    cancel();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(PAINT_FALLBACK_MS * 2);
    expect(callback).not.toHaveBeenCalled();
  });
});
