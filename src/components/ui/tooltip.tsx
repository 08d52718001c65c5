import type { ReactElement, ReactNode } from 'react';
import { deferredModule } from '@/lib/deferred-module';
import './tooltip.css';

export interface TooltipProps {
  /** What the tooltip says. Supplementary only: never the sole place for needed information. */
  content: ReactNode;
  /**
   * The trigger: one element that can take focus (a button, or an element with `tabIndex={0}`), so
   * keyboard users get the tooltip on focus just as pointer users do on hover.
   */
  children: ReactElement;
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

/**
 * A small label shown on hover and on keyboard focus, closed by Escape or by leaving. Brings its
 * own provider, so it works anywhere without setup.
 */
export function Tooltip({
  content,
  children,
  side = 'top',
  align = 'center',
  delayDuration = 300,
}: TooltipProps) {
  const Radix = tooltipModule.useModule();
  if (!Radix) return children;
  return (
    <Radix.Provider delayDuration={delayDuration}>
      <Radix.Root>
        <Radix.Trigger asChild>{children}</Radix.Trigger>
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
