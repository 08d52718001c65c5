import { deferredModule } from '@/lib/deferred-module';
import { formatPhoneLite } from './phone-lite';

export type PhoneFormatter = (raw: string | null | undefined) => string | undefined;

/*
 * libphonenumber-js costs ~30 kB gzip, a fifth of the entry budget. It loads in its own chunk after
 * the first rows; until it arrives, North American numbers are formatted by a few lines of our own
 * and the rest are shown as received.
 */
const phoneModule = deferredModule(() => import('./phone'));

/** Loads the full formatter now; resolves when it is in use, or failed to load. */
export const loadPhoneFormatter = phoneModule.load;

/** The best phone formatter available now; re-renders once the full one has loaded. */
export function usePhoneFormat(): PhoneFormatter {
  return phoneModule.useModule()?.formatPhone ?? formatPhoneLite;
}
