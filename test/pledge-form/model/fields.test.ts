import { expect } from '@open-wc/testing';
import { loadCountryNames } from '../../../src/i18n/countries.js';
import { countryOptions } from '../../../src/pledge-form/model/country-options.js';
import {
  charCount,
  emptyAnswers,
  fieldOfKey,
  fieldsOf,
  normalizeAnswers,
  objectiveNumbers,
  partnerList,
} from '../../../src/pledge-form/model/fields.js';

describe('pledge form model', () => {
  it('prefills from a partner page: objectives="7 17", entity-type, country', () => {
    const answers = emptyAnswers({
      objectives: '17 7 7',
      entityType: ' member-state ',
      country: 'ma',
    });
    expect(answers.objectives).to.deep.equal([7, 17]);
    expect(answers.entityType).to.equal('member-state');
    expect(answers.country).to.equal('MA');
    expect(answers.title).to.equal('');
    expect(answers.migrants).to.equal(false);
  });

  it('drops prefill values the form does not know', () => {
    const answers = emptyAnswers({
      objectives: '0 24 seven 3.5 ,12,',
      entityType: 'king',
      country: 'Portugal',
    });
    expect(answers.objectives).to.deep.equal([12]);
    expect(answers.entityType).to.equal('');
    expect(answers.country).to.equal('');
  });

  it('turns anything stored into answers of the right types, never throwing', () => {
    for (const junk of [null, 42, 'text', [], { title: 7, commitments: 'policy', migrants: 'yes' }])
      expect(normalizeAnswers(junk)).to.deep.equal(emptyAnswers());
    const kept = normalizeAnswers({
      title: 'T',
      commitments: ['policy', 'bribery', 'financial'],
      levels: ['national'],
      guidingPrinciples: ['human-rights', 3, 'human-rights'],
      objectives: ['7', 2],
      migrants: true,
    });
    expect(kept.title).to.equal('T');
    expect(kept.commitments).to.deep.equal(['financial', 'policy']);
    expect(kept.levels).to.deep.equal(['national']);
    expect(kept.guidingPrinciples).to.deep.equal(['human-rights']);
    expect(kept.objectives).to.deep.equal([2, 7]);
    expect(kept.migrants).to.equal(true);
  });

  it('counts characters as people and JSON Schema do (code points, trimmed)', () => {
    expect(charCount('  abc \n')).to.equal(3);
    expect(charCount('🌍🌍')).to.equal(2);
    expect(charCount('مهاجر')).to.equal(5);
    expect(objectiveNumbers([23, '1', 1])).to.deep.equal([1, 23]);
  });

  it('reads the partners one per line', () => {
    expect(partnerList('IOM\n\n  City of Porto \r\n')).to.deep.equal(['IOM', 'City of Porto']);
    expect(partnerList('  ')).to.deep.equal([]);
  });

  it('finds the field a server error names, by field or body path', () => {
    expect(fieldOfKey('title')).to.equal('title');
    expect(fieldOfKey('contact.email')).to.equal('email');
    expect(fieldOfKey('/entity/name')).to.equal('entityName');
    expect(fieldOfKey('partners[1]')).to.equal('partners');
    expect(fieldOfKey('objectives.0')).to.equal('objectives');
    expect(fieldOfKey('entityType')).to.equal('entityType');
    expect(fieldOfKey('signature')).to.equal(undefined);
    expect(fieldOfKey('')).to.equal(undefined);
  });

  it('puts every field on a step, in the order of the form', () => {
    expect(fieldsOf('about')).to.deep.equal([
      'entityName',
      'entityType',
      'country',
      'contactName',
      'email',
      'phone',
    ]);
    expect(fieldsOf('pledge')[0]).to.equal('title');
    expect(fieldsOf('pledge').at(-1)).to.equal('migrants');
    expect(fieldsOf('check')).to.deep.equal([]);
  });

  it('names countries and areas in the language, sorted its way', async () => {
    await Promise.all([loadCountryNames('en'), loadCountryNames('ar'), loadCountryNames('fr')]);
    const en = countryOptions('en');
    expect(en).to.have.length(248);
    expect(en.find((c) => c.value === 'PT')!.label).to.equal('Portugal');
    expect(en[0]!.label).to.equal('Afghanistan');
    const ar = countryOptions('ar');
    expect(ar.find((c) => c.value === 'MA')!.label).to.equal('المغرب');
    expect(ar).to.equal(countryOptions('ar'));
    const fr = countryOptions('fr').map((c) => c.label);
    expect(fr.indexOf('Égypte')).to.be.below(fr.indexOf('Espagne'));
  });
});
