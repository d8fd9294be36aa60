import { css } from 'lit';

/**
 * The schedule's styles. One markup serves both layouts: below 40em of the
 * element's own width (a container query, so a sidebar gets the agenda on
 * any screen) each day's table is laid out as an agenda list, grouped by
 * time; from 40em it is a grid with the rooms of parallel sessions as columns.
 */
export const scheduleStyles = css`
  :host {
    --_accent: var(--imrf-schedule-accent, var(--_primary));
    --_session-background: var(--imrf-schedule-session-background, var(--_surface-alt));
    --_live-color: var(--imrf-schedule-live-color, var(--_live));
    --_highlight: var(--imrf-schedule-highlight, var(--_primary-strong));
    --_column: var(--imrf-schedule-column-min-width, 13em);
  }
  .root {
    container: imrf-schedule / inline-size;
  }
  header .title {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
  }
  .dates,
  .zone,
  .count,
  .legend {
    color: var(--_text-muted);
  }
  .zone,
  .countdown {
    margin-block-start: var(--_space-2);
  }
  .countdown {
    font-weight: 600;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space-3);
    margin-block: var(--_space-4) var(--_space-2);
    padding: var(--_space-3);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .filters {
    flex: 1 1 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space-3);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    flex: 1 1 10em;
    min-inline-size: 0;
    font-weight: 600;
  }
  select,
  input {
    font: inherit;
    font-weight: normal;
    color: var(--_text);
    background: var(--_surface);
    border: 0.0625em solid var(--_control-border);
    border-radius: var(--_radius);
    padding: var(--_space-2);
    min-block-size: 2.75em;
    inline-size: 100%;
    min-inline-size: 0;
  }
  fieldset {
    flex: 100 1 auto;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-4);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    float: inline-start;
    inline-size: 100%;
    padding: 0;
    font-weight: 600;
  }
  fieldset label {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    min-block-size: 2.75em;
  }
  input[type='radio'] {
    inline-size: 1.25em;
    min-block-size: 1.25em;
    margin: 0;
    accent-color: var(--_primary-strong);
  }
  .legend {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-4);
    margin-block: var(--_space-3);
  }
  .legend li,
  .kind {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
  }
  .shape {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
    fill: var(--_accent);
    color: var(--_accent);
  }
  .day {
    margin-block-start: var(--_space-5);
  }
  /* Very long programmes: days off screen cost no layout or paint. */
  .long .day {
    content-visibility: auto;
    contain-intrinsic-size: auto 40em;
  }
  .day-heading {
    font-size: 1.125em;
    font-weight: 700;
    padding-block-end: var(--_space-1);
    border-block-end: 0.125em solid var(--_accent);
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    inline-size: 100%;
    border-collapse: separate;
    border-spacing: 0 var(--_space-2);
  }
  th,
  td {
    padding: 0;
    vertical-align: top;
    text-align: start;
  }
  th {
    /* Times and room names break between words only, however many columns. */
    overflow-wrap: normal;
  }
  td + td {
    padding-inline-start: var(--_space-2);
  }
  thead th {
    color: var(--_text-muted);
    font-size: 0.875em;
    padding-block-start: var(--_space-2);
  }
  th[scope='row'] {
    inline-size: 7em;
    padding-inline-end: var(--_space-3);
    padding-block-start: var(--_space-3);
    font-variant-numeric: tabular-nums;
  }
  .session {
    display: grid;
    align-content: start;
    gap: var(--_space-1);
    padding: var(--_space-3);
    background: var(--_session-background);
    border-inline-start: 0.25em solid var(--_accent);
    border-radius: var(--_radius);
  }
  .session + .session {
    margin-block-start: var(--_space-2);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-1) var(--_space-3);
    font-size: 0.875em;
  }
  .status {
    font-weight: 700;
  }
  .live {
    border-inline-start-color: var(--_live-color);
  }
  .live .status {
    color: var(--_live-color);
  }
  .live .status::before {
    content: '';
    display: inline-block;
    inline-size: 0.6em;
    block-size: 0.6em;
    margin-inline-end: var(--_space-1);
    border-radius: 50%;
    background: currentColor;
  }
  .next .status {
    color: var(--_primary-strong);
  }
  .past {
    background: transparent;
    border: 0.0625em dashed var(--_border);
    border-inline-start: 0.25em solid var(--_border);
  }
  .past .title,
  .past .status {
    color: var(--_text-muted);
  }
  .target {
    outline: 0.2em solid var(--_highlight);
    outline-offset: 0.1em;
  }
  .title {
    font-size: 1.0625em;
    font-weight: 600;
    line-height: 1.3;
  }
  button.title-button {
    all: unset;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  button.title-button:hover {
    text-decoration: underline;
  }
  button.title-button:focus-visible {
    outline: 0.15em solid var(--_primary-strong);
    outline-offset: 0.15em;
  }
  .when {
    font-variant-numeric: tabular-nums;
  }
  .meta {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 var(--_space-2);
    font-size: 0.9375em;
  }
  dt {
    color: var(--_text-muted);
  }
  .segments {
    padding-inline-start: 1.5em;
  }
  .session {
    overflow-wrap: anywhere;
  }
  .track {
    padding-inline: var(--_space-1);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }
  .organizers,
  .speakers {
    font-size: 0.9375em;
  }
  .organizers {
    color: var(--_text-muted);
  }
  .more-speakers {
    color: var(--_text-muted);
    white-space: nowrap;
  }
  /* Join and Watch: quiet links, prominent (filled) from shortly before the start to the end. */
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
  }
  .links a {
    color: var(--_primary-strong);
    font-weight: 600;
  }
  .links.open a {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75em;
    padding: var(--_space-1) var(--_space-3);
    border: 0.0625em solid var(--_primary-strong);
    border-radius: var(--_radius);
    text-decoration: none;
  }
  .links.open a.join,
  .links.open a.watch:only-child {
    color: var(--_on-primary);
    background: var(--_primary-strong);
  }
  .links.open a:hover {
    text-decoration: underline;
  }
  .details summary {
    cursor: pointer;
    inline-size: fit-content;
    min-block-size: 1.5em;
    color: var(--_primary-strong);
    font-weight: 600;
    font-size: 0.9375em;
  }
  .details summary:focus-visible,
  .links a:focus-visible {
    outline: 0.15em solid var(--_primary-strong);
    outline-offset: 0.15em;
  }
  .details[open] summary {
    margin-block-end: var(--_space-1);
  }
  .details > * + * {
    margin-block-start: var(--_space-1);
  }
  .speaker-list {
    padding-inline-start: 1.25em;
  }
  .session button.secondary,
  .more {
    justify-self: start;
    font-size: 0.875em;
    padding-block: var(--_space-1);
  }
  .more {
    margin-block-start: var(--_space-4);
  }
  @container imrf-schedule (width >= 40em) {
    .parallel .session {
      min-inline-size: var(--_column);
    }
    /*
     * Many rooms (a real conference: 8–12 in parallel): narrower columns and
     * smaller type, so 8 rooms fit 1,200 px; more scroll sideways with the
     * times kept in view.
     */
    .dense th[scope='row'] {
      inline-size: 4.5em;
      padding-inline-end: var(--_space-2);
      position: sticky;
      inset-inline-start: 0;
      z-index: 1;
      background: var(--_surface);
    }
    .dense td + td {
      padding-inline-start: var(--_space-1);
    }
    .dense .session {
      min-inline-size: var(--imrf-schedule-dense-column-min-width, 7.5em);
      padding: var(--_space-2);
      font-size: 0.875em;
    }
    .dense .session .title {
      font-size: 1em;
    }
    /* Long titles take three lines until the session is opened, targeted or printed. */
    .dense .session:not(.target, :has(details[open])) .title-button,
    .dense .session:not(.target, :has(details[open])) .title a {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 3;
      overflow: hidden;
    }
    .dense .tags {
      font-size: 0.8125em;
      gap: 0 var(--_space-2);
    }
    .dense .track {
      padding-inline: 0.25em;
    }
    /* The column header names the room: the cell keeps it for screen readers only. */
    .dense .when .place-line {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .dense .session button.secondary {
      min-block-size: 1.75em;
      padding: 0 var(--_space-2);
    }
    .dense .links.open a {
      min-block-size: 1.75em;
      padding-block: 0;
    }
  }
  @container imrf-schedule (width < 40em) {
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead,
    td.empty {
      display: none;
    }
    th[scope='row'] {
      inline-size: auto;
      padding: var(--_space-2) 0 var(--_space-1);
    }
    td + td {
      padding-inline-start: 0;
      margin-block-start: var(--_space-2);
    }
  }
  @media print {
    /* Paper is light, whatever the theme (these selectors outweigh the dark ones). */
    :host,
    :host([theme]),
    :host(:not([theme='light'])) {
      --_text: #000;
      --_text-muted: #333;
      --_surface: #fff;
      --_surface-alt: #fff;
      --_session-background: #fff;
      --_border: #777;
      color-scheme: light;
    }
    .toolbar,
    .session button.secondary,
    .more,
    .count,
    .details summary {
      display: none !important;
    }
    /* Paper shows everything: closed disclosures print open. */
    .details::details-content {
      content-visibility: visible;
      display: block;
      block-size: auto;
    }
    .links a {
      all: revert;
    }
    .title-button,
    .title a {
      display: inline !important;
      -webkit-line-clamp: none !important;
    }
    .scroll {
      overflow: visible;
    }
    .session,
    tr,
    .day-heading {
      break-inside: avoid;
    }
    .day-heading {
      break-after: avoid;
    }
  }
`;
