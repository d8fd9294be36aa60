import { defineElement } from '../base/define-element.js';
import { ImrfForum } from './forum.js';

defineElement('imrf-forum', ImrfForum);

declare global {
  interface HTMLElementTagNameMap {
    'imrf-forum': ImrfForum;
  }
}
