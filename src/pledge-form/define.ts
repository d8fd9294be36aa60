import { defineElement } from '../base/define-element.js';
import { ImrfPledgeForm } from './pledge-form.js';

defineElement('imrf-pledge-form', ImrfPledgeForm);

declare global {
  interface HTMLElementTagNameMap {
    'imrf-pledge-form': ImrfPledgeForm;
  }
}
