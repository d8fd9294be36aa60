import { css } from 'lit';

/**
 * Styles every element shares: the root wrapper, focus, buttons, links, the
 * loading and error states.
 */
export const shared = css`
  :focus-visible {
    outline: 0.15em solid var(--_primary-strong);
    outline-offset: 0.15em;
  }
  a {
    color: var(--_primary-strong);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  ol,
  dl,
  dd,
  figure {
    margin: 0;
  }
  ul,
  ol {
    padding: 0;
  }
  button {
    font: inherit;
    color: var(--_on-primary);
    background: var(--_primary-strong);
    border: 0.0625em solid var(--_primary-strong);
    border-radius: var(--_radius);
    padding: var(--_space-2) var(--_space-4);
    cursor: pointer;
    line-height: 1.25;
    min-block-size: 2.75em;
  }
  button.secondary {
    color: var(--_primary-strong);
    background: transparent;
  }
  .state {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-3);
    padding: var(--_space-4);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .state[role='alert'] {
    border-color: var(--_danger);
    border-inline-start-width: 0.3em;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }
`;
