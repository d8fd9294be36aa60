/**
 * The forum's format, read from its sessions rather than written down: which
 * kinds of session it has (hearing, round tables, policy debate, plenary…),
 * in the order they first meet, with their dates, and its round tables with
 * their objectives and co-chairs. Pure.
 */
import type { Forum, Participation, Roundtable, Session, SessionKind } from '../data/types.js';

/** One kind of session of the forum. */
export interface FormatPart {
  readonly kind: SessionKind;
  /** The sessions of this kind that do not continue another, in order. */
  readonly sessions: readonly Session[];
  /** Start of the first and end of the last session of this kind (ms); undefined without sessions. */
  readonly start?: number;
  readonly end?: number;
}

/** A round table with the session that holds it, when there is one. */
export interface FormatRoundtable {
  readonly number: number;
  readonly table?: Roundtable;
  readonly session?: Session;
}

export interface ForumFormat {
  /** The kinds of session, in the order they first meet; round tables included even without sessions. */
  readonly parts: readonly FormatPart[];
  /** The round tables: the data's list, else one per round-table session. */
  readonly roundtables: readonly FormatRoundtable[];
  /** Side events, from the ways to take part. */
  readonly sideEvents: readonly Participation[];
  /** Start of the first session and end of the last (ms); undefined without sessions. */
  readonly start?: number;
  readonly end?: number;
}

export function deriveFormat(forum: Forum): ForumFormat {
  const byKind = new Map<SessionKind, Session[]>();
  let end: number | undefined;
  for (const session of forum.sessions) {
    const list = byKind.get(session.kind) ?? [];
    if (list.length === 0) byKind.set(session.kind, list);
    list.push(session);
    end = Math.max(end ?? -Infinity, session.endMs);
  }
  const parts: FormatPart[] = [...byKind].map(([kind, all]) => ({
    kind,
    sessions: all.filter((s) => s.continues === undefined),
    start: all[0]!.startMs,
    end: all.reduce((last, s) => Math.max(last, s.endMs), -Infinity),
  }));
  const byId = new Map(forum.sessions.map((s) => [s.id, s]));
  let roundtables: FormatRoundtable[] = forum.roundtables.map((table) => ({
    number: table.number,
    table,
    session:
      (table.session !== undefined ? byId.get(table.session) : undefined) ??
      forum.sessions.find((s) => s.roundtable === table.number),
  }));
  if (roundtables.length === 0)
    roundtables = (byKind.get('roundtable') ?? [])
      .filter((s) => s.continues === undefined)
      .map((session, i) => ({ number: session.roundtable ?? i + 1, session }));
  if (roundtables.length > 0 && !byKind.has('roundtable'))
    parts.push({ kind: 'roundtable', sessions: [] });
  return {
    parts,
    roundtables,
    sideEvents: forum.participation.filter((p) => p.kind === 'side-events'),
    start: forum.sessions[0]?.startMs,
    end,
  };
}
