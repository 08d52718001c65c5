import { cloneElement, use, useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { ReactElement, ReactNode, Ref } from 'react';
import { deferredModule } from '@/lib/deferred-module';
import { TooltipsArmedContext } from './tooltip-arming';
import './tooltip.css';

export interface TooltipProps {
  /** What the tooltip says. Supplementary only: never the sole place for needed information. */
  content: ReactNode;
  /**
   * The trigger: one element that can take focus (a button, or an element with `tabIndex={0}`), so
   * keyboard users get the tooltip on focus just as pointer users do on hover.
   */
  children: ReactElement<{ ref?: Ref<HTMLElement> }>;
  side?: 'top' | 'right' | 'bottom' | 'left';
  align?: 'start' | 'center' | 'end';
  /** Milliseconds a pointer rests on the trigger before the tooltip opens; focus opens it at once. */
  delayDuration?: number;
}

/*
 * Radix's tooltip (with its positioning engine) is ~19 kB gzip: it loads in its own chunk after the
 * first rows, and until it arrives a trigger renders alone. Nobody needs a tooltip in the first frame.
 */
const tooltipModule = deferredModule(() => import('@radix-ui/react-tooltip'));

/** Loads the tooltip code now; resolves when tooltips work, or failed to load. */
export const loadTooltip = tooltipModule.load;

interface Handover {
  focused: boolean;
  hovered: boolean;
}

/**
 * A small label shown on hover and on keyboard focus, closed by Escape or by leaving. Brings its
 * own provider, so it works anywhere without setup.
 *
 * Until the tooltip code has loaded, and while a `TooltipsArmedContext` above says not yet (a
 * table's rows before the user reaches them), the trigger renders alone: Radix's root, positioning
 * and portal cost a page of rows more than the rows themselves. When the tooltip comes to life its
 * trigger is a new element, so one that had focus gets it back, and a pointer resting on it opens
 * the tooltip after the usual delay.
 */
export function Tooltip({
  content,
  children,
  side = 'top',
  align = 'center',
  delayDuration = 300,
}: TooltipProps) {
  const Radix = tooltipModule.useModule();
  const armed = use(TooltipsArmedContext);
  const isLive = Radix !== undefined && armed;
  const [open, setOpen] = useState(false);
  const handover = useRef<Handover | null>(null);
  const trigger = useRef<HTMLElement | null>(null);
  // Radix types the trigger as a button; with `asChild` it is whatever element the child is.
  const setTrigger = useCallback((element: HTMLElement | null) => {
    trigger.current = element;
  }, []);

  // The stand-in element is about to be replaced by the live trigger: note what it had.
  const noteHandover = useCallback((element: HTMLElement | null) => {
    if (!element) return;
    return () => {
      handover.current = {
        focused: element === document.activeElement,
        hovered: element.matches(':hover'),
      };
    };
  }, []);

  useLayoutEffect(() => {
    const had = handover.current;
    handover.current = null;
    if (!isLive || !had) return;
    // Radix opens on focus.
    if (had.focused) trigger.current?.focus();
    if (!had.hovered) return;
    const timer = setTimeout(() => {
      if (trigger.current?.matches(':hover')) setOpen(true);
    }, delayDuration);
    return () => {
      clearTimeout(timer);
    };
  }, [isLive, delayDuration]);

  if (!isLive) return cloneElement(children, { ref: noteHandover });
  return (
    <Radix.Provider delayDuration={delayDuration}>
      <Radix.Root open={open} onOpenChange={setOpen}>
        <Radix.Trigger asChild ref={setTrigger}>
          {children}
        </Radix.Trigger>
        <Radix.Portal>
          <Radix.Content className="tooltip" side={side} align={align} sideOffset={6}>
            {content}
            <Radix.Arrow className="tooltip__arrow" />
          </Radix.Content>
        </Radix.Portal>
      </Radix.Root>
    </Radix.Provider>
  );
}
