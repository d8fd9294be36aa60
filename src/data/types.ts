/**
 * The forum data contract, version 1: what partners write (`*Input` types,
 * mirrored by `data/forum.schema.json`) and the validated model every element
 * reads (`Forum` and its parts).
 */

/** The session kinds the contract knows. An unknown kind renders as `other`. */
export const SESSION_KINDS = [
  'hearing',
  'roundtable',
  'policy-debate',
  'plenary',
  'side-event',
  'other',
] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** The kinds of ways to take part the contract knows. An unknown kind is read as `other`. */
export const PARTICIPATION_KINDS = [
  'pledge',
  'review',
  'practice',
  'dialogue',
  'side-events',
  'other',
] as const;
export type ParticipationKind = (typeof PARTICIPATION_KINDS)[number];

/** How a session can be attended: in the room, online, or both. */
export const SESSION_FORMATS = ['in-person', 'online', 'hybrid'] as const;
export type SessionFormat = (typeof SESSION_FORMATS)[number];

/**
 * A human-readable text: one string, or a map of BCP 47 language tags to
 * strings (`{"en": "Round table 3", "fr": "Table ronde 3"}`).
 */
export type LocalizedText = string | Readonly<Record<string, string>>;

// ---------------------------------------------------------------------------
// What partners write (the JSON file). Every field is checked at the boundary;
// unknown fields are ignored.

export interface RoomInput {
  id: string;
  name: LocalizedText;
}

export interface SegmentInput {
  title: LocalizedText;
  description?: LocalizedText;
}

/** An entity that hosts a session (side events: their co-organizers). */
export interface OrganizerInput {
  name: LocalizedText;
  /** ISO 3166-1 alpha-2 code. */
  country?: string;
}

/** A person who speaks in a session. */
export interface SpeakerInput {
  /** As the person writes it; names are not translated. */
  name: string;
  /** "Moderator", "Panellist", "Keynote"… */
  role?: LocalizedText;
  affiliation?: LocalizedText;
}

export interface SessionInput {
  id: string;
  kind: string;
  title: LocalizedText;
  /** RFC 3339 date-time with an offset or `Z`. */
  start: string;
  /** RFC 3339 date-time with an offset or `Z`, after `start`. */
  end: string;
  room?: string;
  roundtable?: number;
  chair?: LocalizedText;
  facilitator?: LocalizedText;
  description?: LocalizedText;
  segments?: SegmentInput[];
  /** The id of the session this one continues. */
  continues?: string;
  url?: string;
  organizers?: OrganizerInput[];
  speakers?: SpeakerInput[];
  format?: SessionFormat;
  /** An http(s) link to take part online. */
  joinUrl?: string;
  /** An http(s) link to watch (UN Web TV for the main sessions). */
  webcastUrl?: string;
  /** GCM objective numbers, 1–23, that the session addresses. */
  objectives?: number[];
  /** A visible track label (programmes converted from other systems). */
  track?: LocalizedText;
}

export interface RoundtableInput {
  number: number;
  /** ISO 3166-1 alpha-2 codes. */
  coChairs: string[];
  /** GCM objective numbers, 1–23. */
  objectives: number[];
  /** The id of the round table's session. */
  session?: string;
  title?: LocalizedText;
}

export interface ObjectiveInput {
  number: number;
  title: LocalizedText;
  short?: LocalizedText;
}

export interface GuidingPrincipleInput {
  id: string;
  title: LocalizedText;
}

export interface DocumentInput {
  title: LocalizedText;
  symbol?: string;
  url?: string;
}

export interface CoFacilitatorInput {
  name: LocalizedText;
  /** ISO 3166-1 alpha-2 code. */
  country?: string;
  role?: LocalizedText;
}

export interface OutcomeInput {
  title: LocalizedText;
  /** The id of the session in which the outcome is adopted. */
  session?: string;
  coFacilitators?: CoFacilitatorInput[];
  /** The date the co-facilitators were appointed, YYYY-MM-DD. */
  appointed?: string;
  /** The outcome's own document, once there is one. */
  document?: DocumentInput;
}

export interface ParticipationInput {
  title: LocalizedText;
  description?: LocalizedText;
  url?: string;
  kind?: string;
}

export interface ForumInput {
  /** The schema the file follows, for editors (`data/forum.schema.json`). */
  $schema?: string;
  version: 1;
  id: string;
  title: LocalizedText;
  shortTitle?: LocalizedText;
  /** The IANA time zone of the forum's clock. */
  timeZone: string;
  /** The place whose clock `timeZone` keeps, per language (`{"en": "New York", "zh": "纽约"}`). */
  timeZoneName?: LocalizedText;
  venue?: LocalizedText;
  url?: string;
  chair?: LocalizedText;
  rooms?: RoomInput[];
  sessions: SessionInput[];
  roundtables?: RoundtableInput[];
  objectives?: ObjectiveInput[];
  guidingPrinciples?: GuidingPrincipleInput[];
  outcome?: OutcomeInput;
  documents?: DocumentInput[];
  /** Ways to take part in the forum: pledges, reviews, practices, dialogues, side events. */
  participation?: ParticipationInput[];
}

