/**
 * The blocks of `<imrf-about>`'s full view, as pure functions of the view.
 * A block with nothing to show renders `nothing`, so it disappears.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FormatPart, FormatRoundtable } from './format.js';
import { fill } from '../i18n/catalog.js';
import { coChairNames } from '../gcm/co-chairs.js';
import { countryName } from '../i18n/countries.js';
import { formatList } from '../i18n/format.js';
import { plural } from '../i18n/plural.js';
import { pickText } from '../i18n/text.js';
import type { AboutSection } from './sections.js';
import { templateLink } from './links.js';
import {
  dataText,
  formatCalendarDate,
  formatDate,
  formatDates,
  heading,
  detail,
  linked,
  type AboutView,
} from './view.js';

type Block = TemplateResult | typeof nothing;

/** A part lists this many sessions or round tables at most, then says how many more. */
export const LISTED = 12;

/** "and 4 more" after a cut list. */
const more = (v: AboutView, total: number) =>
  total > LISTED
    ? html`<li class="more muted">${plural(v.t.about.more, total - LISTED, v.locale)}</li>`
    : nothing;

/** A block: a `section` named by its heading. */
const block = (v: AboutView, name: AboutSection, title: unknown, body: unknown) =>
  html`<section class="block ${name}" part="section ${name}" aria-labelledby="about-${name}">
    ${heading(v.level, title, `about-${name}`)} ${body}
  </section>`;

function overview(v: AboutView): Block {
  const { t, forum, format } = v;
  const dates =
    format.start !== undefined && format.end !== undefined
      ? formatDates(v, format.start, format.end)
      : '';
  return block(
    v,
    'overview',
    dataText(v, forum.title),
    html`<dl part="details">
      ${detail(t.about.dates, dates)} ${detail(t.about.venue, dataText(v, forum.venue))}
      ${detail(t.about.chair, dataText(v, forum.chair))}
    </dl>`,
  );
}

function roundtableItem(v: AboutView, rt: FormatRoundtable) {
  const { t, locale } = v;
  const title =
    pickText(rt.session?.title, locale) ||
    pickText(rt.table?.title, locale) ||
    fill(t.roundtable.title, { number: rt.number });
  const objectives = rt.table?.objectives ?? [];
  const coChairs = rt.table?.coChairs ?? [];
  return html`<li part="roundtable">
    <span class="name" dir="auto"
      >${linked(templateLink(v.roundtableHref, { number: rt.number }), title)}</span
    >
    ${rt.session ? html`<span class="muted">${formatDate(v, rt.session.startMs)}</span>` : nothing}
    ${objectives.length > 0
      ? html`<span
          >${fill(t.about.objectives, { list: formatList(objectives.map(String), locale) })}</span
        >`
      : nothing}
    ${coChairs.length > 0
      ? html`<span>${fill(t.about.coChairs, { names: coChairNames(coChairs, locale) })}</span>`
      : nothing}
  </li>`;
}

function part(v: AboutView, p: FormatPart) {
  const { t } = v;
  const roundtables = p.kind === 'roundtable';
  const title = roundtables
    ? plural(t.about.roundtables, v.format.roundtables.length, v.locale)
    : t.common.kinds[p.kind];
  return html`<li class="part ${p.kind}" part="format-part">
    ${heading(v.level + 1, title, `about-part-${p.kind}`, 'part-heading')}
    ${p.start !== undefined && p.end !== undefined
      ? html`<p class="muted">${formatDates(v, p.start, p.end)}</p>`
      : nothing}
    ${roundtables
      ? html`<ol class="roundtables">
          ${v.format.roundtables.slice(0, LISTED).map((rt) => roundtableItem(v, rt))}
          ${more(v, v.format.roundtables.length)}
        </ol>`
      : html`<ul class="sessions">
          ${p.sessions.slice(0, LISTED).map(
            (s) =>
              html`<li>
                ${dataText(v, s.title)}
                ${s.facilitator
                  ? html`<span class="muted"
                      >${fill(t.about.facilitator, {
                        name: pickText(s.facilitator, v.locale),
                      })}</span
                    >`
                  : nothing}
              </li>`,
          )}
          ${more(v, p.sessions.length)}
        </ul>`}
  </li>`;
}

