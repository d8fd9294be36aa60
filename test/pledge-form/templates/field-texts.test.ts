import { expect } from '@open-wc/testing';
import { defaultForum } from '../../helpers/default-forum.js';
import { loadCatalog } from '../../helpers/catalog.js';
import en from '../../../src/i18n/catalogs/en.js';
import {
  countText,
  objectiveChoices,
  principleChoices,
  withLimits,
} from '../../../src/pledge-form/templates/field-texts.js';

const { forum } = defaultForum();
const t = en.pledge;

describe('pledge form labels', () => {
  it('labels each objective with its number and title', () => {
    const choices = objectiveChoices(forum.objectives, t, 'en', '', []);
    expect(choices).to.have.length(23);
    expect(choices[6]).to.deep.equal({
      value: '7',
      label: '7. Address and reduce vulnerabilities in migration',
      hidden: false,
    });
  });

  it('filters by number or words, keeping chosen objectives in view', () => {
    const shown = (filter: string, chosen: number[] = []) =>
      objectiveChoices(forum.objectives, t, 'en', filter, chosen)
        .filter((c) => !c.hidden)
        .map((c) => c.value);
    expect(shown('  DISCRIMINATION ')).to.deep.equal(['17']);
    expect(shown('discrimination', [7])).to.deep.equal(['7', '17']);
    expect(shown('23.')).to.deep.equal(['23']);
    expect(shown('nothing like this')).to.deep.equal([]);
  });

  it('offers the 23 objectives by number when the data has none', () => {
    const choices = objectiveChoices([], t, 'en', '', []);
    expect(choices.map((c) => c.label).slice(0, 2)).to.deep.equal(['Objective 1', 'Objective 2']);
    expect(choices).to.have.length(23);
  });

  it('labels the guiding principles from the data', () => {
    expect(principleChoices(forum.guidingPrinciples, 'fr')[5]).to.deep.equal({
      value: 'human-rights',
      label: 'Droits de l’homme',
    });
    expect(principleChoices(forum.guidingPrinciples, 'ru')[5]!.label).to.equal('Human rights');
  });

  it('counts the description towards 300 and down from 3,000', () => {
    expect(countText('', t, 'en')).to.deep.equal({
      text: 'You have entered 0 characters; at least 300 are needed',
      over: false,
    });
    expect(countText('a'.repeat(300), t, 'en').text).to.equal(
      'You have 2,700 characters remaining',
    );
    expect(countText('a'.repeat(3002), t, 'en')).to.deep.equal({
      text: 'You have 2 characters too many',
      over: true,
    });
    expect(withLimits(t.hints.description, 'fr', 'description')).to.equal(
      'What will be done, for whom and how, in 300 to 3\u202f000 characters.',
    );
  });

  it('says one character in the singular, in the language’s plural rules', async () => {
    expect(countText('a'.repeat(2999), t, 'en').text).to.equal('You have 1 character remaining');
    expect(countText('a'.repeat(3001), t, 'en').text).to.equal('You have 1 character too many');
    expect(countText('a', t, 'en').text).to.equal(
      'You have entered 1 character; at least 300 are needed',
    );
    const ru = (await loadCatalog('ru')).pledge;
    expect(countText('a'.repeat(2979), ru, 'ru').text).to.equal('Остался 21 знак');
    expect(countText('a'.repeat(2998), ru, 'ru').text).to.equal('Осталось 2 знака');
    expect(countText('a'.repeat(3005), ru, 'ru').text).to.equal('5 лишних знаков');
    expect(withLimits(ru.errors.titleLong, 'ru', 'titleLong')).to.equal(
      'Название должно содержать не более 150 знаков',
    );
  });
});
