import { css, html } from 'lit';
import { ImrfElement } from '../base/imrf-element.js';
import type { Forum } from '../data/types.js';

/**
 * The pledging initiative's form. This first version shows the initiative
 * and the states every element shares; the form itself follows.
 *
 * @summary Announce a pledge to the pledging initiative.
 * @tag imrf-pledge-form
 */
export class ImrfPledgeForm extends ImrfElement {
  static override styles = [
    ...ImrfElement.styles,
    css`
      h2 {
        font-size: 1.5em;
        margin-block-end: var(--_space-2);
      }
      p + p {
        margin-block-start: var(--_space-3);
      }
    `,
  ];

  protected override renderReady(_forum: Forum) {
    const { t } = this.i18n;
    return html`<section aria-labelledby="heading">
      <h2 id="heading">${t.pledge.heading}</h2>
      <p>${t.pledge.intro}</p>
      <p role="status">${t.pledge.unavailable}</p>
    </section>`;
  }
}
