import { expect, fixture, html } from '@open-wc/testing';
import '../../src/schedule/define.js';
import type { ImrfSchedule } from '../../src/schedule/schedule.js';

describe('<imrf-schedule>', () => {
  it('shows the IMRF 2022 programme from the embedded default', async () => {
    const el = await fixture<ImrfSchedule>(html`<imrf-schedule></imrf-schedule>`);
    const sessions = el.shadowRoot!.querySelectorAll('[part=session]');
    expect(sessions).to.have.length(11);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(
      'International Migration Review Forum 2022',
    );
  });
});
