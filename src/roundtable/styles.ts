import { css } from 'lit';

/** The styles of `<imrf-roundtable>`; its public hooks are documented on the class. */
export const roundtableStyles = css`
  :host {
    --_rt-accent: var(--imrf-roundtable-accent, var(--_primary));
    --_rt-border: var(--imrf-roundtable-card-border, var(--_border));
    --_rt-highlight: color-mix(in srgb, var(--_rt-accent) 15%, var(--_surface));
    --_rt-gap: var(--imrf-roundtable-gap, var(--_space-4));
  }
  .root {
    container-type: inline-size;
  }
  .cards {
    display: grid;
    gap: var(--_rt-gap);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 24em), 1fr));
  }
  /* Columns of flex and blocks inside the cards' grid: a grid here would
     measure every card's content at its widest and narrowest first. */
  article {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    padding: var(--_space-4);
    border: 0.0625em solid var(--_rt-border);
    border-block-start: 0.3em solid var(--_rt-accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .title {
    font-size: 1.25em;
    line-height: 1.25;
  }
  .objectives-heading {
    font-size: 1em;
  }
  dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--_space-1) var(--_space-4);
  }
  dt {
    font-weight: 600;
  }
  @container (max-width: 22em) {
    dl {
      grid-template-columns: 1fr;
    }
    dd + dt {
      margin-block-start: var(--_space-2);
    }
  }
  .description,
  .muted {
    color: var(--_text-muted);
  }
  ol {
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }
  .speakers {
    padding-inline-start: 1.25em;
  }
  .objectives > li {
    display: flex;
    gap: var(--_space-3);
    align-items: baseline;
    padding: var(--_space-1) var(--_space-2);
    border-inline-start: 0.25em solid transparent;
    border-radius: var(--_radius);
  }
  .objectives > li.highlighted {
    background: var(--_rt-highlight);
    border-inline-start-color: var(--_rt-accent);
  }
  article > button {
    align-self: start;
  }
  .summaries {
    list-style: none;
    display: grid;
    gap: var(--_space-2);
  }
  .summary > span + span::before {
    content: ' · ' / '';
  }
  mark {
    color: inherit;
    background: var(--_rt-highlight);
    outline: 0.1em solid var(--_rt-accent);
    font-weight: 700;
  }
`;
