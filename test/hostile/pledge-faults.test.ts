// The pledge form under faults: randomized, seeded sequences of
// server errors, timeouts, offline periods, reloads in the middle of typing
// and a localStorage filled to its real quota. Whatever happens, the receiver
// ends with each pledge exactly once, and no typed answer is ever lost.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { random } from '../../bench/synthetic-forum.js';
import type { ImrfPledgeForm } from '../../src/pledge-form/pledge-form.js';
import {
  $,
  ABOUT,
  PLEDGE,
  answer,
  next,
  receiver,
  stepTitle,
  uniqueName,
  type Answers,
} from '../pledge-form/helpers.js';

const SEEDS = [11, 23, 37, 41, 59, 71];
/** The form's timeout for the faulty attempts: a "never" answer becomes a timeout quickly. */
const TIMEOUT_MS = 400;
/**
 * Its timeout for the last attempt, which reaches a working receiver: on a
 * busy machine its answer can take longer than TIMEOUT_MS, and would then be
 * a timeout too (that made this test hang now and then in full runs).
 */
const LAST_ATTEMPT_TIMEOUT_MS = 20000;

/** Fills localStorage until the browser refuses more; returns how to free it again. */
function fillLocalStorage(): () => void {
  const keys: string[] = [];
  const chunk = 'x'.repeat(256 * 1024);
  try {
    for (let i = 0; i < 400; i++) {
      const key = `imrf-test-filler-${i}`;
      localStorage.setItem(key, chunk);
      keys.push(key);
    }
  } catch {
    // full: that is the point
  }
  // Top up with smaller pieces so not even a small draft fits.
  try {
    for (let i = 0; i < 4000; i++) {
      const key = `imrf-test-filler-small-${i}`;
      localStorage.setItem(key, 'x'.repeat(512));
      keys.push(key);
    }
  } catch {
    // now really full
  }
  return () => keys.forEach((key) => localStorage.removeItem(key));
}

/** Cuts the page off from the pledge receiver, as when the visitor goes offline (Chromium). */
const setOffline = (offline: boolean) =>
  executeServerCommand<boolean, unknown>('imrf-offline', {
    offline,
    pattern: '*/pledges/*',
    probe: '/pledges/offline-probe/received',
  });

const form = (name: string, action: string) =>
  fixture<ImrfPledgeForm>(
    html`<imrf-pledge-form name=${name} action=${action} timeout=${TIMEOUT_MS}></imrf-pledge-form>`,
  );

/** What the controls of a field show, in the shape of the typed answer. */
function shown(el: ImrfPledgeForm, field: string, typed: unknown): unknown {
  const controls = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`[name="${field}"]`)];
  const first = controls[0];
  if (!first) return 'missing';
  if (typeof typed === 'boolean') return first.checked;
  if (first.type === 'radio') return controls.find((c) => c.checked)?.value ?? '';
  if (first.type === 'checkbox') return controls.filter((c) => c.checked).map((c) => c.value);
  return first.value;
}

const same = (a: unknown, b: unknown) =>
  JSON.stringify(Array.isArray(a) ? [...a].sort() : a) ===
  JSON.stringify(Array.isArray(b) ? [...b].sort() : b);

