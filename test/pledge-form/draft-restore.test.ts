import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { draftKey } from '../../src/pledge-form/storage/draft-store.js';
import type { ImrfPledgeForm } from '../../src/pledge-form/pledge-form.js';
import {
  $,
  ABOUT,
  answer,
  answerAll,
  complete,
  focused,
  next,
  receiver,
  stepTitle,
  uniqueName,
} from './helpers.js';

const form = (name: string, action?: string, noDraft = false) =>
  fixture<ImrfPledgeForm>(
    html`<imrf-pledge-form
      name=${name}
      action=${ifDefined(action)}
      ?no-draft=${noDraft}
    ></imrf-pledge-form>`,
  );

const stored = (name: string) => localStorage.getItem(draftKey('imrf-2022', name));
const value = (el: ImrfPledgeForm, field: string) =>
  $<HTMLInputElement>(el, `[name=${field}]`)!.value;

describe('<imrf-pledge-form> drafts', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
    for (const key of Object.keys(localStorage))
      if (key.startsWith('imrf-pledge-draft:imrf-2022:test-')) localStorage.removeItem(key);
  });

  it('saves while typing, once typing pauses, and restores after the element is re-created', async () => {
    const name = uniqueName();
    let el = await form(name);
    await answer(el, 'entityName', 'City of Lisbon');
    expect(stored(name), 'not on every keystroke').to.equal(null);
    await waitUntil(() => stored(name), 'saved after a pause');
    await answer(el, 'contactName', 'Ana Silva');
    el.remove();
    expect(JSON.parse(stored(name)!).answers.contactName, 'saved when removed').to.equal(
      'Ana Silva',
    );

    el = await form(name);
    expect(value(el, 'entityName')).to.equal('City of Lisbon');
    expect(value(el, 'contactName')).to.equal('Ana Silva');
    const notice = $(el, '[part=draft-notice]')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent).to.match(/Your answers saved on .+ have been restored\./);
    expect(focused(el)).to.equal('nothing');
  });

  it('restores the step too, and Discard draft starts afresh', async () => {
    const name = uniqueName();
    let el = await form(name);
    await answerAll(el, ABOUT);
    await next(el);
    await answer(el, 'title', 'Centres');
    el.remove();

    el = await form(name);
    expect(stepTitle(el)).to.equal('Your pledge');
    expect(value(el, 'title')).to.equal('Centres');
    $<HTMLButtonElement>(el, '[part=draft-notice] button')!.click();
    await el.updateComplete;
    expect(stored(name)).to.equal(null);
    expect(stepTitle(el)).to.equal('About you');
    expect(value(el, 'entityName')).to.equal('');
    expect($(el, '[part=draft-notice]')).to.equal(null);
    expect(focused(el)).to.equal('h3#step');
  });

  it('keeps the draft through a failure and clears it only after a confirmed submission', async () => {
    const box = receiver();
    await box.mode({ status: 500 });
    const name = uniqueName();
    let el = await form(name, box.url);
    await complete(el);
    const failed = oneEvent(el, 'imrf-pledge-error');
    await next(el);
    await failed;
    const draft = JSON.parse(stored(name)!);
    expect(draft.step).to.equal('check');
    expect(draft.key).to.be.a('string');

    // A reload: the retry uses the same key, so the receiver keeps one pledge.
    fixtureCleanup();
    el = await form(name, box.url);
    expect(stepTitle(el)).to.equal('Check your answers');
    await box.mode({ status: 201 });
    const submitted = oneEvent(el, 'imrf-pledge-submitted');
    await next(el);
    await submitted;
    expect(stored(name)).to.equal(null);
    const { requests, pledges } = await box.received();
    expect(requests.map((r) => r.idempotencyKey)).to.deep.equal([
      `"${draft.key}"`,
      `"${draft.key}"`,
    ]);
    expect(pledges).to.have.length(1);
    fixtureCleanup();
    el = await form(name, box.url);
    expect($(el, '[part=draft-notice]')).to.equal(null);
    expect(value(el, 'entityName')).to.equal('');
  });

  it('keeps two forms of a forum apart', async () => {
    const [a, b] = [uniqueName(), uniqueName()];
    const first = await form(a);
    await answer(first, 'entityName', 'First');
    const second = await form(b);
    await answer(second, 'entityName', 'Second');
    first.remove();
    second.remove();
    expect(JSON.parse(stored(a)!).answers.entityName).to.equal('First');
    expect(JSON.parse(stored(b)!).answers.entityName).to.equal('Second');
  });

  it('keeps nothing with no-draft (shared computers)', async () => {
    const name = uniqueName();
    localStorage.setItem(
      draftKey('imrf-2022', name),
      JSON.stringify({ answers: { entityName: 'Old' }, step: 'about', savedAt: 0 }),
    );
    const el = await form(name, undefined, true);
    expect(value(el, 'entityName')).to.equal('');
    await answer(el, 'entityName', 'New');
    el.remove();
    expect(JSON.parse(stored(name)!).answers.entityName).to.equal('Old');
  });

  it('works with a full localStorage: no draft, nothing broken', async () => {
    const setItem = Storage.prototype.setItem;
    let attempts = 0;
    Storage.prototype.setItem = function () {
      attempts++;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    restore = () => (Storage.prototype.setItem = setItem);
    const box = receiver();
    const name = uniqueName();
    const el = await form(name, box.url);
    await complete(el);
    const submitted = oneEvent(el, 'imrf-pledge-submitted');
    await next(el);
    await submitted;
    expect(attempts).to.be.greaterThan(0);
    expect(stored(name)).to.equal(null);
    expect((await box.received()).pledges).to.have.length(1);
  });

  it('works where localStorage is blocked', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    restore = () => Object.defineProperty(window, 'localStorage', own);
    const box = receiver();
    const el = await form(uniqueName(), box.url);
    await complete(el);
    const submitted = oneEvent(el, 'imrf-pledge-submitted');
    await next(el);
    await submitted;
    el.remove();
  });
});
