import { css } from 'lit';

/** The pledge form's own styles (GOV.UK-like fields, summary, panels), on top of the shared ones. */
export const pledgeStyles = css`
  :host {
    --_field-width: var(--imrf-pledge-form-field-width, 30em);
    --_gap: var(--imrf-pledge-form-gap, var(--_space-5));
  }
  [hidden] {
    display: none !important;
  }
  .root {
    container-type: inline-size;
  }
  section,
  form {
    display: grid;
    gap: var(--_gap);
    justify-items: start;
  }
  section > *,
  form > * {
    max-inline-size: 100%;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .error-summary:focus {
    outline: 0.15em solid var(--_primary-strong);
    outline-offset: 0.15em;
  }
  .form-heading {
    font-size: 1.5em;
    line-height: 1.25;
  }
  .step-heading {
    font-size: 1.25em;
    line-height: 1.25;
  }
  .section-heading {
    font-size: 1.0625em;
  }
  .caption,
  .hint,
  .intro,
  .count {
    color: var(--_text-muted);
  }
  .caption {
    display: block;
    font-size: 0.8em;
    font-weight: normal;
  }
  .group {
    display: grid;
    gap: var(--_space-1);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
    inline-size: 100%;
  }
  .group > label,
  legend {
    font-weight: 600;
    padding: 0;
  }
  .invalid {
    border-inline-start: 0.3em solid var(--_danger);
    padding-inline-start: var(--_space-3);
  }
  .error-message,
  .count.over {
    color: var(--_danger);
    font-weight: 600;
  }
  input:not([type='checkbox'], [type='radio']),
  textarea,
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 0.125em solid var(--_control-border);
    border-radius: var(--_radius);
    padding: var(--_space-2);
    inline-size: 100%;
    max-inline-size: var(--_field-width);
  }
  textarea {
    max-inline-size: calc(var(--_field-width) * 1.5);
    resize: vertical;
  }
  input.short {
    max-inline-size: 9em;
  }
  .invalid :is(input, textarea, select) {
    border-color: var(--_danger);
  }
  .choices {
    display: grid;
    gap: var(--_space-2);
    margin-block-start: var(--_space-1);
  }
  .choice {
    display: flex;
    gap: var(--_space-2);
    align-items: flex-start;
  }
  .choice input {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.125em 0 0;
    accent-color: var(--_primary-strong);
  }
  .filter {
    display: grid;
    gap: var(--_space-1);
    margin-block: var(--_space-2);
  }
  .dates,
  .actions,
  .notice {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3) var(--_space-5);
    align-items: center;
  }
  .dates .group {
    inline-size: auto;
    align-content: start;
  }
  button[aria-disabled='true'] {
    opacity: 0.65;
    cursor: progress;
  }
  button.link {
    color: var(--_primary-strong);
    background: none;
    border: 0;
    padding: 0;
    min-block-size: 0;
    text-decoration: underline;
  }
  .error-summary,
  .failure,
  .notice,
  .confirmation {
    padding: var(--_space-4);
    border: 0.2em solid var(--_danger);
    border-radius: var(--_radius);
    inline-size: 100%;
  }
  .error-summary ul {
    list-style: none;
    display: grid;
    gap: var(--_space-1);
    margin-block-start: var(--_space-2);
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  .failure {
    display: grid;
    gap: var(--_space-3);
    justify-items: start;
    border-inline-start-width: 0.4em;
  }
  .notice {
    border: 0;
    border-inline-start: 0.4em solid var(--_primary);
    background: var(--_surface-alt);
  }
  .confirmation {
    border-color: var(--_success);
    text-align: center;
  }
  .confirmation .step-heading {
    color: var(--_success);
    font-size: 1.75em;
  }
  .reference {
    font-size: 1.5em;
    overflow-wrap: anywhere;
  }
  .answers {
    display: grid;
    inline-size: 100%;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(8em, 1fr) 2fr auto;
    gap: var(--_space-1) var(--_space-4);
    padding-block: var(--_space-2);
    border-block-end: 0.0625em solid var(--_border);
  }
  dt {
    font-weight: 600;
  }
  .value.description,
  .value.indicators {
    white-space: pre-line;
  }
  .value ul {
    padding-inline-start: 1.25em;
  }
  @container (max-width: 36em) {
    .row {
      grid-template-columns: 1fr;
    }
  }
`;