describe('the pledge form under faults', function () {
  this.timeout(60000);
  const chromium = /Chrome\//.test(navigator.userAgent);
  let free: (() => void) | undefined;
  afterEach(async () => {
    free?.();
    free = undefined;
    if (chromium) await setOffline(false);
  });

  for (const seed of SEEDS) {
    it(`seed ${seed}: the pledge arrives exactly once, with every answer`, async () => {
      const rnd = random(seed);
      const chance = (p: number) => rnd() < p;
      const box = receiver();
      const name = uniqueName();
      const about: Answers = { ...ABOUT, entityName: `Seed ${seed} city` };
      const pledge: Answers = { ...PLEDGE, title: `Pledge ${seed}: one-stop centres` };
      let el = await form(name, box.url);
      const typed: Answers = {};

      /** Re-creates the element, as a reload does, and checks nothing typed is lost. */
      const reload = async (step: string) => {
        el.remove();
        el = await form(name, box.url);
        await el.updateComplete;
        expect(stepTitle(el), `seed ${seed}: the step after a reload`).to.equal(step);
        for (const [field, value] of Object.entries(typed)) {
          if ($(el, `[name="${field}"]`) === null) continue; // on another step
          expect(
            same(shown(el, field, value), value),
            `seed ${seed}: ${field} after a reload`,
          ).to.equal(true);
        }
      };

      /** Answers a step's fields in order, with reloads and a filling storage in between. */
      const fill = async (answers: Answers, step: string) => {
        for (const [field, value] of Object.entries(answers)) {
          if (chance(0.15)) free = free ? (free(), undefined) : fillLocalStorage();
          await answer(el, field, value);
          typed[field] = typeof value === 'string' ? value : value;
          if (chance(0.25)) await reload(step);
        }
      };

      await fill(about, 'About you');
      await next(el);
      await fill(pledge, 'Your pledge');
      await next(el);
      expect(stepTitle(el)).to.equal('Check your answers');

      // Submit through a random run of failures; the last attempt always reaches a working server.
      const faults = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => {
        const r = rnd();
        return r < 0.35 ? '500' : r < 0.65 ? 'timeout' : chromium ? 'offline' : '500';
      });
      for (const [i, fault] of [...faults, 'ok'].entries()) {
        if (chromium) await setOffline(false); // the test talks to the receiver first
        await box.mode(
          fault === '500'
            ? { status: 500 }
            : fault === 'timeout'
              ? { status: 'never' }
              : { status: 201 },
        );
        if (chromium)
          expect(await setOffline(fault === 'offline'), `seed ${seed}: offline emulated`).to.equal(
            true,
          );
        if (i > 0 && chance(0.5)) await reload('Check your answers');
        const button =
          $<HTMLButtonElement>(el, '[part=retry-button]') ??
          $<HTMLButtonElement>(el, '[part=submit-button]')!;
        // Either event ends the attempt, so a wrong outcome fails here at once.
        const outcome = Promise.race([
          oneEvent(el, 'imrf-pledge-submitted').then(() => 'submitted'),
          oneEvent(el, 'imrf-pledge-error').then(() => 'error'),
        ]);
        if (fault === 'ok') el.timeout = LAST_ATTEMPT_TIMEOUT_MS;
        button.click();
        expect(await outcome, `seed ${seed}: attempt ${i + 1} (${fault})`).to.equal(
          fault === 'ok' ? 'submitted' : 'error',
        );
        await el.updateComplete;
        if (fault !== 'ok') {
          expect(stepTitle(el), `seed ${seed}: still on the check step after ${fault}`).to.equal(
            'Check your answers',
          );
          expect($(el, '[part=submit-error]'), `seed ${seed}: the failure is said`).to.exist;
        }
      }
      await waitUntil(() => $(el, '[part=confirmation]'), 'confirmed');

      const { requests, pledges } = await box.received();
      expect(pledges, `seed ${seed}: exactly one pledge kept`).to.have.length(1);
      const keys = new Set(requests.map((r) => r.idempotencyKey));
      expect([...keys], `seed ${seed}: one Idempotency-Key for every attempt`).to.have.length(1);
      const body = pledges[0]!.body as Record<string, any>;
      expect(body.title).to.equal(pledge.title);
      expect(body.entity.name).to.equal((about.entityName as string).trim());
      expect(body.description).to.equal(pledge.description);
      expect([...body.objectives].sort((a, b) => a - b)).to.deep.equal([7, 17]);
      expect(body.contact.email).to.equal(about.email);
      expect(body.levels).to.deep.equal(pledge.levels);
    });
  }
});
