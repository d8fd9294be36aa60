/**
 * Marks an answer of the test server as never to be cached, for good. The
 * test runner's cache middleware (@web/test-runner-core), which wraps ours,
 * sets `public, max-age=31536000` on every answer whose path has an
 * extension once ours have run: without this, a second request for
 * /api/forum.json?key=… would be answered from the browser's cache, and a
 * test's Try again would never reach the server.
 */
export function noStore(ctx) {
  const { response } = ctx;
  response.set('cache-control', 'no-store');
  const set = response.set.bind(response);
  response.set = (field, ...rest) => {
    if (typeof field === 'string' && field.toLowerCase() === 'cache-control') return;
    set(field, ...rest);
  };
}
