import { expect } from '@open-wc/testing';
import { templateHref } from '../../src/data/link-template.js';

const BASE = 'https://partner.example/gcm/index.html';

describe('templateHref', () => {
  it('fills {number} and resolves relative links against the page', () => {
    expect(templateHref('/objectives/{number}', 7, BASE)).to.equal(
      'https://partner.example/objectives/7',
    );
    expect(templateHref('objective-{number}.html', 12, BASE)).to.equal(
      'https://partner.example/gcm/objective-12.html',
    );
    expect(templateHref('#objective-{number}', 3, BASE)).to.equal(
      'https://partner.example/gcm/index.html#objective-3',
    );
    expect(
      templateHref('mailto:focal@partner.example?subject=Objective%20{number}', 5, BASE),
    ).to.equal('mailto:focal@partner.example?subject=Objective%205');
    expect(templateHref('/rt/{number}#rt{number}', 4, BASE)).to.equal(
      'https://partner.example/rt/4#rt4',
    );
  });

  it('keeps only http, https and mailto links', () => {
    expect(templateHref('javascript:alert({number})', 1, BASE)).to.equal(undefined);
    expect(templateHref(' JavaScript:alert(1)', 1, BASE)).to.equal(undefined);
    expect(templateHref('data:text/html,{number}', 1, BASE)).to.equal(undefined);
    expect(templateHref('', 1, BASE)).to.equal(undefined);
    expect(templateHref(undefined, 1, BASE)).to.equal(undefined);
    expect(templateHref(null, 1, BASE)).to.equal(undefined);
    expect(templateHref('https://[bad', 1, BASE)).to.equal(undefined);
  });
});
