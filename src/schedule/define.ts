import { defineElement } from '../base/define-element.js';
import { ImrfSchedule } from './schedule.js';

defineElement('imrf-schedule', ImrfSchedule);

declare global {
  interface HTMLElementTagNameMap {
    'imrf-schedule': ImrfSchedule;
  }
}
