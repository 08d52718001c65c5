import { ServerConfigError } from '../config.ts';

/** `MANAGER_EMAILS`: exact addresses and whole domains (`*@example.com`), compared without case. */
export interface ManagerEmails {
  readonly isEmpty: boolean;
  includes(email: string): boolean;
}

// One `@`, something on each side, no spaces, commas or angle brackets: an address, not a display name.
const EMAIL = /^[^\s@,<>"]+@[^\s@,<>"]+\.[^\s@,<>"]+$/;
const MAX_EMAIL_LENGTH = 254;

/** Lower-cased when it is a plain email address; null otherwise. */
export function normalizeEmail(value: string): string | null {
  const email = value.trim().toLowerCase();
  return email.length <= MAX_EMAIL_LENGTH && EMAIL.test(email) ? email : null;
}

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

export function parseManagerEmails(value: string | undefined): ManagerEmails {
  const exact = new Set<string>();
  const domains = new Set<string>();
  for (const raw of (value ?? '').split(',')) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (entry.startsWith('*@') && normalizeEmail(`x${entry.slice(1)}`) !== null) {
      domains.add(entry.slice(2));
      continue;
    }
    const email = normalizeEmail(entry);
    if (email === null) {
      throw new ServerConfigError(
        'MANAGER_EMAILS must be a comma-separated list of email addresses or *@domain entries.',
      );
    }
    exact.add(email);
  }
  return {
    isEmpty: exact.size === 0 && domains.size === 0,
    includes: (email) => {
      const normalized = email.toLowerCase();
      return exact.has(normalized) || domains.has(emailDomain(normalized));
    },
  };
}

/** Who is asking, once their email is known and their role decided. */
export type Principal =
  /** AUTH_MODE=none: no sign-in, everything readable (the server listens on loopback only). */
  | { kind: 'open' }
  | { kind: 'manager'; email: string; name: string | null }
  | { kind: 'rep'; email: string; name: string | null; userId: string };

export type Role = 'manager' | 'rep';

/** A team member as the role check needs them: their id and email. */
export interface TeamMember {
  userId: string;
  email: string;
  name: string | null;
}

/**
 * Managers by `MANAGER_EMAILS`; otherwise a rep when the email matches a team member (without
 * case); otherwise nobody (null). Managers are decided first, so they need no team lookup.
 */
export function decideRole(
  identity: { email: string; name: string | null },
  managers: ManagerEmails,
  team: readonly TeamMember[] | null,
): Principal | null {
  if (managers.includes(identity.email)) {
    return { kind: 'manager', email: identity.email, name: identity.name };
  }
  const email = identity.email.toLowerCase();
  const member = team?.find((candidate) => candidate.email.toLowerCase() === email);
  if (member === undefined) return null;
  return {
    kind: 'rep',
    email: identity.email,
    name: identity.name ?? member.name,
    userId: member.userId,
  };
}
