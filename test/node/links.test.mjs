// Every relative link of the documentation resolves: README.md, CONTRIBUTING.md,
// CHANGELOG.md and docs/*.md link to files that exist, and every `#anchor`
// (in the same page or another Markdown page) names a heading of that page,
// with GitHub's heading ids. Links to other sites are not fetched.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const PAGES = [
  'README.md',
  'CONTRIBUTING.md',
  'CHANGELOG.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('docs', name)),
];

/** The text of a page outside code fences and code spans (links there are examples). */
function prose(markdown) {
  let fence = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        fence = !fence;
        return '';
      }
      return fence ? '' : line.replace(/(`+)[^`]*?\1/g, '');
    })
    .join('\n');
}

/** GitHub's id for a heading: its text lower-cased, punctuation dropped, spaces as hyphens. */
export function slug(heading) {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // a link's text
    .replace(/`/g, '')
    .replace(/(\*\*|__|\*|\b_|_\b)/g, '') // emphasis
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of a Markdown page: its headings' ids (repeats numbered) and explicit ids. */
function anchorsOf(markdown) {
  const anchors = new Set();
  const seen = new Map();
  let fence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      // Code spans are part of a heading's text: `<imrf-schedule>` → imrf-schedule.
      const base = slug(heading[1].replace(/`([^`]*)`/g, '$1'));
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      anchors.add(count ? `${base}-${count}` : base);
    }
    for (const [, id] of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(id);
  }
  return anchors;
}

/** The link targets of a page: inline links and images, reference definitions, HTML href/src. */
function linksOf(markdown) {
  const text = prose(markdown);
  return [
    ...[...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
    ...[...text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]),
    ...[...text.matchAll(/\b(?:href|src)="([^"]+)"/g)].map((m) => m[1]),
  ];
}

/** The links of these pages that do not resolve, as `page: target (why)`. */
export function brokenLinks(pages, root = '.') {
  const broken = [];
  const anchors = new Map();
  const anchorsIn = (path) => {
    if (!anchors.has(path)) anchors.set(path, anchorsOf(readFileSync(path, 'utf8')));
    return anchors.get(path);
  };
  for (const page of pages) {
    const path = resolve(root, page);
    for (const target of linksOf(readFileSync(path, 'utf8'))) {
      if (/^[a-z][a-z+.-]*:/i.test(target) || target.startsWith('//')) continue; // another site
      const [file, anchor] = target.split('#');
      const linked = file ? resolve(dirname(path), decodeURIComponent(file)) : path;
      if (!existsSync(linked)) {
        broken.push(`${page}: ${target} (no ${relative(resolve(root), linked)})`);
        continue;
      }
      if (anchor !== undefined && linked.endsWith('.md') && !anchorsIn(linked).has(anchor))
        broken.push(`${page}: ${target} (no heading #${anchor})`);
    }
  }
  return broken;
}

test('GitHub heading ids', () => {
  assert.equal(slug('Quick start'), 'quick-start');
  assert.equal(slug('<imrf-schedule>'), 'imrf-schedule');
  assert.equal(
    slug('Content Security Policy and Trusted Types'),
    'content-security-policy-and-trusted-types',
  );
  assert.equal(slug('The forum data contract, version 1'), 'the-forum-data-contract-version-1');
  assert.equal(slug('React 19'), 'react-19');
  assert.equal(slug('[Unreleased]'), 'unreleased');
});

test('the checker finds a missing file, a missing heading and a missing heading elsewhere', () => {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  try {
    writeFileSync(join(dir, 'a.md'), '# A page\n\n## Second part\n');
    writeFileSync(
      join(dir, 'b.md'),
      [
        '# B',
        '',
        '[ok](a.md) [ok](a.md#second-part) [ok](#b) [out](https://example.org/x.md)',
        '[gone](c.md) [gone](a.md#third-part) [gone](#nowhere)',
        '`[example](not-checked.md)`',
        '',
        '```md',
        '[example](not-checked-either.md)',
        '```',
      ].join('\n'),
    );
    assert.deepEqual(brokenLinks(['b.md'], dir), [
      'b.md: c.md (no c.md)',
      'b.md: a.md#third-part (no heading #third-part)',
      'b.md: #nowhere (no heading #nowhere)',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every relative link and anchor of the documentation resolves', () => {
  const count = PAGES.reduce((n, page) => n + linksOf(readFileSync(page, 'utf8')).length, 0);
  assert.ok(PAGES.length >= 8 && count > 30, `only ${count} links in ${PAGES.length} pages`);
  assert.deepEqual(brokenLinks(PAGES), []);
});
