// Loaded first on a demo page under test (test/server/demos.js adds it when the
// URL has ?observe): keeps everything that goes wrong on the page, including
// Content Security Policy and Trusted Types violations, for the test to read.
(() => {
  const problems = (window.problems = []);
  addEventListener(
    'error',
    (event) => {
      const target = event.target;
      const what =
        target && target !== window
          ? `failed to load ${target.src || target.href || target.localName}`
          : `${event.message} (${event.filename}:${event.lineno})`;
      problems.push(`error: ${what}`);
    },
    true,
  );
  addEventListener('unhandledrejection', (event) =>
    problems.push(`unhandled rejection: ${event.reason}`),
  );
  document.addEventListener(
    'securitypolicyviolation',
    (event) =>
      problems.push(
        `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    true,
  );
  const error = console.error;
  console.error = (...args) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    error.apply(console, args);
  };
})();
