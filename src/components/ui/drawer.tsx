import * as Dialog from '@radix-ui/react-dialog';
import type { ReactElement, ReactNode } from 'react';
import './drawer.css';

export interface DrawerProps {
  /** The dialog's name, shown as its heading. */
  title: string;
  /** The button that opens it; focus returns to it on close. */
  trigger: ReactElement;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  children: ReactNode;
  /** Actions pinned below the content, e.g. a `DrawerClose` "Done" button. */
  footer?: ReactNode;
}

/** Closes the drawer it is in; wrap one button (`asChild`). */
export const DrawerClose = Dialog.Close;

/**
 * A modal panel that slides in from the side (a Radix Dialog): focus moves in and is trapped
 * there, Escape or the close button or a click outside closes it, and focus returns to the trigger.
 */
export function Drawer({ title, trigger, open, onOpenChange, children, footer }: DrawerProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="drawer-overlay" />
        {/* No description: the title and the controls say it all. */}
        <Dialog.Content className="drawer" aria-describedby={undefined}>
          <div className="drawer__header">
            <Dialog.Title className="drawer__title">{title}</Dialog.Title>
            <Dialog.Close className="icon-button" aria-label="Close">
              <span aria-hidden="true">×</span>
            </Dialog.Close>
          </div>
          <div className="drawer__body">{children}</div>
          {footer ? <div className="drawer__footer">{footer}</div> : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
