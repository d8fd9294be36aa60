import { css } from 'lit';

/** An objective's number badge and short label, shared with `<imrf-objectives>`. */
export const objectiveStyles = css`
  .number {
    flex: none;
    min-inline-size: 2em;
    padding-inline: var(--_space-1);
    text-align: center;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    color: var(--_on-primary);
    background: var(--_primary-strong);
    border-radius: 1em;
  }
  .short {
    display: block;
    font-weight: 600;
  }
`;
