// Helpers the element suites share.

/** The visible text of a node, with runs of white space made one space. */
export const text = (node: Node | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Runs an action that should start a file download (src/calendar/download.ts)
 * and returns the file instead of letting the browser save it. The file may
 * come a moment later (calendar files are made by a chunk loaded on the
 * first click): it waits up to `timeout` ms for it.
 */
export async function captureDownload(
  action: () => unknown,
  timeout = 2000,
): Promise<{ filename: string; type: string; text: string } | undefined> {
  const original = URL.createObjectURL;
  let blob: Blob | undefined;
  let filename = '';
  URL.createObjectURL = (object: Blob | MediaSource) => {
    if (object instanceof Blob) blob = object;
    return original.call(URL, object);
  };
  const stop = (event: Event) => {
    const link = event.target as HTMLAnchorElement;
    if (link instanceof HTMLAnchorElement && link.hasAttribute('download')) {
      filename = link.download;
      event.preventDefault();
    }
  };
  document.addEventListener('click', stop, true);
  try {
    await action();
    const until = Date.now() + timeout;
    while (!blob && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 10));
  } finally {
    URL.createObjectURL = original;
    document.removeEventListener('click', stop, true);
  }
  return blob && { filename, type: blob.type, text: await blob.text() };
}

/**
 * The text with the comma after an English weekday taken out: engines' ICU
 * data differ on it ("Wed 18 May" in Chromium and Firefox, "Wed, 18 May" in
 * WebKitGTK), and the tests check the facts, not the punctuation.
 */
export const withoutWeekdayComma = (value: string): string =>
  value.replace(/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(day|sday|nesday|rsday|urday)?,/g, '$1$2');
