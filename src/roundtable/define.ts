import { defineElement } from '../base/define-element.js';
import { ImrfRoundtable } from './roundtable.js';

defineElement('imrf-roundtable', ImrfRoundtable);

declare global {
  interface HTMLElementTagNameMap {
    'imrf-roundtable': ImrfRoundtable;
  }
}
