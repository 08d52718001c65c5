import { DEFAULT_DISPOSITIONS } from '../contract/salesfinity.ts';
import type { DispositionCategory } from '../contract/salesfinity.ts';
import { ID_KIND, objectId } from './ids.ts';
import { cumulativeWeights } from './prng.ts';
import type { Random } from './prng.ts';
import { DAY_MS } from './time-zones.ts';
import {
  AREA_CODES,
  COMPANY_PARTS,
  CONTACT_LIST_NAMES,
  CONTACT_LIST_SOURCES,
  CUSTOM_DISPOSITIONS,
  FIRST_NAMES,
  IANA_ZONE,
  LAST_NAMES,
  REP_LICENSES,
  SEQUENCE_NAMES,
  TIMEZONE_SPELLINGS,
  TITLES,
  US_ZONES,
} from './vocabulary.ts';
import type { ContactListSource, UsZone } from './vocabulary.ts';

/**
 * The account around the calls: dispositions, the team's reps, contact lists, the contact pool
 * and sequences. Small enough to keep as plain objects (the calls themselves are columns).
 */

export interface Team {
  _id: string;
  name: string;
}

export interface Rep {
  index: number;
  _id: string;
  first_name: string;
  last_name: string;
  email: string;
  zone: UsZone;
  timeZone: string;
  status: 'active' | 'inactive';
  license: string;
  /** Indexes into `Dataset.phones` of the rep's caller ids. */
  callerIds: number[];
  listIndexes: number[];
  sequenceIndexes: number[];
  /** No calls after this instant (the inactive rep left). */
  lastActiveMs: number;
}

export interface PhoneNumber {
  type: string;
  number: string;
}

export interface Contact {
  _id: string;
  first_name: string;
  last_name: string;
  company: string;
  email: string;
  title: string;
  timezone: string;
  phone_numbers: PhoneNumber[];
  phoneIndexes: number[];
  listIndex: number;
  /** Lower-cased first, last, "first last" and company, newline-separated, for `search`. */
  searchText: string;
}

export interface ContactList {
  index: number;
  _id: string;
  name: string;
  source: ContactListSource;
  ownerIndex: number;
  total_contacts: number;
  createdAtMs: number;
  contactStart: number;
  contactEnd: number;
}

export interface Sequence {
  index: number;
  id: string;
  name: string;
  total_calls: number;
  firstUsedMs: number | null;
  lastUsedMs: number | null;
}

export interface Disposition {
  _id: string;
  id: number;
  name: string;
  is_custom: boolean;
  is_required: boolean;
  category: DispositionCategory;
}

export function secondsOf(ms: number): number {
  return Math.floor(ms / 1000);
}

export function contactPoolSize(calls: number): number {
  // Parallel dialers call each contact many times; the pool grows slower than the call count.
  return Math.min(60_000, Math.max(300, Math.round(calls * 0.3)));
}

export function buildDispositions(seed: number, windowStartMs: number): Disposition[] {
  const all = [
    ...DEFAULT_DISPOSITIONS.map((d) => ({ ...d, is_custom: false })),
    ...CUSTOM_DISPOSITIONS.map((d) => ({ ...d, is_custom: true })),
  ];
  return all.map((d) => ({
    _id: objectId(seed, ID_KIND.disposition, secondsOf(windowStartMs - 300 * DAY_MS), d.id),
    id: d.id,
    name: d.name,
    is_custom: d.is_custom,
    // The defaults ship with every account and cannot be removed; custom ones are optional.
    is_required: !d.is_custom,
    category: d.category,
  }));
}

const REP_COUNT = 12;

