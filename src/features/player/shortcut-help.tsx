import * as Dialog from '@radix-ui/react-dialog';
import { SHORTCUT_HELP } from './keyboard-shortcuts';

/** The `?` overlay: every player shortcut and what it does. */
export function ShortcutHelp({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="shortcut-help__overlay" />
        <Dialog.Content className="shortcut-help" aria-describedby={undefined}>
          <div className="shortcut-help__header">
            <Dialog.Title className="shortcut-help__title">Keyboard shortcuts</Dialog.Title>
            <Dialog.Close className="icon-button" aria-label="Close">
              <span aria-hidden="true">×</span>
            </Dialog.Close>
          </div>
          <p className="muted">They work anywhere on the page, except while typing in a field.</p>
          <table className="shortcut-help__table">
            <thead>
              <tr>
                <th scope="col">Keys</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {SHORTCUT_HELP.map(({ keys, action }) => (
                <tr key={action}>
                  <td>
                    {keys.map((key, index) => (
                      <span key={key}>
                        {index > 0 ? (keys[0] === 'Shift' ? ' + ' : ' or ') : null}
                        <kbd>{key}</kbd>
                      </span>
                    ))}
                  </td>
                  <td>{action}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
