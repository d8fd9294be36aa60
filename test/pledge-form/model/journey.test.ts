import { expect } from '@open-wc/testing';
import { emptyAnswers, normalizeAnswers } from '../../../src/pledge-form/model/fields.js';
import { HEADING, Journey, SUMMARY } from '../../../src/pledge-form/model/journey.js';
import en from '../../../src/i18n/catalogs/en.js';
import sample from '../sample-answers.json';

const t = en.pledge;
const complete = () => normalizeAnswers(sample);

describe('pledge journey', () => {
  it('shows no problem while a field is typed into for the first time', () => {
    const journey = new Journey();
    journey.input('email', 'ana@');
    expect(journey.message('email', t, 'en')).to.equal(undefined);
    journey.leave('email');
    expect(journey.message('email', t, 'en')).to.equal(t.errors.emailFormat);
    journey.input('email', 'ana@example.org');
    expect(journey.message('email', t, 'en')).to.equal(undefined);
  });

  it('shows nothing for a field that is only passed through', () => {
    const journey = new Journey();
    journey.leave('entityName');
    expect(journey.message('entityName', t, 'en')).to.equal(undefined);
  });

  it('on Continue with problems: the summary, every problem of the step', () => {
    const journey = new Journey();
    expect(journey.next()).to.equal(SUMMARY);
    expect(journey.step).to.equal('about');
    expect(journey.summaryItems(t, 'en').map((i) => i.field)).to.deep.equal([
      'entityName',
      'entityType',
      'contactName',
      'email',
    ]);
    expect(journey.message('title', t, 'en')).to.equal(undefined);
  });

  it('lists in the summary what Continue found; later problems show on their field only', () => {
    const journey = new Journey();
    journey.next();
    journey.input('entityName', 'City of Lisbon');
    expect(journey.summaryItems(t, 'en').map((i) => i.field)).to.deep.equal([
      'entityType',
      'contactName',
      'email',
    ]);
    journey.input('phone', 'call me');
    journey.leave('phone');
    expect(journey.message('phone', t, 'en')).to.equal(t.errors.phoneFormat);
    expect(journey.summaryItems(t, 'en').map((i) => i.field)).not.to.include('phone');
    journey.next();
    expect(journey.summaryItems(t, 'en').map((i) => i.field)).to.include('phone');
  });

  it('moves on, then back, focusing the step heading', () => {
    const journey = new Journey(complete());
    expect(journey.next()).to.equal(HEADING);
    expect(journey.step).to.equal('pledge');
    expect(journey.summaryItems(t, 'en')).to.deep.equal([]);
    journey.next();
    expect(journey.step).to.equal('check');
    expect(journey.back()).to.equal(HEADING);
    expect(journey.step).to.equal('pledge');
  });

  it('returns to Check your answers after a Change', () => {
    const journey = new Journey(complete(), 'check');
    expect(journey.change('email')).to.equal('[name=email]');
    expect(journey.step).to.equal('about');
    journey.next();
    expect(journey.step).to.equal('check');
    journey.back();
    journey.next();
    expect(journey.step).to.equal('check');
  });

  it('before Submit: every step checked, the first problem shown with the summary', () => {
    const journey = new Journey({ ...complete(), endDate: '2021-01-01', phone: 'x' }, 'check');
    expect(journey.check()).to.equal(SUMMARY);
    expect(journey.step).to.equal('about');
    expect(journey.summaryItems(t, 'en')).to.deep.equal([
      { field: 'phone', message: t.errors.phoneFormat },
      { field: 'endDate', message: t.errors.endBeforeStart },
    ]);
    expect(journey.goToField('endDate')).to.equal('[name=endDate]');
    expect(journey.step).to.equal('pledge');
    expect(journey.summary).to.equal(true);
    expect(new Journey(complete(), 'check').check()).to.equal(undefined);
  });

  it('puts the receiver’s messages on their fields until they are changed', () => {
    const journey = new Journey(complete(), 'check');
    expect(journey.refused({ title: 'Taken' }, ['Try tomorrow'])).to.equal(SUMMARY);
    expect(journey.step).to.equal('pledge');
    expect(journey.summaryItems(t, 'en')).to.deep.equal([
      { field: 'title', message: 'Taken' },
      { message: 'Try tomorrow' },
    ]);
    journey.input('title', 'Another title');
    expect(journey.message('title', t, 'en')).to.equal(undefined);
  });

  it('fills the limits into messages in the locale’s digits', () => {
    const journey = new Journey({ ...emptyAnswers(), description: 'short' });
    journey.input('description', 'short');
    journey.leave('description');
    expect(journey.message('description', t, 'en')).to.equal(
      'Description must be 300 characters or more',
    );
    expect(journey.message('description', t, 'ar-EG')).to.equal(
      'Description must be ٣٠٠ characters or more',
    );
  });
});
