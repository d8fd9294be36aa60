import { nothing } from 'lit';
import { html } from '../base/html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fill } from '../i18n/catalog.js';
import { formatDay } from '../i18n/format.js';
import { pickText, textLang } from '../i18n/text.js';
import { describeZone } from '../i18n/zone.js';
import { filtering, type FilterName } from './filters.js';
import type { View } from './templates.js';
import { LOCAL_ZONE, localZone } from '../i18n/zone.js';

export interface ToolbarActions {
  filter(name: FilterName, value: string): void;
  clear(): void;
  zone(value: string): void;
  download(): void;
  /** The value of the `time-zone` attribute. */
  readonly zoneValue: string | null;
  /** The search as typed (the filter itself is trimmed). */
  readonly searchValue: string;
  /**
   * False in the first render: each list holds only its chosen option (all a
   * closed list shows) until `wanted` is called, on the toolbar's first focus
   * or press, or after the first paint.
   */
  readonly options: boolean;
  wanted(): void;
}

/** The filter controls, the time-zone switch and the programme download. */
export function toolbarTemplate(v: View, a: ToolbarActions) {
  const { t, locale, index, filters, forum } = v;
  const s = t.schedule;
  const at = forum.sessions[0]?.startMs ?? 0;
  const change = (name: FilterName) => (e: Event) =>
    a.filter(name, (e.target as HTMLSelectElement | HTMLInputElement).value);
  // An option's third value is the language of a data text shown in English (lang="en").
  type Option = [value: string, text: string, lang?: string];
  const chosen = (name: FilterName, value: string) => String(filters[name]) === value;
  const select = (name: FilterName, label: string, all: string, options: Option[]) =>
    options.length > 1 || filters[name] !== null
      ? html`<label class="field"
          >${label}
          <select @change=${change(name)}>
            <option value="">${all}</option>
            ${(a.options ? options : options.filter(([value]) => chosen(name, value))).map(
              ([value, text, lang]) =>
                html`<option
                  value=${value}
                  lang=${ifDefined(lang)}
                  .selected=${chosen(name, value)}
                >
                  ${text}
                </option>`,
            )}
          </select>
        </label>`
      : nothing;
  // Forum time, the visitor's own, and any other zone the attribute asks for.
  const zones: [string, string][] = [
    ['', describeZone(forum.timeZone, at, locale, t, forum.timeZoneName)],
  ];
  if (localZone() !== forum.timeZone)
    zones.push([LOCAL_ZONE, fill(s.yourTime, { zone: describeZone(localZone(), at, locale, t) })]);
  if (v.zone !== forum.timeZone && v.zone !== localZone())
    zones.push([a.zoneValue ?? '', describeZone(v.zone, at, locale, t)]);
  const checked = (value: string) =>
    value === LOCAL_ZONE
      ? v.zone === localZone()
      : value
        ? v.zone === value
        : v.zone === forum.timeZone;
  return html`<div class="toolbar" part="toolbar">
    <form
      class="filters"
      role="search"
      aria-label=${s.filters}
      ?data-held=${!a.options}
      @submit=${(e: Event) => e.preventDefault()}
      @focusin=${a.options ? undefined : a.wanted}
      @pointerdown=${a.options ? undefined : a.wanted}
    >
      ${select(
        'day',
        s.day,
        s.allDays,
        [...index.days.entries()].map(([key, ms]) => [
          key,
          v.times.text(`day ${key}`, () => formatDay(ms, locale, forum.timeZone)),
        ]),
      )}
      ${select(
        'room',
        s.room,
        s.allRooms,
        index.usedRooms.map(
          (r): Option => [r.id, pickText(r.name, locale), textLang(r.name, locale)],
        ),
      )}
      ${select(
        'kind',
        s.kind,
        s.allKinds,
        index.kinds.map((k) => [k, t.common.kinds[k]]),
      )}
      ${select(
        'objective',
        s.objective,
        s.allObjectives,
        index.objectives.map((n): Option => {
          const objective = forum.objectives.find((o) => o.number === n);
          const name = objective?.short ?? objective?.title;
          return [
            String(n),
            name ? `${n}. ${pickText(name, locale)}` : String(n),
            textLang(name, locale),
          ];
        }),
      )}
      <label class="field"
        >${s.search}
        <input type="search" .value=${a.searchValue} @input=${change('search')} />
      </label>
      ${filtering(filters)
        ? html`<button type="button" class="secondary" @click=${a.clear}>${s.clear}</button>`
        : nothing}
    </form>
    ${zones.length > 1
      ? html`<fieldset>
          <legend>${s.showTimesIn}</legend>
          ${zones.map(
            ([value, label]) =>
              html`<label>
                <input
                  type="radio"
                  name="zone"
                  value=${value}
                  .checked=${checked(value)}
                  @change=${() => a.zone(value)}
                />
                ${label}
              </label>`,
          )}
        </fieldset>`
      : nothing}
    <button part="download-button" @click=${a.download}>${s.download}</button>
  </div>`;
}
