import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import forumData from '../../data/imrf-2022.json';
import type { ImrfPledgeForm } from '../../src/pledge-form/pledge-form.js';
import {
  $,
  $$,
  ABOUT,
  answer,
  complete,
  focused,
  next,
  PLEDGE,
  stepTitle,
  uniqueName,
} from './helpers.js';

const form = (lang = 'en') =>
  fixture<ImrfPledgeForm>(
    html`<imrf-pledge-form lang=${lang} name=${uniqueName()} no-draft></imrf-pledge-form>`,
  );

/** The visible label or legend of a control, as people read it. */
function labelOf(control: HTMLInputElement) {
  const own = Array.from(control.labels ?? [], (l) => l.textContent!.trim()).join(' ');
  const legend = control.closest('fieldset')?.querySelector('legend')?.textContent?.trim();
  return [legend, own].filter(Boolean).join(' / ');
}

describe('<imrf-pledge-form>', () => {
  it('starts on step 1 with a visible label tied to every control', async () => {
    const el = await form();
    expect($(el, 'h2')!.textContent).to.equal('Announce a pledge');
    expect($(el, '#step')!.textContent).to.match(/Step 1 of 3\s+About you/);
    const controls = $$<HTMLInputElement>(el, 'form [name]');
    expect(controls.map((c) => c.name).filter((n, i, all) => all.indexOf(n) === i)).to.deep.equal([
      'entityName',
      'entityType',
      'country',
      'contactName',
      'email',
      'phone',
    ]);
    for (const control of controls) expect(control.labels!.length, control.name).to.equal(1);
    expect(labelOf(controls.find((c) => c.name === 'country')!)).to.equal(
      'Country or area (optional)',
    );
    expect(labelOf(controls.find((c) => c.value === 'human-rights-institution')!)).to.equal(
      'Entity type / National human rights institution',
    );
    expect($<HTMLFormElement>(el, 'form')!.noValidate).to.equal(true);
    expect(focused(el)).to.equal('nothing');
  });

  it('on Continue with problems: "There is a problem", focused, each error a link', async () => {
    const el = await form();
    await answer(el, 'email', 'ana@');
    await next(el);
    const summary = $(el, '.error-summary')!;
    expect(focused(el)).to.equal('div.error-summary');
    expect(summary.querySelector('h4')!.textContent).to.equal('There is a problem');
    expect(Array.from(summary.querySelectorAll('a'), (a) => a.textContent)).to.deep.equal([
      'Enter the name of the pledging entity',
      'Select the type of entity',
      'Enter the name of the contact person',
      'Enter an email address in the correct format, like name@example.org',
    ]);
    expect(stepTitle(el)).to.equal('About you');
  });

  it('marks each field in error: aria-invalid, and its message in aria-describedby', async () => {
    const el = await form();
    await next(el);
    const name = $<HTMLInputElement>(el, '[name=entityName]')!;
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(name.getAttribute('aria-describedby')).to.equal('entityName-hint entityName-error');
    expect($(el, '#entityName-error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Error: Enter the name of the pledging entity',
    );
    const group = $(el, 'fieldset')!;
    expect(group.getAttribute('aria-describedby')).to.equal('entityType-error');
    const phone = $<HTMLInputElement>(el, '[name=phone]')!;
    expect(phone.getAttribute('aria-invalid')).to.equal('false');
    expect(phone.getAttribute('aria-describedby')).to.equal('phone-hint');
  });

  it('moves focus to the field of a summary link', async () => {
    const el = await form();
    await next(el);
    const links = $$<HTMLAnchorElement>(el, '.error-summary a');
    links[3]!.click();
    await el.updateComplete;
    expect(focused(el)).to.equal('input[name=email]');
    links[1]!.click();
    await el.updateComplete;
    expect(focused(el)).to.equal('input[name=entityType][value=member-state]');
  });

  it('shows no error while a field is first typed in; shows it when the field is left', async () => {
    const el = await form();
    const email = $<HTMLInputElement>(el, '[name=email]')!;
    email.focus();
    await answer(el, 'email', 'ana@example');
    expect($(el, '#email-error')).to.equal(null);
    $<HTMLInputElement>(el, '[name=phone]')!.focus();
    await el.updateComplete;
    expect($(el, '#email-error')!.textContent).to.contain('in the correct format');
    await answer(el, 'email', 'ana@example.org');
    expect($(el, '#email-error')).to.equal(null);
    expect($(el, '#contactName-error'), 'a field only passed through').to.equal(null);
  });

  it('keeps every answer when going on and back', async () => {
    const el = await form();
    await answer(el, 'entityName', 'City of Lisbon');
    await answer(el, 'entityType', 'local-government');
    await answer(el, 'country', 'PT');
    await answer(el, 'contactName', 'Ana Silva');
    await answer(el, 'email', 'ana@example.org');
    await next(el);
    expect(stepTitle(el)).to.equal('Your pledge');
    expect(focused(el)).to.equal('h3#step');
    await answer(el, 'title', 'Centres');
    $<HTMLButtonElement>(el, 'button.link')!.click();
    await el.updateComplete;
    expect(stepTitle(el)).to.equal('About you');
    expect($<HTMLInputElement>(el, '[name=entityName]')!.value).to.equal('City of Lisbon');
    expect($<HTMLInputElement>(el, '[value=local-government]')!.checked).to.equal(true);
    expect($<HTMLSelectElement>(el, '[name=country]')!.value).to.equal('PT');
    await next(el);
    expect($<HTMLInputElement>(el, '[name=title]')!.value).to.equal('Centres');
  });

  it('checks the answers, and a Change link goes to the field and back', async () => {
    const el = await form();
    await complete(el);
    expect(stepTitle(el)).to.equal('Check your answers');
    const value = (label: string) =>
      $$(el, '.row')
        .find((r) => r.querySelector('dt')!.textContent === label)!
        .querySelector('.value')!;
    expect(value('Pledging entity').textContent).to.equal('City of Lisbon');
    expect(value('Entity type').textContent).to.equal('Local or regional government');
    expect(value('Country or area').textContent).to.equal('Portugal');
    expect(value('Phone number').textContent).to.equal('Not given');
    expect(value('Start date').textContent).to.equal('June 1, 2022');
    expect(
      Array.from(value('GCM objectives').querySelectorAll('li'), (li) => li.textContent),
    ).to.deep.equal([
      '7. Address and reduce vulnerabilities in migration',
      '17. Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration',
    ]);
    expect(
      Array.from(value('Partners').querySelectorAll('li'), (li) => li.textContent),
    ).to.deep.equal(['IOM', 'City of Porto']);
    const change = $$<HTMLAnchorElement>(el, '.row a').find((a) =>
      a.textContent!.includes('Pledge title'),
    )!;
    expect(change.textContent).to.equal('Change Pledge title');
    change.click();
    await el.updateComplete;
    expect(stepTitle(el)).to.equal('Your pledge');
    expect(focused(el)).to.equal('input[name=title]');
    await answer(el, 'title', 'Welcome centres');
    await next(el);
    expect(stepTitle(el)).to.equal('Check your answers');
    expect(value('Pledge title').textContent).to.equal('Welcome centres');
  });

  it('sends nobody anywhere while answers are wrong: Submit returns to the problem', async () => {
    const el = await form();
    await complete(el);
    $$<HTMLAnchorElement>(el, '.row a')[10]!.click(); // Objectives
    await el.updateComplete;
    await answer(el, 'endDate', '2022-05-01');
    await next(el);
    expect(stepTitle(el)).to.equal('Your pledge');
    expect($(el, '.error-summary a')!.textContent).to.equal(
      'End date must be after the start date',
    );
  });

  it('prefills objectives="7 17", entity-type and country', async () => {
    const el = await fixture<ImrfPledgeForm>(
      html`<imrf-pledge-form
        no-draft
        objectives="7 17"
        entity-type="member-state"
        country="ma"
      ></imrf-pledge-form>`,
    );
    expect($<HTMLInputElement>(el, '[value=member-state]')!.checked).to.equal(true);
    expect($<HTMLSelectElement>(el, '[name=country]')!.value).to.equal('MA');
    await answer(el, 'entityName', 'Morocco');
    await answer(el, 'contactName', 'A. B.');
    await answer(el, 'email', 'a@example.org');
    await next(el);
    const checked = $$<HTMLInputElement>(el, '[name=objectives]:checked').map((c) => c.value);
    expect(checked).to.deep.equal(['7', '17']);
  });

  it('filters the objectives, keeping chosen ones in view, and says how many show', async () => {
    const el = await form();
    await complete(el, ABOUT, {});
    await answer(el, 'objectives', ['2']);
    const filter = $<HTMLInputElement>(el, '#filter')!;
    filter.value = 'discrimination';
    filter.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const visible = $$<HTMLInputElement>(el, '[name=objectives]')
      .filter((c) => !c.closest('[hidden]'))
      .map((c) => c.value);
    expect(visible).to.deep.equal(['2', '17']);
    expect($(el, '.filter [role=status]')!.textContent!.trim()).to.equal(
      'Objectives shown: 2 of 23',
    );
  });

  it('counts the description, and tells screen readers once typing pauses', async () => {
    const el = await form();
    await complete(el, ABOUT, {});
    expect($(el, '.count')!.textContent).to.equal(
      'You have entered 0 characters; at least 300 are needed',
    );
    const live = $(el, '[aria-live=polite]')!;
    await answer(el, 'description', 'a'.repeat(3010));
    expect($(el, '.count')!.textContent).to.equal('You have 10 characters too many');
    expect($(el, '.count')!.getAttribute('aria-hidden')).to.equal('true');
    expect(live.textContent).to.equal('');
    await waitUntil(() => live.textContent === 'You have 10 characters too many');
  });

  it('leaves out the guiding principles when the forum has none', async () => {
    const data = { ...forumData, guidingPrinciples: [] };
    const el = await fixture<ImrfPledgeForm>(
      html`<imrf-pledge-form no-draft .data=${data}></imrf-pledge-form>`,
    );
    await complete(el, ABOUT, {});
    expect($(el, '[name=guidingPrinciples]')).to.equal(null);
    expect($(el, '[name=objectives]')).not.to.equal(null);
  });

  it('speaks Arabic, right to left, in every label and message', async () => {
    const el = await form('ar');
    expect($(el, '[part=base]')!.getAttribute('dir')).to.equal('rtl');
    expect($(el, 'label[for=f-entityName]')!.textContent).to.equal('الجهة المتعهّدة');
    await next(el);
    expect($(el, '.error-summary h4')!.textContent).to.equal('توجد مشكلة');
    expect($(el, '#entityName-error')!.textContent).to.contain('أدخلوا اسم الجهة المتعهّدة');
    expect($(el, '[name=email]')!.getAttribute('dir')).to.equal('ltr');
  });

  it('shows example dates and numbers left to right inside Arabic text', async () => {
    const el = await form('ar');
    await complete(el, ABOUT, {});
    const hint = Array.from($(el, '#startDate-hint')!.childNodes).find((n) => n.nodeType === 3)!;
    const text = hint.textContent!;
    /** Where a piece of the hint is drawn, from the left. */
    const left = (piece: string, from = 0) => {
      const range = document.createRange();
      const start = text.indexOf(piece, from);
      range.setStart(hint, start);
      range.setEnd(hint, start + piece.length);
      return range.getBoundingClientRect().left;
    };
    const year = text.indexOf('2022');
    expect(left('2022')).to.be.below(left('06', year));
    expect(left('06', year)).to.be.below(left('01', year));
  });

  for (const lang of ['en', 'ar']) {
    it(`passes axe on every step and in every error state (${lang})`, async () => {
      const el = await form(lang);
      await expect(el).to.be.accessible();
      await next(el);
      await expect(el).to.be.accessible();
      await complete(el, ABOUT, {});
      await next(el);
      expect($(el, '.error-summary')).not.to.equal(null);
      await expect(el).to.be.accessible();
      await complete(el, {}, PLEDGE);
      await expect(el).to.be.accessible();
      await next(el); // not connected
      await el.updateComplete;
      expect($(el, '[part=submit-error]')).not.to.equal(null);
      await expect(el).to.be.accessible();
      await aTimeout(0);
    });
  }
});
