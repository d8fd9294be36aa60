import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/schedule/define.js';
import type { ImrfSchedule } from '../../src/schedule/schedule.js';

/**
 * Renders a template whose first element is (or contains) a schedule, once
 * its strings have loaded and it has rendered everything (see `settled`).
 */
export async function render(template: TemplateResult): Promise<ImrfSchedule> {
  const root = await fixture<HTMLElement>(template);
  const el = root.localName === 'imrf-schedule' ? root : root.querySelector('imrf-schedule');
  return settled(el as ImrfSchedule);
}

import { text } from '../helpers/dom.js';

export { text };

export const $ = <T extends Element = HTMLElement>(el: ImrfSchedule, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

export const $$ = <T extends Element = HTMLElement>(el: ImrfSchedule, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** The ids of the sessions shown, in order. */
export const shownIds = (el: ImrfSchedule) => $$(el, '[part=session]').map((a) => a.id);

/** A session's article. */
export const session = (el: ImrfSchedule, id: string) => el.shadowRoot!.getElementById(id)!;

/** The accessible name that aria-labelledby gives an element. */
export function labelledName(element: Element): string {
  const root = element.getRootNode() as ShadowRoot;
  return (element.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => text(root.getElementById(id)))
    .join(' ');
}

/** Chooses an option of a filter control the way a visitor does. */
export function choose(el: ImrfSchedule, label: string, value: string): void {
  const field = $$(el, 'label.field').find((l) => text(l).startsWith(label))!;
  const control = field.querySelector<HTMLSelectElement | HTMLInputElement>('select, input')!;
  control.value = value;
  control.dispatchEvent(new Event(control.localName === 'select' ? 'change' : 'input'));
}

/**
 * Resolves once the schedule has also rendered what its first render held
 * back for after the first paint (the days past the first).
 */
export async function settled(el: ImrfSchedule): Promise<ImrfSchedule> {
  await el.updateComplete;
  while (el.shadowRoot!.querySelector('[data-held]')) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await el.updateComplete;
  }
  return el;
}
