import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ImrfPledgeForm } from '../../src/pledge-form/pledge-form.js';
import { SPACE, isWebKit } from '../helpers/engine.js';
import { DESCRIPTION, focused, receiver, stepTitle, uniqueName } from './helpers.js';

const press = (key: string) => sendKeys({ press: key });
const type = (text: string) => sendKeys({ type: text });

/** Presses Tab until the focus is on `target` (at most `max` times). */
async function tabTo(el: ImrfPledgeForm, target: string, max = 40) {
  for (let i = 0; i < max && focused(el) !== target; i++) await press('Tab');
  expect(focused(el)).to.equal(target);
}

describe('<imrf-pledge-form> with the keyboard alone', () => {
  it('can be completed and submitted without a mouse', async function () {
    // WebKitWebDriver drops typed spaces (after the first) and doubled letters, so the
    // answers never match; keyboard completion is checked in Chromium and Firefox.
    if (isWebKit) this.skip();
    const box = receiver();
    const el = await fixture<ImrfPledgeForm>(
      html`<imrf-pledge-form action=${box.url} name=${uniqueName()} no-draft></imrf-pledge-form>`,
    );

    // Step 1: Tab into the form, type, arrows in the radio group, type-ahead in the select.
    await tabTo(el, 'input[name=entityName]');
    await type('City of Lisbon');
    await press('Tab');
    expect(focused(el)).to.equal('input[name=entityType][value=member-state]');
    await press('ArrowDown');
    expect(focused(el)).to.equal('input[name=entityType][value=local-government]');
    await press('Tab');
    expect(focused(el)).to.equal('select[name=country]');
    await type('Portugal');
    await tabTo(el, 'input[name=contactName]');
    await type('Ana Silva');
    await press('Tab');
    await type('ana.silva@example.org');
    await press('Enter'); // submits the step, like Continue
    await el.updateComplete;
    expect(stepTitle(el)).to.equal('Your pledge');
    expect(focused(el)).to.equal('h3#step');

    // Step 2: a missing answer first, to land in the error summary and follow its link.
    await tabTo(el, 'input[name=title]');
    await type('One-stop centres for newly arrived migrants');
    await press('Tab');
    await type(DESCRIPTION);
    await press('Tab');
    await press(SPACE); // Financial
    await tabTo(el, 'input#filter');
    await type('vulnerab');
    await press('Tab');
    expect(focused(el)).to.equal('input[name=objectives]');
    await press(SPACE); // 7. Address and reduce vulnerabilities in migration
    await tabTo(el, 'input[name=levels]');
    await press(SPACE); // Local
    await tabTo(el, 'input[name=startDate]');
    await type('2022-6-1');
    await press('Tab');
    await type('2024/12/31');
    await press('Tab');
    await type('People served per year');
    await tabTo(el, 'button');
    await press('Enter');
    await el.updateComplete;
    expect(focused(el)).to.equal('div.error-summary');
    await press('Tab');
    await press('Enter'); // "Confirm that the pledge concerns migrants"
    await el.updateComplete;
    expect(focused(el)).to.equal('input[name=migrants]');
    await press(SPACE);
    await tabTo(el, 'button');
    await press('Enter');
    await el.updateComplete;
    expect(stepTitle(el)).to.equal('Check your answers');

    // Step 3: to Submit pledge, past every Change link.
    await tabTo(el, 'button');
    const submitted = oneEvent(el, 'imrf-pledge-submitted');
    await press('Enter');
    const { detail } = await submitted;
    expect(detail.pledge).to.deep.include({
      entity: { name: 'City of Lisbon', type: 'local-government', country: 'PT' },
      commitments: ['financial'],
      objectives: [7],
      levels: ['local'],
      startDate: '2022-06-01',
      endDate: '2024-12-31',
    });
    expect((await box.received()).pledges).to.have.length(1);
    await el.updateComplete;
    expect(focused(el)).to.equal('h3#done');
  });
});
