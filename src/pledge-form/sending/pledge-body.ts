import {
  COMMITMENTS,
  isoDate,
  LEVELS,
  objectiveNumbers,
  partnerList,
  type Commitment,
  type EntityType,
  type Level,
  type PledgeAnswers,
} from '../model/fields.js';

/**
 * The pledge as it is sent (the submission contract, `data/pledge.schema.json`).
 * Optional answers left empty are left out.
 */
export interface PledgeBody {
  /** The forum's id, e.g. `imrf-2022`. */
  forum: string;
  /** The interface language the pledge was written in (`en`, `fr`, `ar`…). */
  locale: string;
  entity: { name: string; type: EntityType; country?: string };
  contact: { name: string; email: string; phone?: string };
  title: string;
  description: string;
  commitments: Commitment[];
  objectives: number[];
  guidingPrinciples?: string[];
  levels: Level[];
  /** YYYY-MM-DD */
  startDate: string;
  /** YYYY-MM-DD, after `startDate`. */
  endDate: string;
  indicators: string;
  partners?: string[];
  /** The ID or title of the pledge this one matches. */
  matchesPledge?: string;
}

/** Leaves out the keys whose value is '' or an empty list. */
function compact<T extends object>(value: T): T {
  const entries = Object.entries(value).filter(
    ([, v]) => v !== '' && !(Array.isArray(v) && v.length === 0),
  );
  return Object.fromEntries(entries) as T;
}

/**
 * The body for valid answers: text trimmed, choices once each and in a
 * stable order, optional answers left out when empty.
 */
export function buildPledgeBody(answers: PledgeAnswers, forum: string, locale: string): PledgeBody {
  const a = answers;
  return compact({
    forum,
    locale,
    entity: compact({
      name: a.entityName.trim(),
      type: a.entityType as EntityType,
      country: a.country,
    }),
    contact: compact({ name: a.contactName.trim(), email: a.email.trim(), phone: a.phone.trim() }),
    title: a.title.trim(),
    description: a.description.trim(),
    commitments: COMMITMENTS.filter((c) => a.commitments.includes(c)),
    objectives: objectiveNumbers(a.objectives),
    guidingPrinciples: [...new Set(a.guidingPrinciples)],
    levels: LEVELS.filter((l) => a.levels.includes(l)),
    startDate: isoDate(a.startDate),
    endDate: isoDate(a.endDate),
    indicators: a.indicators.trim(),
    partners: partnerList(a.partners),
    matchesPledge: a.matchesPledge.trim(),
  });
}
