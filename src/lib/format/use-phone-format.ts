import { useSyncExternalStore } from 'react';
import { formatPhoneLite } from './phone-lite';

export type PhoneFormatter = (raw: string | null | undefined) => string | undefined;

/*
 * libphonenumber-js costs ~30 kB gzip, a fifth of the entry budget. It loads in its own chunk; until
 * it arrives, North American numbers are formatted by a few lines of our own and the rest are shown
 * as received.
 */
let current: PhoneFormatter = formatPhoneLite;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

/** Starts loading the full formatter (once); resolves when it is in use, or failed to load. */
export function loadPhoneFormatter(): Promise<void> {
  loading ??= import('./phone').then(
    (module) => {
      current = module.formatPhone;
      for (const listener of listeners) listener();
    },
    () => {
      // A failed chunk load leaves the stand-in in place; the next call may try again.
      loading = undefined;
    },
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void loadPhoneFormatter();
  return () => {
    listeners.delete(listener);
  };
}

const getSnapshot = () => current;
const getServerSnapshot = () => formatPhoneLite;

/** The best phone formatter available now; re-renders once the full one has loaded. */
export function usePhoneFormat(): PhoneFormatter {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