function format(v: AboutView): Block {
  const { t, format } = v;
  if (format.parts.length === 0 && format.sideEvents.length === 0) return nothing;
  return block(
    v,
    'format',
    t.about.sections.format,
    html`<ul class="parts">
      ${format.parts.map((p) => part(v, p))}
      ${format.sideEvents.length > 0
        ? html`<li class="part side-events" part="format-part">
            ${heading(v.level + 1, t.about.sideEvents, 'about-part-side-events', 'part-heading')}
            ${format.sideEvents.map((e) =>
              e.description ? html`<p>${dataText(v, e.description)}</p>` : nothing,
            )}
          </li>`
        : nothing}
    </ul>`,
  );
}

function outcome(v: AboutView): Block {
  const { t, forum, locale } = v;
  const o = forum.outcome;
  if (!o) return nothing;
  const session = o.session ? forum.sessions.find((s) => s.id === o.session) : undefined;
  const doc = o.document;
  return block(
    v,
    'outcome',
    t.about.sections.outcome,
    html`<p class="outcome-title" part="outcome-title">${dataText(v, o.title)}</p>
      <dl part="details">
        ${o.coFacilitators.length > 0
          ? detail(
              t.about.coFacilitators,
              html`<ul class="people">
                ${o.coFacilitators.map(
                  (c) =>
                    html`<li part="co-facilitator">
                      <span class="name">${dataText(v, c.name)}</span>
                      ${c.country ? html`<span>${countryName(c.country, locale)}</span>` : nothing}
                      ${c.role ? html`<span class="muted">${dataText(v, c.role)}</span>` : nothing}
                    </li>`,
                )}
              </ul>`,
            )
          : nothing}
        ${o.appointed
          ? detail(t.about.appointed, formatCalendarDate(locale, o.appointed))
          : nothing}
        ${session
          ? detail(
              t.about.adoption,
              html`${linked(
                templateLink(v.sessionHref, { id: session.id }),
                dataText(v, session.title),
              )},
              ${formatDate(v, session.startMs)}`,
            )
          : nothing}
        ${doc
          ? detail(
              t.about.outcomeDocument,
              html`${linked(doc.url, dataText(v, doc.title))}
              ${doc.symbol ? html`<bdi class="symbol" dir="ltr">${doc.symbol}</bdi>` : nothing}`,
            )
          : nothing}
      </dl>`,
  );
}

function documents(v: AboutView): Block {
  const { t, forum } = v;
  if (forum.documents.length === 0) return nothing;
  return block(
    v,
    'documents',
    t.about.sections.documents,
    html`<ul class="documents">
      ${forum.documents.map(
        (d) =>
          html`<li part="document">
            ${linked(d.url, dataText(v, d.title))}
            ${d.symbol
              ? html`<span class="muted"
                  >${t.about.symbol}: <bdi class="symbol" dir="ltr">${d.symbol}</bdi></span
                >`
              : nothing}
          </li>`,
      )}
    </ul>`,
  );
}

function principles(v: AboutView): Block {
  const { t, forum } = v;
  if (forum.guidingPrinciples.length === 0) return nothing;
  return block(
    v,
    'principles',
    t.about.sections.principles,
    html`<ul class="principles">
      ${forum.guidingPrinciples.map((g) => html`<li part="principle">${dataText(v, g.title)}</li>`)}
    </ul>`,
  );
}

function participation(v: AboutView): Block {
  const { t, forum } = v;
  if (forum.participation.length === 0) return nothing;
  return block(
    v,
    'participation',
    t.about.sections.participation,
    html`<ul class="ways">
      ${forum.participation.map(
        (p) =>
          html`<li class=${p.kind} part="way">
            <span class="name">${linked(p.url, dataText(v, p.title))}</span>
            ${p.description ? html`<p>${dataText(v, p.description)}</p>` : nothing}
          </li>`,
      )}
    </ul>`,
  );
}

/** The templates of the blocks, by name. */
export const BLOCKS: Readonly<Record<AboutSection, (v: AboutView) => Block>> = {
  overview,
  format,
  outcome,
  documents,
  principles,
  participation,
};
