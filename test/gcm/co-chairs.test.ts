import { expect } from '@open-wc/testing';
import { countryNamesLoaded, loadCountryNames } from '../../src/i18n/countries.js';
import { coChairNames } from '../../src/gcm/co-chairs.js';

describe('co-chair names', () => {
  // Names come from the tables a page loads (or the built-in data gives).
  before(() => loadCountryNames('en'));

  it('joins the UN M49 names the locale’s way', () => {
    expect(coChairNames(['EG', 'DE'], 'en')).to.equal('Egypt and Germany');
    expect(coChairNames(['DE', 'EG'], 'en')).to.equal('Germany and Egypt');
    expect(coChairNames(['NO'], 'en')).to.equal('Norway');
    expect(coChairNames([], 'en')).to.equal('');
  });

  it('does not keep the stand-ins once the language’s names have loaded', async () => {
    expect(countryNamesLoaded('ru')).to.equal(false);
    // While the Russian names load, English names in a Russian list.
    expect(coChairNames(['EG', 'DE'], 'ru')).to.equal('Egypt и Germany');
    expect(await loadCountryNames('ru')).to.equal(true);
    expect(coChairNames(['EG', 'DE'], 'ru')).to.equal('Египет и Германия');
  });
});