export function buildReps(
  rng: Random,
  seed: number,
  team: Team,
  phones: string[],
  nowMs: number,
  windowStartMs: number,
): Rep[] {
  const domain = `${team.name.split(' ')[0]?.toLowerCase() ?? 'team'}.example`;
  const usedNames = new Set<string>();
  const reps: Rep[] = [];
  for (let index = 0; index < REP_COUNT; index++) {
    let first: string = rng.pick(FIRST_NAMES);
    let last: string = rng.pick(LAST_NAMES);
    while (usedNames.has(`${first} ${last}`) || usedNames.has(first)) {
      first = rng.pick(FIRST_NAMES);
      last = rng.pick(LAST_NAMES);
    }
    usedNames.add(first);
    usedNames.add(`${first} ${last}`);
    const zone = US_ZONES[index % US_ZONES.length] ?? 'ET';
    const callerIds: number[] = [];
    const callerIdCount = rng.chance(0.5) ? 2 : 1;
    for (let k = 0; k < callerIdCount; k++) {
      const area = rng.pick(AREA_CODES[zone]);
      callerIds.push(phones.push(`+1${area}555${String(rng.int(10_000)).padStart(4, '0')}`) - 1);
    }
    // The last rep left the team a month ago: inactive, with calls only before that.
    const isInactive = index === REP_COUNT - 1;
    reps.push({
      index,
      _id: objectId(seed, ID_KIND.user, secondsOf(windowStartMs - (200 - index) * DAY_MS), index),
      first_name: first,
      last_name: last,
      email: `${emailPart(first)}.${emailPart(last)}@${domain}`,
      zone,
      timeZone: IANA_ZONE[zone],
      status: isInactive ? 'inactive' : 'active',
      license: rng.pick(REP_LICENSES),
      callerIds,
      listIndexes: [],
      sequenceIndexes: [],
      lastActiveMs: isInactive ? nowMs - 30 * DAY_MS : nowMs,
    });
  }
  return reps;
}

function emailPart(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '');
}

export function buildSequences(rng: Random): Sequence[] {
  const count = 4 + rng.int(3);
  const ids = new Set<string>();
  return SEQUENCE_NAMES.slice(0, count).map((name, index) => {
    let id = `seq_${10_000 + rng.int(90_000)}`;
    while (ids.has(id)) id = `seq_${10_000 + rng.int(90_000)}`;
    ids.add(id);
    return { index, id, name, total_calls: 0, firstUsedMs: null, lastUsedMs: null };
  });
}

export function buildLists(
  rng: Random,
  seed: number,
  reps: Rep[],
  windowStartMs: number,
): ContactList[] {
  const count = 8 + rng.int(5);
  const names = [...CONTACT_LIST_NAMES];
  return Array.from({ length: count }, (_, index) => {
    const name = names.splice(rng.int(names.length), 1)[0] ?? `List ${index + 1}`;
    // Imported over the months before the window, so every list predates its calls.
    const createdAtMs =
      windowStartMs - 120 * DAY_MS + Math.floor(rng.next() * 110 * DAY_MS) + rng.int(1000);
    return {
      index,
      _id: objectId(seed, ID_KIND.list, secondsOf(createdAtMs), index),
      name,
      source: rng.pick(CONTACT_LIST_SOURCES),
      ownerIndex: rng.int(reps.length - 1),
      total_contacts: 0,
      createdAtMs,
      contactStart: 0,
      contactEnd: 0,
    };
  });
}

type ContactZone = UsZone | 'UK';
const CONTACT_ZONES: readonly ContactZone[] = ['ET', 'CT', 'MT', 'PT', 'UK'];
const CONTACT_ZONE_WEIGHTS = cumulativeWeights([40, 25, 10, 22, 3]);
const PHONE_TYPES = ['mobile', 'work', 'direct', 'office'] as const;

/** The same North American number the way different CRMs and people type it. */
function formatUsNumber(area: number, line: string, style: number): string {
  switch (style) {
    case 0:
      return `(${area}) 555-${line}`;
    case 1:
      return `1${area}555${line}`;
    case 2:
      return `+1${area}555${line}`;
    case 3:
      return `${area}.555.${line}`;
    case 4:
      return `${area}-555-${line}`;
    default:
      return `+1 (${area}) 555-${line}`;
  }
}

function formatUkNumber(line: string, style: number): string {
  // Ofcom reserves 020 7946 0000–0999 for fiction.
  const tail = `0${line.slice(1)}`;
  if (style % 3 === 0) return `+44 20 7946 ${tail}`;
  if (style % 3 === 1) return `020 7946 ${tail}`;
  return `+44207946${tail}`;
}

