import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { directionOf, intlLocale, matchLanguage } from '../../src/i18n/languages.js';
import { pickText, textLang } from '../../src/i18n/text.js';
import { TestElement, shown } from '../helpers/test-element.js';

const root = (el: TestElement) => el.shadowRoot!.querySelector('[part=base]')!;

describe('language of an element', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('comes from its own lang attribute', async () => {
    const el = await fixture<TestElement>(html`<imrf-test-element lang="fr"></imrf-test-element>`);
    expect(root(el).getAttribute('lang')).to.equal('fr');
    expect(shown(el, '.title')).to.equal('Forum d’examen des migrations internationales 2022');
  });

  it('else from the closest ancestor with lang', async () => {
    const wrapper = await fixture(
      html`<div lang="es">
        <section><imrf-test-element></imrf-test-element></section>
      </div>`,
    );
    const el = wrapper.querySelector('imrf-test-element')!;
    await el.updateComplete;
    expect(root(el).getAttribute('lang')).to.equal('es');
    expect(shown(el, '.title')).to.equal('Foro de Examen de la Migración Internacional 2022');
  });

  it('else from the document', async () => {
    document.documentElement.setAttribute('lang', 'ru');
    const el = await fixture<TestElement>(html`<imrf-test-element></imrf-test-element>`);
    expect(root(el).getAttribute('lang')).to.equal('ru');
  });

  it('follows changes of lang on the page', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><imrf-test-element></imrf-test-element></div>`,
    );
    const el = wrapper.querySelector('imrf-test-element')!;
    await el.updateComplete;
    wrapper.setAttribute('lang', 'zh');
    await waitUntil(() => root(el).getAttribute('lang') === 'zh');
    await el.updateComplete;
    expect(shown(el, '.title')).to.equal('2022年国际移民问题审查论坛');
  });

  it('renders Arabic right to left, and other languages left to right', async () => {
    const el = await fixture<TestElement>(html`<imrf-test-element lang="ar"></imrf-test-element>`);
    expect(root(el).getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(root(el)).direction).to.equal('rtl');
    el.lang = 'fr';
    await waitUntil(() => root(el).getAttribute('dir') === 'ltr');
  });

  it('shows its states in its language', async () => {
    const el = await fixture<TestElement>(
      html`<imrf-test-element lang="fr" data="{"></imrf-test-element>`,
    );
    expect(shown(el, '[role=alert] p')).to.equal(
      'Les données du forum sont illisibles : ce n’est pas du JSON valide.',
    );
    expect(shown(el, '[part=retry-button]')).to.equal('Réessayer');
  });

  it('is English for languages outside the six', async () => {
    const el = await fixture<TestElement>(
      html`<imrf-test-element lang="de" data="{"></imrf-test-element>`,
    );
    expect(root(el).getAttribute('lang')).to.equal('en');
    expect(shown(el, '[part=retry-button]')).to.equal('Try again');
  });
});

describe('matching languages', () => {
  it('maps tags to the six languages', () => {
    expect(matchLanguage('fr-CA')).to.equal('fr');
    expect(matchLanguage('zh-Hant-TW')).to.equal('zh');
    expect(matchLanguage('AR')).to.equal('ar');
    expect(matchLanguage('pt-BR')).to.equal('en');
    expect(matchLanguage('')).to.equal('en');
    expect(matchLanguage(null)).to.equal('en');
  });

  it('keeps regional tags for Intl, and refuses invalid ones', () => {
    expect(intlLocale('fr-CA', 'fr')).to.equal('fr-CA');
    expect(intlLocale('en_GB', 'en')).to.equal('en-GB');
    expect(intlLocale('fr-!!', 'fr')).to.equal('fr');
    expect(intlLocale('de', 'en')).to.equal('en');
  });

  it('knows the direction of each language', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('zh')).to.equal('ltr');
  });
});

describe('pickText', () => {
  const text = { en: 'Round table', fr: 'Table ronde', 'zh-Hans': '圆桌会议' };

  it('picks the exact tag, then the same language, then English, then any', () => {
    expect(pickText(text, 'fr')).to.equal('Table ronde');
    expect(pickText(text, 'fr-CA')).to.equal('Table ronde');
    expect(pickText(text, 'zh')).to.equal('圆桌会议');
    expect(pickText(text, 'ru')).to.equal('Round table');
    expect(pickText({ es: 'Mesa' }, 'ru')).to.equal('Mesa');
    expect(pickText('Plain', 'ar')).to.equal('Plain');
    expect(pickText(undefined, 'en')).to.equal('');
  });

  it('matches tags whatever their case, the exact one before its language', () => {
    expect(pickText({ EN: 'Upper' }, 'en')).to.equal('Upper');
    expect(pickText({ fr: 'France', 'fr-CA': 'Canada' }, 'fr-CA')).to.equal('Canada');
    expect(pickText({ fr: 'France', 'fr-ca': 'Canada' }, 'fr-CA')).to.equal('Canada');
    expect(pickText({ __proto__: 'Proto', en: 'English' } as never, '__proto__')).to.equal(
      'English',
    );
  });
});

describe('textLang', () => {
  it('marks a text only when it is shown in another language than the locale’s', () => {
    const text = { en: 'Round table', 'zh-Hans': '圆桌会议' };
    expect(textLang(text, 'en')).to.equal(undefined);
    expect(textLang(text, 'en-GB')).to.equal(undefined);
    expect(textLang(text, 'zh-Hans')).to.equal(undefined);
    expect(textLang(text, 'zh')).to.equal(undefined);
    expect(textLang(text, 'fr')).to.equal('en');
    expect(textLang({ EN: 'Upper' }, 'ar')).to.equal('EN');
    expect(textLang('Plain', 'ar')).to.equal(undefined);
  });
});
