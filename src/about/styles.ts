import { css } from 'lit';

/** The styles of `<imrf-about>`; its public hooks are documented on the class. */
export const aboutStyles = css`
  :host {
    --_about-accent: var(--imrf-about-accent, var(--_primary));
    --_about-gap: var(--imrf-about-gap, var(--_space-5));
    --_about-card-background: var(--imrf-about-card-background, var(--_surface-alt));
    --_about-live: var(--imrf-about-live-color, var(--_live));
  }
  .root {
    container-type: inline-size;
  }
  .blocks {
    display: grid;
    gap: var(--_about-gap);
  }
  .block {
    display: grid;
    gap: var(--_space-3);
    align-content: start;
  }
  [role='heading'] {
    font-weight: 700;
    line-height: 1.25;
  }
  .block > [role='heading'],
  .card > [role='heading'] {
    font-size: 1.25em;
    padding-block-end: var(--_space-1);
    border-block-end: 0.15em solid var(--_about-accent);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space-2) var(--_space-4);
  }
  dt {
    font-weight: 600;
  }
  @container (max-width: 30em) {
    dl {
      grid-template-columns: 1fr;
      gap: var(--_space-1);
    }
    dd + dt {
      margin-block-start: var(--_space-2);
    }
  }
  ul,
  ol {
    list-style: none;
    display: grid;
    gap: var(--_space-3);
  }
  .parts {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
    gap: var(--_space-4);
  }
  .part {
    display: grid;
    gap: var(--_space-2);
    align-content: start;
    padding: var(--_space-3) var(--_space-4);
    border-inline-start: 0.3em solid var(--_about-accent);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .part .sessions,
  .part .roundtables {
    gap: var(--_space-2);
  }
  li > span,
  li > a {
    display: block;
  }
  .name,
  .outcome-title {
    font-weight: 600;
  }
  .outcome-title {
    font-size: 1.125em;
  }
  .muted {
    color: var(--_text-muted);
  }
  .principles {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .principles > li {
    padding: var(--_space-1) var(--_space-3);
    border: 0.0625em solid var(--_border);
    border-radius: 1em;
  }
  .ways > li p {
    margin-block-start: var(--_space-1);
  }
  .card {
    display: grid;
    gap: var(--_space-3);
    padding: var(--_space-4);
    border: 0.0625em solid var(--_border);
    border-block-start: 0.3em solid var(--_about-accent);
    border-radius: var(--_radius);
    background: var(--_about-card-background);
  }
  .lead {
    font-size: 1.125em;
    font-weight: 600;
  }
  .label {
    font-weight: 700;
    text-transform: uppercase;
    font-size: 0.875em;
    letter-spacing: 0.03em;
  }
  #card-live {
    color: var(--_about-live);
  }
  #card-live::before {
    content: '● ' / '';
  }
  .watch {
    justify-self: start;
    font-weight: 600;
  }
  .symbol {
    font-variant-numeric: tabular-nums;
  }
  @media print {
    .root {
      background: none;
      color: black;
    }
    .part,
    .card,
    .principles > li {
      background: none;
      break-inside: avoid;
    }
    a {
      color: inherit;
    }
    a[href^='http']::after {
      content: ' <' attr(href) '>';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
  }
`;
