// The first Intl formatter of a page costs tens of milliseconds. An element
// waiting for its data has the browser load its locale's date data meanwhile,
// in a task of its own, so that cost does not come between the data's
// arrival and the first render.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/roundtable/define.js';

/** Records the locale of every Intl.DateTimeFormat made while `run` goes on. */
async function recordingFormats<T>(run: (locales: string[]) => Promise<T>): Promise<T> {
  const original = Intl.DateTimeFormat;
  const locales: string[] = [];
  Intl.DateTimeFormat = new Proxy(original, {
    construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      locales.push(String(args[0]));
      return new target(...args);
    },
  });
  try {
    return await run(locales);
  } finally {
    Intl.DateTimeFormat = original;
  }
}

describe('locale data while an element waits for its data', () => {
  it('is loaded for the element’s locale before its data arrives, in a task of its own', () =>
    recordingFormats(async (locales) => {
      // A locale no other test uses: its data is loaded once per page.
      const element = document.createElement('imrf-roundtable');
      element.lang = 'es-CL';
      element.setAttribute('src', '/api/forum.json?key=prepare-formats&delay=1500');
      document.body.append(element);
      const loaded = oneEvent(element, 'imrf-load');
      let arrived = false;
      void loaded.then(() => (arrived = true));
      const deadline = performance.now() + 1000;
      while (!locales.includes('es-CL') && performance.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(arrived, 'the data is still on its way').to.equal(false);
      expect(locales).to.include('es-CL');
      await loaded;
      element.remove();
    }));
});