// ---------------------------------------------------------------------------
// The validated model. Everything here has been checked; optional parts are
// `undefined` rather than wrong.

export interface Room {
  readonly id: string;
  readonly name: LocalizedText;
}

export interface Segment {
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
}

export interface Organizer {
  readonly name: LocalizedText;
  /** Upper-case ISO 3166-1 alpha-2 code. */
  readonly country?: string;
}

export interface Speaker {
  readonly name: string;
  readonly role?: LocalizedText;
  readonly affiliation?: LocalizedText;
}

export interface Session {
  readonly id: string;
  readonly kind: SessionKind;
  readonly title: LocalizedText;
  /** The RFC 3339 start as written in the data. */
  readonly start: string;
  /** The RFC 3339 end as written in the data. */
  readonly end: string;
  /** `start` as epoch milliseconds. */
  readonly startMs: number;
  /** `end` as epoch milliseconds. */
  readonly endMs: number;
  /** The id of a room of the forum. */
  readonly room?: string;
  /** The number of a round table of the forum. */
  readonly roundtable?: number;
  readonly chair?: LocalizedText;
  readonly facilitator?: LocalizedText;
  readonly description?: LocalizedText;
  readonly segments: readonly Segment[];
  /** The id of a session of the forum that this one continues. */
  readonly continues?: string;
  /** An http(s) link. */
  readonly url?: string;
  /** Empty when the data names none. */
  readonly organizers: readonly Organizer[];
  /** In the data's order; empty when the data names none. */
  readonly speakers: readonly Speaker[];
  /** Absent: the data does not say (read as in person). */
  readonly format?: SessionFormat;
  /** An http(s) link to take part online. */
  readonly joinUrl?: string;
  /** An http(s) link to watch. */
  readonly webcastUrl?: string;
  /** GCM objective numbers the session addresses, ascending, unique; empty when none. */
  readonly objectives: readonly number[];
  readonly track?: LocalizedText;
}

export interface Roundtable {
  readonly number: number;
  readonly coChairs: readonly string[];
  readonly objectives: readonly number[];
  readonly session?: string;
  readonly title?: LocalizedText;
}

export interface Objective {
  readonly number: number;
  readonly title: LocalizedText;
  readonly short?: LocalizedText;
}

export interface GuidingPrinciple {
  readonly id: string;
  readonly title: LocalizedText;
}

export interface ForumDocument {
  readonly title: LocalizedText;
  readonly symbol?: string;
  /** An http:, https: or mailto: link. */
  readonly url?: string;
}

export interface CoFacilitator {
  readonly name: LocalizedText;
  readonly country?: string;
  readonly role?: LocalizedText;
}

export interface Outcome {
  readonly title: LocalizedText;
  readonly session?: string;
  readonly coFacilitators: readonly CoFacilitator[];
  readonly appointed?: string;
  readonly document?: ForumDocument;
}

/** A way to take part in the forum. */
export interface Participation {
  readonly kind: ParticipationKind;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** An http:, https: or mailto: link. */
  readonly url?: string;
}

export interface Forum {
  readonly version: number;
  readonly id: string;
  readonly title: LocalizedText;
  readonly shortTitle?: LocalizedText;
  /** A valid IANA time zone (UTC when the data gave none that works). */
  readonly timeZone: string;
  /**
   * The place whose clock `timeZone` keeps, per language; only with the zone
   * it was written for (left out when `timeZone` fell back to UTC).
   */
  readonly timeZoneName?: LocalizedText;
  readonly venue?: LocalizedText;
  readonly url?: string;
  readonly chair?: LocalizedText;
  readonly rooms: readonly Room[];
  /** Sorted by start, then end, then room. */
  readonly sessions: readonly Session[];
  /** Sorted by number. */
  readonly roundtables: readonly Roundtable[];
  /** Sorted by number. */
  readonly objectives: readonly Objective[];
  readonly guidingPrinciples: readonly GuidingPrinciple[];
  readonly outcome?: Outcome;
  readonly documents: readonly ForumDocument[];
  /** Ways to take part, in the data's order. */
  readonly participation: readonly Participation[];
}

/** A part of the data that was left out or corrected, and why. */
export interface ValidationWarning {
  /** Where in the document, e.g. `sessions[3].start`. */
  readonly path: string;
  /** Why, e.g. `not an RFC 3339 date-time`. */
  readonly message: string;
}
