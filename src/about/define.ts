import { defineElement } from '../base/define-element.js';
import { ImrfAbout } from './about.js';

defineElement('imrf-about', ImrfAbout);

declare global {
  interface HTMLElementTagNameMap {
    'imrf-about': ImrfAbout;
  }
}