export function buildContacts(
  rng: Random,
  seed: number,
  lists: ContactList[],
  phones: string[],
  count: number,
  windowStartMs: number,
): Contact[] {
  const { COMPANY_FIRST, COMPANY_SECOND, COMPANY_SUFFIX } = COMPANY_PARTS;
  const companies = Array.from({ length: Math.max(20, Math.ceil(count / 3)) }, () => {
    const first = rng.pick(COMPANY_FIRST);
    const second = rng.pick(COMPANY_SECOND);
    return {
      name: `${first} ${second}${rng.pick(COMPANY_SUFFIX)}`,
      domain: `${(first + second).toLowerCase().replace(/[^a-z]/g, '')}.example`,
    };
  });

  // Contiguous index ranges per list, sized unevenly, so "a contact of list L" is a range pick.
  const weights = lists.map(() => 0.4 + rng.next() * 1.6);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  let start = 0;
  lists.forEach((list, i) => {
    const isLast = i === lists.length - 1;
    const size = isLast
      ? count - start
      : Math.max(1, Math.round((count * (weights[i] ?? 1)) / totalWeight));
    list.contactStart = start;
    list.contactEnd = Math.min(count, start + size);
    list.total_contacts = list.contactEnd - list.contactStart;
    start = list.contactEnd;
  });

  const contacts: Contact[] = [];
  let listIndex = 0;
  const createdSeconds = secondsOf(windowStartMs - 100 * DAY_MS);
  for (let i = 0; i < count; i++) {
    while (listIndex < lists.length - 1 && i >= (lists[listIndex]?.contactEnd ?? count))
      listIndex++;
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const company = rng.pick(companies);
    const zone = CONTACT_ZONES[rng.weighted(CONTACT_ZONE_WEIGHTS)] ?? 'ET';
    const phoneCount = rng.chance(0.6) ? 1 : rng.chance(0.85) ? 2 : 3;
    const style = rng.int(6);
    const phoneNumbers: PhoneNumber[] = [];
    const phoneIndexes: number[] = [];
    const typeOffset = rng.int(PHONE_TYPES.length);
    for (let k = 0; k < phoneCount; k++) {
      const line = String(rng.int(10_000)).padStart(4, '0');
      // One contact's numbers usually share a style: they came from the same import.
      const numberStyle = rng.chance(0.8) ? style : rng.int(6);
      const number =
        zone === 'UK'
          ? formatUkNumber(line, numberStyle)
          : formatUsNumber(rng.pick(AREA_CODES[zone]), line, numberStyle);
      phoneNumbers.push({
        type: PHONE_TYPES[(typeOffset + k) % PHONE_TYPES.length] ?? 'mobile',
        number,
      });
      phoneIndexes.push(phones.push(number) - 1);
    }
    const emailStyle = rng.int(3);
    const local =
      emailStyle === 0
        ? `${emailPart(first)}.${emailPart(last)}`
        : emailStyle === 1
          ? `${emailPart(first).slice(0, 1)}${emailPart(last)}`
          : emailPart(first);
    const timezone =
      zone === 'UK'
        ? rng.pick(['Europe/London', 'GMT', 'UK'])
        : rng.chance(0.05)
          ? ''
          : rng.pick(TIMEZONE_SPELLINGS[zone]);
    contacts.push({
      _id: objectId(seed, ID_KIND.contact, createdSeconds + i, i),
      first_name: first,
      last_name: last,
      company: company.name,
      email: `${local}@${company.domain}`,
      title: rng.pick(TITLES),
      timezone,
      phone_numbers: phoneNumbers,
      phoneIndexes,
      listIndex,
      searchText: `${first}\n${last}\n${first} ${last}\n${company.name}`.toLowerCase(),
    });
  }
  return contacts;
}

export function assignRepWork(
  rng: Random,
  reps: Rep[],
  lists: ContactList[],
  sequences: Sequence[],
): void {
  for (const list of lists) reps[list.ownerIndex]?.listIndexes.push(list.index);
  for (const rep of reps) {
    // Everyone also dials two shared lists, so every list sees calls from several reps.
    while (rep.listIndexes.length < 3) {
      const index = rng.int(lists.length);
      if (!rep.listIndexes.includes(index)) rep.listIndexes.push(index);
    }
    while (rep.sequenceIndexes.length < Math.min(2, sequences.length)) {
      const index = rng.int(sequences.length);
      if (!rep.sequenceIndexes.includes(index)) rep.sequenceIndexes.push(index);
    }
  }
}
