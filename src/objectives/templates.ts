/**
 * The objectives' templates: a group (a round table's objectives, or the
 * list by number) and an objective. They read everything from a `ListView`
 * the element builds once per render.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from '../base/heading.js';
import { templateHref } from '../data/link-template.js';
import type { Catalog } from '../i18n/catalog.js';
import { pickText, textLang } from '../i18n/text.js';
import { coChairNames } from '../gcm/co-chairs.js';
import { slotDay } from '../gcm/slot-texts.js';
import { objectiveTitle, roundtableTitle, type RoundtableView } from '../gcm/roundtables.js';
import type { GroupBy, ObjectiveEntry, ObjectiveGroup } from './entries.js';

/** What the templates need, gathered by the element for one render. */
export interface ListView {
  readonly locale: string;
  readonly t: Catalog;
  readonly by: GroupBy;
  /** The level of the round tables' headings. */
  readonly level: number;
  /** The forum's zone, in which round tables' days are given. */
  readonly timeZone: string;
  /** The number of the highlighted objective. */
  readonly highlight: number | null;
  readonly objectiveHref: string | null;
  readonly roundtableHref: string | null;
  /** An objective was clicked. */
  readonly select: (entry: ObjectiveEntry, event: MouseEvent) => void;
}

/** A list of objectives; grouped by round table, under the round table's heading and slot. */
export function groupTemplate({ view, entries }: ObjectiveGroup, index: number, list: ListView) {
  const { locale, t } = list;
  const items = html`<ol
    part="list"
    aria-label=${list.by === 'number' ? t.objectives.label : nothing}
  >
    ${entries.map((entry) => entryTemplate(entry, list))}
  </ol>`;
  if (list.by === 'number') return items;
  const id = `group-${index}`;
  const session = view?.session;
  const meta = view && [
    coChairNames(view.table.coChairs, locale),
    session && slotDay(session.startMs, locale, list.timeZone),
  ];
  return html`<div class="group" part="group" role="group" aria-labelledby=${id}>
    ${heading(
      { level: list.level, id, className: 'group-heading', part: 'group-heading' },
      view ? roundtableTemplate(view, list) : t.objectives.unassigned,
    )}
    ${meta ? html`<p class="meta">${meta.filter(Boolean).join(' · ')}</p>` : nothing} ${items}
  </div>`;
}

/** The round table's title, as a link when `roundtable-href` makes one. */
function roundtableTemplate(view: RoundtableView, { locale, t, roundtableHref }: ListView) {
  const title = roundtableTitle(view, locale, t);
  const lang = textLang(view.table.title ?? view.session?.title, locale);
  const href = roundtableHref ? templateHref(roundtableHref, view.table.number) : undefined;
  return href
    ? html`<a href=${href} lang=${ifDefined(lang)}>${title}</a>`
    : html`<span lang=${ifDefined(lang)}>${title}</span>`;
}

/** An objective: its number, short label and title, as a button or a link. */
function entryTemplate(entry: ObjectiveEntry, list: ListView) {
  const { locale, t, objectiveHref } = list;
  const { objective, view } = entry;
  const marked = objective.number === list.highlight;
  const short = pickText(objective.short, locale);
  const content = html`<span class="number" part="number">${objective.number}</span>
    <span>
      ${short
        ? html`<span class="short" dir="auto" lang=${ifDefined(textLang(objective.short, locale))}
            >${short}</span
          >`
        : nothing}
      <span class="title" dir="auto" lang=${ifDefined(textLang(objective.title, locale))}
        >${objectiveTitle(objective, locale, t)}</span
      >
    </span>`;
  // (No template, no link: skips reading the page's base URL for each of 23 entries.)
  const href = objectiveHref ? templateHref(objectiveHref, objective.number) : undefined;
  const select = (event: MouseEvent) => list.select(entry, event);
  return html`<li part=${marked ? 'objective highlighted' : 'objective'}>
    ${href
      ? html`<a
          class="entry"
          part="entry"
          href=${href}
          aria-current=${ifDefined(marked ? 'true' : undefined)}
          @click=${select}
          >${content}</a
        >`
      : html`<button
          class="entry"
          part="entry"
          type="button"
          aria-current=${ifDefined(marked ? 'true' : undefined)}
          @click=${select}
        >
          ${content}
        </button>`}
    ${list.by === 'number' && view
      ? html`<span class="reviewed" part="roundtable">${roundtableTemplate(view, list)}</span>`
      : nothing}
  </li>`;
}
