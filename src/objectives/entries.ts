/**
 * The objectives of a forum with the round table reviewing each, filtered by
 * a text and grouped for `<imrf-objectives>`. Pure.
 */
import type { Forum } from '../data/types.js';
import type { Catalog } from '../i18n/catalog.js';
import { pickText } from '../i18n/text.js';
import { objectiveTitle, type ObjectiveInfo, type RoundtableView } from '../gcm/roundtables.js';

/** The values of `group-by`; the first is the default. */
export const GROUP_BY = ['roundtable', 'number'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

/** An objective and the round table that reviews it (the first, if the data names several). */
export interface ObjectiveEntry {
  readonly objective: ObjectiveInfo;
  readonly view?: RoundtableView;
}

/** A group of entries: a round table's, or (without `view`) all or the unreviewed ones. */
export interface ObjectiveGroup {
  readonly view?: RoundtableView;
  readonly entries: readonly ObjectiveEntry[];
}

/** Every objective the forum lists or a round table reviews, by number. */
export function objectiveEntries(forum: Forum, views: readonly RoundtableView[]): ObjectiveEntry[] {
  const entries = new Map<number, ObjectiveEntry>(
    forum.objectives.map((objective) => [objective.number, { objective }]),
  );
  for (const view of views)
    for (const objective of view.objectives)
      if (!entries.get(objective.number)?.view) entries.set(objective.number, { objective, view });
  return [...entries.values()].sort((a, b) => a.objective.number - b.objective.number);
}

/** Lower case without accents or Arabic vowel marks, so "egalite" finds "Égalité". */
const fold = (value: string, locale: string) =>
  value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale);

/**
 * The entries matching every word of a query: a number matches the
 * objective's number, other words its short label or title in the locale.
 */
export function filterEntries(
  entries: readonly ObjectiveEntry[],
  query: string,
  locale: string,
  t: Catalog,
): readonly ObjectiveEntry[] {
  const words = fold(query, locale).split(/\s+/).filter(Boolean);
  if (words.length === 0) return entries;
  return entries.filter(({ objective }) => {
    const text = fold(
      `${pickText(objective.short, locale)} ${objectiveTitle(objective, locale, t)}`,
      locale,
    );
    return words.every((word) =>
      /^#?\d+$/.test(word)
        ? Number(word.replace('#', '')) === objective.number
        : text.includes(word),
    );
  });
}

/** By round table (in their order, then those no round table reviews), or one list by number. */
export function groupEntries(
  entries: readonly ObjectiveEntry[],
  views: readonly RoundtableView[],
  by: GroupBy,
): ObjectiveGroup[] {
  const groups: ObjectiveGroup[] =
    by === 'number'
      ? [{ entries }]
      : [
          ...views.map((view) => ({ view, entries: entries.filter((e) => e.view === view) })),
          { entries: entries.filter((e) => !e.view) },
        ];
  return groups.filter((group) => group.entries.length > 0);
}
