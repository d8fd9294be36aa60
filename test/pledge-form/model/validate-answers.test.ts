import { expect } from '@open-wc/testing';
import {
  emptyAnswers,
  isoDate,
  type PledgeAnswers,
} from '../../../src/pledge-form/model/fields.js';
import { validate, validateField } from '../../../src/pledge-form/model/validate-answers.js';
import { DESCRIPTION } from '../helpers.js';

const valid: PledgeAnswers = {
  ...emptyAnswers(),
  entityName: 'City of Lisbon',
  entityType: 'local-government',
  contactName: 'Ana Silva',
  email: 'ana.silva@example.org',
  title: 'One-stop centres',
  description: DESCRIPTION,
  commitments: ['policy'],
  objectives: [7],
  levels: ['local'],
  startDate: '2022-06-01',
  endDate: '2024-12-31',
  indicators: 'People served',
  migrants: true,
};
const check = (changes: Partial<PledgeAnswers>, field: keyof PledgeAnswers) =>
  validateField(field, { ...valid, ...changes });

describe('pledge validation', () => {
  it('accepts a complete pledge, optional answers left empty', () => {
    expect(validate(valid)).to.deep.equal({});
  });

  it('asks for every required answer, in the order of the form', () => {
    expect(Object.entries(validate(emptyAnswers()))).to.deep.equal([
      ['entityName', 'entityName'],
      ['entityType', 'entityType'],
      ['contactName', 'contactName'],
      ['email', 'email'],
      ['title', 'title'],
      ['description', 'description'],
      ['commitments', 'commitments'],
      ['objectives', 'objectives'],
      ['levels', 'levels'],
      ['startDate', 'startDate'],
      ['endDate', 'endDate'],
      ['indicators', 'indicators'],
      ['migrants', 'migrants'],
    ]);
    expect(check({ entityName: '   ' }, 'entityName')).to.equal('entityName');
  });

  it('checks an email address the way the schema does', () => {
    expect(check({ email: 'ana@example' }, 'email')).to.equal('emailFormat');
    expect(check({ email: 'ana silva@example.org' }, 'email')).to.equal('emailFormat');
    expect(check({ email: ' ana+imrf@un.example.org ' }, 'email')).to.equal(undefined);
  });

  it('takes a phone number with a country code, or none', () => {
    expect(check({ phone: '+1 (212) 963-1234' }, 'phone')).to.equal(undefined);
    expect(check({ phone: 'call me' }, 'phone')).to.equal('phoneFormat');
    expect(check({ phone: '' }, 'phone')).to.equal(undefined);
  });

  it('limits the title to 150 characters', () => {
    expect(check({ title: 'é'.repeat(150) }, 'title')).to.equal(undefined);
    expect(check({ title: 'é'.repeat(151) }, 'title')).to.equal('titleLong');
  });

  it('wants 300 to 3,000 characters of description', () => {
    expect(check({ description: 'a'.repeat(299) }, 'description')).to.equal('descriptionShort');
    expect(check({ description: `  ${'a'.repeat(300)}  ` }, 'description')).to.equal(undefined);
    expect(check({ description: '🌍'.repeat(3000) }, 'description')).to.equal(undefined);
    expect(check({ description: 'a'.repeat(3001) }, 'description')).to.equal('descriptionLong');
  });

  it('reads dates written year, month, day, whatever the separator', () => {
    expect(isoDate('2022-02-28')).to.equal('2022-02-28');
    expect(isoDate(' 2022/6/1 ')).to.equal('2022-06-01');
    expect(isoDate('2022.12.31')).to.equal('2022-12-31');
    expect(isoDate('2024 2 29')).to.equal('2024-02-29');
    for (const wrong of [
      '2022-02-30',
      '2023-02-29',
      '01/06/2022',
      '2022-13-01',
      '2022-06',
      'June 1',
    ])
      expect(isoDate(wrong), wrong).to.equal('');
  });

  it('wants real dates, the end after the start', () => {
    expect(check({ startDate: '2022/6/1', endDate: '2022-06-02' }, 'endDate')).to.equal(undefined);
    expect(check({ startDate: '2022/6/1', endDate: '2022-6-1' }, 'endDate')).to.equal(
      'endBeforeStart',
    );
    expect(check({ startDate: '2022-13-01' }, 'startDate')).to.equal('startDate');
    expect(check({ endDate: '2022-06-01' }, 'endDate')).to.equal('endBeforeStart');
    expect(check({ endDate: '2022-05-31' }, 'endDate')).to.equal('endBeforeStart');
    expect(check({ endDate: '2022-06-02' }, 'endDate')).to.equal(undefined);
    expect(check({ startDate: '' }, 'endDate')).to.equal(undefined);
  });

  it('wants the confirmation that the pledge concerns migrants', () => {
    expect(check({ migrants: false }, 'migrants')).to.equal('migrants');
  });

  it('checks only the fields it is given', () => {
    expect(validate(emptyAnswers(), ['phone', 'title'])).to.deep.equal({ title: 'title' });
  });
});
