import { defineElement } from '../base/define-element.js';
import { ImrfObjectives } from './objectives.js';

defineElement('imrf-objectives', ImrfObjectives);

declare global {
  interface HTMLElementTagNameMap {
    'imrf-objectives': ImrfObjectives;
  }
}
