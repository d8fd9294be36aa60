/**
 * The round tables of a forum joined with what the data says about them
 * elsewhere (their session, room and objectives), and the choice of which to
 * show. Pure: shared by `<imrf-roundtable>` and `<imrf-objectives>`.
 */
import type { Forum, LocalizedText, Room, Roundtable, Session } from '../data/types.js';
import { fill, type Catalog } from '../i18n/catalog.js';
import { pickText } from '../i18n/text.js';

/** An objective as far as the data knows it: a number, and a title when listed. */
export interface ObjectiveInfo {
  readonly number: number;
  readonly title?: LocalizedText;
  readonly short?: LocalizedText;
}

/** A round table with its session, room and objectives resolved. */
export interface RoundtableView {
  readonly table: Roundtable;
  readonly session?: Session;
  readonly room?: Room;
  /** In the table's order (by number). */
  readonly objectives: readonly ObjectiveInfo[];
}

// Resolved once per forum: every element showing the same forum (the default
// data, an <imrf-forum>'s) shares them. A forum is never changed once read.
const resolved = new WeakMap<Forum, readonly RoundtableView[]>();

/** Every round table of the forum, in order, with its parts resolved once per forum. */
export function resolveRoundtables(forum: Forum): readonly RoundtableView[] {
  let views = resolved.get(forum);
  if (!views) {
    const objectives = new Map(forum.objectives.map((o) => [o.number, o]));
    views = Object.freeze(
      forum.roundtables.map((table) => {
        const session = forum.sessions.find((s) => s.id === table.session);
        const room = session && forum.rooms.find((r) => r.id === session.room);
        return {
          table,
          ...(session && { session }),
          ...(room && { room }),
          objectives: table.objectives.map((number) => objectives.get(number) ?? { number }),
        };
      }),
    );
    resolved.set(forum, views);
  }
  return views;
}

/** The round table's title in a locale: its own, its session's, or "Round table N". */
export function roundtableTitle(view: RoundtableView, locale: string, t: Catalog): string {
  const title = view.table.title ?? view.session?.title;
  return (
    (title && pickText(title, locale)) || fill(t.roundtable.title, { number: view.table.number })
  );
}

/** The objective's title in a locale, or "Objective N" when the data has none. */
export function objectiveTitle(objective: ObjectiveInfo, locale: string, t: Catalog): string {
  return (
    pickText(objective.title, locale) || fill(t.roundtable.objective, { number: objective.number })
  );
}

/** What `<imrf-roundtable>` shows for its `number` and `objective`. */
export type Selection =
  | { readonly kind: 'all'; readonly views: readonly RoundtableView[] }
  | { readonly kind: 'one'; readonly view: RoundtableView; readonly highlight?: number }
  | { readonly kind: 'no-table' | 'no-objective'; readonly asked: string }
  | { readonly kind: 'none' };

/**
 * `number` picks a round table; otherwise `objective` picks the one that
 * reviews it (and is highlighted in either case); with neither, all of them.
 * `asked` keeps what the partner wrote, for the message when nothing matches.
 */
export function selectRoundtables(
  views: readonly RoundtableView[],
  number: number | null | undefined,
  objective: number | null | undefined,
  asked: { number?: string | null; objective?: string | null } = {},
): Selection {
  if (views.length === 0) return { kind: 'none' };
  const given = (value: number | null | undefined) => value !== undefined && value !== null;
  const highlight = given(objective) ? { highlight: objective! } : {};
  if (given(number)) {
    const view = views.find((v) => v.table.number === number);
    return view
      ? { kind: 'one', view, ...highlight }
      : { kind: 'no-table', asked: asked.number ?? String(number) };
  }
  if (given(objective)) {
    const view = views.find((v) => v.table.objectives.includes(objective!));
    return view
      ? { kind: 'one', view, ...highlight }
      : { kind: 'no-objective', asked: asked.objective ?? String(objective) };
  }
  return { kind: 'all', views };
}
