import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ImrfPledgeForm } from '../../src/pledge-form/pledge-form.js';
import {
  $,
  $$,
  answer,
  complete,
  DESCRIPTION,
  focused,
  next,
  receiver,
  stepTitle,
  uniqueName,
} from './helpers.js';

/** The body the sample answers (helpers' ABOUT and PLEDGE) make, key by key in order. */
const EXPECTED = {
  forum: 'imrf-2022',
  locale: 'en',
  entity: { name: 'City of Lisbon', type: 'local-government', country: 'PT' },
  contact: { name: 'Ana Silva', email: 'ana.silva@example.org' },
  title: 'One-stop centres for newly arrived migrants',
  description: DESCRIPTION,
  commitments: ['process', 'policy'],
  objectives: [7, 17],
  guidingPrinciples: ['human-rights'],
  levels: ['local'],
  startDate: '2022-06-01',
  endDate: '2024-12-31',
  indicators: 'People served per year; languages offered; share of referrals followed up.',
  partners: ['IOM', 'City of Porto'],
};

const form = (action?: string, timeout?: number) =>
  fixture<ImrfPledgeForm>(
    html`<imrf-pledge-form
      name=${uniqueName()}
      action=${ifDefined(action)}
      timeout=${ifDefined(timeout)}
    ></imrf-pledge-form>`,
  );

const submitButton = (el: ImrfPledgeForm) => $<HTMLButtonElement>(el, '[part=submit-button]')!;
const failureText = (el: ImrfPledgeForm) => $(el, '[part=submit-error] p')?.textContent;

