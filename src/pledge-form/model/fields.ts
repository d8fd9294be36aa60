/**
 * The pledge form's model: its steps, its fields, the values they allow and
 * the answers a person gives, as the form holds them (and saves them as a
 * draft). The body sent to the partner's endpoint is built from the answers
 * in `body.ts`.
 */

/** The steps, in order; `done` follows a confirmed submission. */
export const STEPS = ['about', 'pledge', 'check'] as const;
export type Step = (typeof STEPS)[number];

/** Who pledges (the pledging initiative's list). */
export const ENTITY_TYPES = [
  'member-state',
  'local-government',
  'un-entity',
  'intergovernmental',
  'civil-society',
  'migrant-diaspora',
  'private-sector',
  'trade-union',
  'academia',
  'human-rights-institution',
  'other',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The forms a pledge can take. */
export const COMMITMENTS = ['financial', 'human-resources', 'process', 'policy'] as const;
export type Commitment = (typeof COMMITMENTS)[number];

/** Where the pledge acts. */
export const LEVELS = ['local', 'national', 'regional', 'international'] as const;
export type Level = (typeof LEVELS)[number];

export const TITLE_MAX = 150;
export const DESCRIPTION_MIN = 300;
export const DESCRIPTION_MAX = 3000;

/** Every field, in the order of the form, with its step. */
export const FIELDS = {
  entityName: 'about',
  entityType: 'about',
  country: 'about',
  contactName: 'about',
  email: 'about',
  phone: 'about',
  title: 'pledge',
  description: 'pledge',
  commitments: 'pledge',
  objectives: 'pledge',
  guidingPrinciples: 'pledge',
  levels: 'pledge',
  startDate: 'pledge',
  endDate: 'pledge',
  indicators: 'pledge',
  partners: 'pledge',
  matchesPledge: 'pledge',
  migrants: 'pledge',
} as const satisfies Record<string, Step>;
export type Field = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as Field[];

/** The fields of a step, in order. */
export const fieldsOf = (step: Step): Field[] => FIELD_NAMES.filter((f) => FIELDS[f] === step);

/** The fields that may be left empty. */
export const OPTIONAL: readonly Field[] = [
  'country',
  'phone',
  'guidingPrinciples',
  'partners',
  'matchesPledge',
];

/** The answers as the form holds them: text as typed, choices as lists. */
export interface PledgeAnswers {
  entityName: string;
  entityType: EntityType | '';
  /** ISO 3166-1 alpha-2, or '' */
  country: string;
  contactName: string;
  email: string;
  phone: string;
  title: string;
  description: string;
  commitments: Commitment[];
  objectives: number[];
  /** Ids of the forum's guiding principles. */
  guidingPrinciples: string[];
  levels: Level[];
  /** As typed: a date written year-month-day (see `isoDate`). */
  startDate: string;
  endDate: string;
  indicators: string;
  /** One partner per line. */
  partners: string;
  matchesPledge: string;
  /** The pledge concerns migrants (refugees and asylum seekers are outside the Compact). */
  migrants: boolean;
}

/** What a partner page can fill in for people: `objectives="7 17"`, `entity-type`, `country`. */
export interface Prefill {
  objectives?: string | null;
  entityType?: string | null;
  country?: string | null;
}

const TEXT = new Set<Field>([
  'entityName',
  'contactName',
  'email',
  'phone',
  'title',
  'description',
  'startDate',
  'endDate',
  'indicators',
  'partners',
  'matchesPledge',
]);

/** A country code if the text is one (any case), else ''. */
const countryCode = (value: unknown) =>
  typeof value === 'string' && /^[a-z]{2}$/i.test(value.trim()) ? value.trim().toUpperCase() : '';

/** Objective numbers (1–23) from a list or a space- or comma-separated text, sorted, once each. */
export function objectiveNumbers(value: unknown): number[] {
  const items =
    typeof value === 'string' ? value.split(/[\s,]+/) : Array.isArray(value) ? value : [];
  const numbers = items.map(Number).filter((n) => Number.isInteger(n) && n >= 1 && n <= 23);
  return [...new Set(numbers)].sort((a, b) => a - b);
}

const pick = <T extends string>(allowed: readonly T[], value: unknown): T[] =>
  Array.isArray(value) ? allowed.filter((item) => value.includes(item)) : [];

/**
 * Answers from anything (a stored draft, a partner's object): every field of
 * the right type, unknown values dropped. Never throws.
 */
export function normalizeAnswers(input: unknown): PledgeAnswers {
  const source = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const answers = {} as Record<string, unknown>;
  for (const field of TEXT) {
    const value = source[field];
    answers[field] = typeof value === 'string' ? value : '';
  }
  const type = source.entityType as EntityType;
  const principles = source.guidingPrinciples;
  return {
    ...(answers as unknown as PledgeAnswers),
    entityType: ENTITY_TYPES.includes(type) ? type : '',
    country: countryCode(source.country),
    commitments: pick(COMMITMENTS, source.commitments),
    objectives: objectiveNumbers(source.objectives),
    guidingPrinciples: Array.isArray(principles)
      ? [...new Set(principles.filter((p): p is string => typeof p === 'string'))]
      : [],
    levels: pick(LEVELS, source.levels),
    migrants: source.migrants === true,
  };
}

/** Fresh answers, with what the partner page filled in. */
export const emptyAnswers = (prefill: Prefill = {}): PledgeAnswers =>
  normalizeAnswers({
    objectives: prefill.objectives ?? '',
    entityType: prefill.entityType?.trim(),
    country: prefill.country,
  });

/** A text's length as people (and JSON Schema) count it: in characters, not UTF-16 units. */
export const charCount = (text: string): number => [...text.trim()].length;

/**
 * The date a text names, as YYYY-MM-DD: year, month and day in that order
 * (ISO 8601, the same in every language), separated by `-`, `/`, `.` or
 * spaces, month and day with one or two digits. '' when it is not a real date.
 */
export function isoDate(text: string): string {
  const parts = /^(\d{4})[-/.\s]+(\d{1,2})[-/.\s]+(\d{1,2})$/.exec(text.trim());
  if (!parts) return '';
  const iso = `${parts[1]}-${parts[2]!.padStart(2, '0')}-${parts[3]!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : '';
}

/** The partners, one per line, without empty lines. */
export const partnerList = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Where a field's answer sits in the body, when not at its own name. */
export const BODY_PATHS: Partial<Record<Field, string>> = {
  entityName: 'entity.name',
  entityType: 'entity.type',
  country: 'entity.country',
  contactName: 'contact.name',
  email: 'contact.email',
  phone: 'contact.phone',
};

/**
 * The field a server's error key names: a field name (`title`), a body path
 * (`entity.name`, `contact.email`, `/entity/name`), or an item of one
 * (`partners[2]`, `objectives.0`). Undefined for anything else.
 */
export function fieldOfKey(key: string): Field | undefined {
  const path = key
    .replace(/^\//, '')
    .replace(/\//g, '.')
    .replace(/(\[\d+\]|\.\d+)$/, '');
  return FIELD_NAMES.find((field) => field === path || BODY_PATHS[field] === path);
}
