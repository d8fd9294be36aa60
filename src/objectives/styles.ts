import { css } from 'lit';

/** The styles of `<imrf-objectives>`; its public hooks are documented on the class. */
export const objectivesStyles = css`
  :host {
    --_ob-accent: var(--imrf-objectives-accent, var(--_primary));
    --_ob-highlight: color-mix(in srgb, var(--_ob-accent) 15%, var(--_surface));
    --_ob-column: var(--imrf-objectives-column-width, 15em);
    --_ob-gap: var(--imrf-objectives-gap, var(--_space-3));
  }
  .filter {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    max-inline-size: 30em;
  }
  label {
    font-weight: 600;
  }
  input {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 0.0625em solid var(--_control-border);
    border-radius: var(--_radius);
    padding: var(--_space-2) var(--_space-3);
    min-block-size: 2.75em;
  }
  .hint,
  .meta,
  .reviewed {
    color: var(--_text-muted);
  }
  .count {
    margin-block: var(--_space-2) var(--_space-3);
    font-weight: 600;
  }
  .count:empty {
    margin: 0;
  }
  .group-heading {
    font-size: 1.125em;
    line-height: 1.25;
  }
  .groups {
    display: grid;
    gap: var(--_space-5) var(--_space-4);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_ob-column)), 1fr));
    align-items: start;
  }
  .group {
    padding-block-start: var(--_space-2);
    border-block-start: 0.2em solid var(--_ob-accent);
  }
  .group > .meta {
    margin-block-end: var(--_space-2);
  }
  ol {
    list-style: none;
    display: grid;
    gap: var(--_ob-gap);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_ob-column)), 1fr));
  }
  /* Columns of flex inside the groups' grid: a one-column grid would measure
     every objective at its widest and narrowest first. */
  .group ol {
    display: flex;
    flex-direction: column;
  }
  /* The entry fills its cell of the by-number grid, with the round table under
     it; the space after it is there with or without a round table. */
  li {
    display: flex;
    flex-direction: column;
  }
  .entry {
    flex: 1 0 auto;
    margin-block-end: var(--_space-1);
    display: flex;
    gap: var(--_space-3);
    align-items: baseline;
    inline-size: 100%;
    padding: var(--_space-3);
    font: inherit;
    text-align: start;
    text-decoration: none;
    color: var(--_text);
    background: var(--_surface-alt);
    border: 0.0625em solid var(--_border);
    border-inline-start: 0.3em solid var(--_ob-accent);
    border-radius: var(--_radius);
  }
  a.entry .short {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .entry:hover {
    border-color: var(--_primary-strong);
  }
  .entry[aria-current='true'] {
    background: var(--_ob-highlight);
    border: 0.2em solid var(--_primary-strong);
    border-inline-start-width: 0.5em;
  }
  .title {
    display: block;
    font-size: 0.875em;
  }
  .reviewed {
    padding-inline-start: var(--_space-3);
    font-size: 0.875em;
  }
`;