describe('<imrf-pledge-form> submission', () => {
  it('POSTs exactly the contract: JSON body, Content-Type, Idempotency-Key', async () => {
    const box = receiver();
    const el = await form(box.url);
    await complete(el);
    const submitting = oneEvent(el, 'imrf-pledge-submit');
    const submitted = oneEvent(el, 'imrf-pledge-submitted');
    await next(el);
    const { detail: before } = await submitting;
    const { detail: after } = await submitted;
    const { requests, pledges } = await box.received();
    expect(requests).to.have.length(1);
    const [request] = requests;
    expect(JSON.stringify(request!.body)).to.equal(JSON.stringify(EXPECTED));
    expect(request!.contentType).to.equal('application/json');
    expect(request!.idempotencyKey).to.equal(`"${before.idempotencyKey}"`);
    expect(request!.schemaErrors).to.deep.equal({});
    expect(before.pledge).to.deep.equal(EXPECTED);
    expect(after).to.deep.equal({ id: pledges[0]!.id, pledge: EXPECTED });
    await el.updateComplete;
    expect($(el, '[part=confirmation] h3')!.textContent).to.equal('Pledge submitted');
    expect($(el, '.reference')!.textContent).to.equal(pledges[0]!.id);
    expect(focused(el)).to.equal('h3#done');
  });

  it('keeps the Idempotency-Key across a 500 and its retry: one pledge in the end', async () => {
    const box = receiver();
    await box.mode({ status: 500 });
    const el = await form(box.url);
    await complete(el);
    const failed = oneEvent(el, 'imrf-pledge-error');
    await next(el);
    expect((await failed).detail).to.deep.include({ reason: 'http', status: 500 });
    await el.updateComplete;
    expect(failureText(el)).to.equal(
      'The pledge service could not accept the pledge (error 500). Your answers are kept. Try again when you are ready.',
    );
    expect(focused(el)).to.equal('div.failure');
    expect(stepTitle(el)).to.equal('Check your answers');
    expect($(el, '.value.title')!.textContent).to.equal(EXPECTED.title);

    await box.mode({ status: 201 });
    const submitted = oneEvent(el, 'imrf-pledge-submitted');
    $<HTMLButtonElement>(el, '[part=retry-button]')!.click();
    const { id } = (await submitted).detail;
    const { requests, pledges } = await box.received();
    expect(requests).to.have.length(2);
    expect(requests[1]!.idempotencyKey).to.equal(requests[0]!.idempotencyKey);
    expect(requests[1]!.body).to.deep.equal(requests[0]!.body);
    expect(pledges).to.have.length(1);
    expect(id).to.equal(pledges[0]!.id);
  });

  it('puts 422 messages on their fields and in the summary', async () => {
    const box = receiver();
    const errors = {
      title: 'A pledge with this title already exists',
      'contact.email': 'This address does not accept mail',
      attachment: 'Attachments are not accepted yet',
    };
    await box.mode({ status: 422, errors });
    const el = await form(box.url);
    await complete(el);
    const failed = oneEvent(el, 'imrf-pledge-error');
    await next(el);
    expect((await failed).detail).to.deep.include({ reason: 'invalid', status: 422, errors });
    await el.updateComplete;
    expect(stepTitle(el)).to.equal('About you');
    expect(focused(el)).to.equal('div.error-summary');
    expect($$(el, '.error-summary li').map((li) => li.textContent!.trim())).to.deep.equal([
      'This address does not accept mail',
      'A pledge with this title already exists',
      'Attachments are not accepted yet',
    ]);
    expect($(el, '#email-error')!.textContent).to.contain('This address does not accept mail');
    expect($(el, '[name=email]')!.getAttribute('aria-invalid')).to.equal('true');
    $$<HTMLAnchorElement>(el, '.error-summary a')[1]!.click();
    await el.updateComplete;
    expect(focused(el)).to.equal('input[name=title]');
    expect($(el, '#title-error')!.textContent).to.contain('already exists');
    await answer(el, 'title', 'Welcome centres for migrants');
    expect($(el, '#title-error')).to.equal(null);
  });

  it('gives up after `timeout` ms: a message, Try again, every answer kept', async () => {
    const box = receiver();
    await box.mode({ status: 'never' });
    const el = await form(box.url, 300);
    await complete(el);
    const failed = oneEvent(el, 'imrf-pledge-error');
    await next(el);
    expect((await failed).detail.reason).to.equal('timeout');
    await el.updateComplete;
    expect(failureText(el)).to.contain('did not answer in time');
    expect($(el, '[part=retry-button]')).not.to.equal(null);
    expect($(el, '.value.title')!.textContent).to.equal(EXPECTED.title);
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('false');
  });

  it('says when the network fails', async () => {
    const el = await form('http://127.0.0.1:9/pledges');
    await complete(el);
    const failed = oneEvent(el, 'imrf-pledge-error');
    await next(el);
    expect((await failed).detail.reason).to.equal('network');
  });

  it('cannot be sent twice while a submission is in flight', async () => {
    const box = receiver();
    await box.mode({ status: 201, delay: 300 });
    const el = await form(box.url);
    await complete(el);
    let submits = 0;
    el.addEventListener('imrf-pledge-submit', () => submits++);
    const submitted = oneEvent(el, 'imrf-pledge-submitted');
    await next(el);
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect($(el, '.actions [role=status]')!.textContent).to.equal('Sending your pledge…');
    await next(el);
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    await submitted;
    await aTimeout(50);
    expect(submits).to.equal(1);
    expect((await box.received()).requests).to.have.length(1);
  });

  it('says it is not connected when there is no action and nobody takes the pledge', async () => {
    const el = await form();
    await complete(el);
    const failed = oneEvent(el, 'imrf-pledge-error');
    await next(el);
    expect((await failed).detail.reason).to.equal('not-connected');
    await el.updateComplete;
    expect(failureText(el)).to.equal(
      'This form is not connected to a pledge service yet, so your pledge has not been sent. Your answers are still here.',
    );
    expect($(el, '[part=retry-button]')).to.equal(null);
    expect(stepTitle(el)).to.equal('Check your answers');
  });

  it('lets a partner send the pledge itself and report back', async () => {
    const box = receiver();
    const el = await form(box.url);
    let key = '';
    el.addEventListener('imrf-pledge-submit', (event) => {
      event.preventDefault();
      key = event.detail.idempotencyKey;
    });
    await complete(el);
    await next(el);
    expect($(el, '.actions [role=status]')!.textContent).to.equal('Sending your pledge…');

    el.reportSubmission({ ok: false, message: 'Our CRM is down.' });
    await el.updateComplete;
    expect(failureText(el)).to.equal(
      'Our CRM is down. Your answers are kept. Try again when you are ready.',
    );
    const again = oneEvent(el, 'imrf-pledge-submit');
    $<HTMLButtonElement>(el, '[part=retry-button]')!.click();
    expect((await again).detail.idempotencyKey).to.equal(key);

    const submitted = oneEvent(el, 'imrf-pledge-submitted');
    el.reportSubmission({ ok: true, id: 'CRM-7' });
    expect((await submitted).detail.id).to.equal('CRM-7');
    await el.updateComplete;
    expect($(el, '.reference')!.textContent).to.equal('CRM-7');
    el.reportSubmission({ ok: true, id: 'late' });
    expect((await box.received()).requests).to.have.length(0);
  });

  it('puts a partner’s refusals on their fields', async () => {
    const el = await form();
    el.addEventListener('imrf-pledge-submit', (event) => event.preventDefault());
    await complete(el);
    await next(el);
    el.reportSubmission({ ok: false, errors: { matchesPledge: 'No pledge has this ID' } });
    await el.updateComplete;
    expect(stepTitle(el)).to.equal('Your pledge');
    expect($(el, '#matchesPledge-error')!.textContent).to.contain('No pledge has this ID');
  });

  it('offers a JSON copy of the pledge and another pledge with a new key', async () => {
    const box = receiver();
    const el = await form(box.url);
    await complete(el);
    const submitted = oneEvent(el, 'imrf-pledge-submitted');
    await next(el);
    const { id } = (await submitted).detail;
    await el.updateComplete;

    let download: HTMLAnchorElement | undefined;
    const catchDownload = (event: Event) => {
      download = event.target as HTMLAnchorElement;
      event.preventDefault();
    };
    document.addEventListener('click', catchDownload, true);
    $$<HTMLButtonElement>(el, '[part=confirmation] ~ .actions button')[0]!.click();
    document.removeEventListener('click', catchDownload, true);
    expect(download!.download).to.equal(`pledge-${id}.json`);
    expect(await (await fetch(download!.href)).json()).to.deep.equal(EXPECTED);

    $$<HTMLButtonElement>(el, '[part=confirmation] ~ .actions button')[1]!.click();
    await el.updateComplete;
    expect(stepTitle(el)).to.equal('About you');
    expect(focused(el)).to.equal('h3#step');
    expect($<HTMLInputElement>(el, '[name=entityName]')!.value).to.equal('');
    await complete(el);
    await next(el);
    await waitUntil(async () => (await box.received()).pledges.length === 2);
    const { requests } = await box.received();
    expect(requests[1]!.idempotencyKey).not.to.equal(requests[0]!.idempotencyKey);
  });
});
