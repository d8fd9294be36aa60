// Runs in the benchmark page. bench/run.mjs opens
// page.html?lib=imrf|fullcalendar&data=imrf|200|2000|10000[&view=list|timegrid]
// and calls window.bench.* through puppeteer. Data is prepared before the
// clock starts; the clock stops when the element's content is rendered and
// laid out (a forced layout after the element says it is done).
// page.html?lib=warm loads our elements and FullCalendar into one page and
// times renders in it with the code already loaded (window.bench.warm*).
import { syntheticForum } from './synthetic-forum.js';

const params = new URLSearchParams(location.search);
const lib = params.get('lib');
const dataset = params.get('data');
const view = params.get('view') ?? 'list';
const stage = document.getElementById('stage');

const SIZES = { 200: 10, 2000: 20, 10000: 60 };
async function forumData() {
  if (dataset === 'imrf') return (await fetch('/data/imrf-2022.json')).json();
  const sessions = Number(dataset);
  return syntheticForum({ sessions, days: SIZES[sessions], rooms: 12, seed: 1 });
}

/** The same sessions as FullCalendar events. */
function toEvents(forum) {
  const rooms = new Map((forum.rooms ?? []).map((r) => [r.id, r.name]));
  const text = (t) => (typeof t === 'string' ? t : (t?.en ?? Object.values(t ?? {})[0] ?? ''));
  return forum.sessions.map((s) => ({
    id: s.id,
    title: text(s.title),
    start: s.start,
    end: s.end,
    extendedProps: { room: text(rooms.get(s.room)), description: text(s.description) },
  }));
}

function range(forum) {
  const starts = forum.sessions.map((s) => Date.parse(s.start));
  const ends = forum.sessions.map((s) => Date.parse(s.end));
  const day = 86400000;
  const start = new Date(Math.min(...starts) - day).toISOString().slice(0, 10);
  const end = new Date(Math.max(...ends) + day).toISOString().slice(0, 10);
  return { start, end };
}

/** Elements in the document, shadow trees included. */
function countNodes(root) {
  let count = 0;
  for (const el of root.querySelectorAll('*')) {
    count++;
    if (el.shadowRoot) count += countNodes(el.shadowRoot);
  }
  return count;
}

const layout = (el) => el.getBoundingClientRect().height + document.documentElement.scrollHeight;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function load() {
  if (lib === 'warm') {
    await Promise.all([import('./.work/imrf-all.js'), import('./.work/fullcalendar.js')]);
    for (const tag of ['imrf-schedule', 'imrf-roundtable', 'imrf-objectives', 'full-calendar'])
      await customElements.whenDefined(tag);
    return;
  }
  if (lib === 'imrf')
    await import(params.has('dev') ? './.work/imrf-dev.js' : '/dist/cdn/imrf-schedule.js');
  else await import('./.work/fullcalendar.js');
  await customElements.whenDefined(lib === 'imrf' ? 'imrf-schedule' : 'full-calendar');
}

/** A task after the next frame's paint: requestAnimationFrame, then a message. */
function nextPaint() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
}

/**
 * The nodes of a tree (a shadow root, or an element's light DOM): elements,
 * text nodes, text nodes of whitespace only, comments (Lit's markers).
 */
function nodeKinds(root) {
  const counts = { elements: 0, text: 0, whitespace: 0, comments: 0 };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) counts.elements++;
    else if (node.nodeType === Node.COMMENT_NODE) counts.comments++;
    else if (node.nodeType === Node.TEXT_NODE) {
      counts.text++;
      if (node.data.trim() === '') counts.whitespace++;
    }
  }
  return { total: counts.elements + counts.text + counts.comments, ...counts };
}

/** The warm cases: what each creates, and when it says its first render is done. */
const WARM = {
  schedule: (data) => {
    const el = document.createElement('imrf-schedule');
    el.setAttribute('now', '2022-05-18T12:00:00-04:00');
    el.data = data;
    return el;
  },
  roundtable: (data) => {
    const el = document.createElement('imrf-roundtable');
    el.data = data;
    return el;
  },
  objectives: (data) => {
    const el = document.createElement('imrf-objectives');
    el.data = data;
    return el;
  },
  // FullCalendar renders when given its options, once in the page.
  'fc-list': () => document.createElement('full-calendar'),
};

/**
 * The floor under a render: what the first render of `schedule` and of
 * `fc-list` built (shadow tree and stylesheets, or FullCalendar's light DOM
 * under its document styles), copied by warmPrepare and cloned into a new
 * element with no script of either library. What these cases take to lay
 * out and paint is what that markup costs the browser however it is made.
 */
const MARKUP = { 'schedule-markup': 'schedule', 'fc-list-markup': 'fc-list' };
const markups = {};

/** A copy of what the element `el` rendered, to clone from. */
function copyMarkup(el) {
  const fragment = document.createDocumentFragment();
  for (const node of (el.shadowRoot ?? el).childNodes) fragment.append(node.cloneNode(true));
  return {
    fragment,
    sheets: el.shadowRoot?.adoptedStyleSheets,
    attributes: [...el.attributes].map((a) => [a.name, a.value]),
  };
}

/** A new element holding a clone of the markup of `kind` (a MARKUP case). */
function cloneMarkup(kind) {
  const { fragment, sheets, attributes } = markups[MARKUP[kind]];
  const el = document.createElement('div');
  for (const [name, value] of attributes) el.setAttribute(name, value);
  const root = sheets ? el.attachShadow({ mode: 'open' }) : el;
  if (sheets) root.adoptedStyleSheets = sheets;
  root.append(fragment.cloneNode(true));
  return el;
}

let longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push(entry.duration);
}).observe({ type: 'longtask', buffered: false });

let element;

window.bench = {
  async prepare() {
    await load();
    this.data = await forumData();
    this.events = lib === 'fullcalendar' ? toEvents(this.data) : undefined;
    await frame();
    return { sessions: this.data.sessions.length };
  },

  /** Creates the element and resolves with the milliseconds until it is rendered and laid out. */
  async render() {
    longTasks = [];
    const t0 = performance.now();
    if (lib === 'imrf') {
      element = document.createElement('imrf-schedule');
      element.setAttribute('now', '2022-05-18T12:00:00-04:00');
      element.data = this.data;
      // Large forums arrive over a few tasks: the clock runs until they are rendered.
      const loaded = new Promise((resolve) => element.addEventListener('imrf-load', resolve));
      stage.append(element);
      await loaded;
      await element.updateComplete;
    } else {
      element = document.createElement('full-calendar');
      stage.append(element);
      const { start, end } = range(this.data);
      element.options =
        view === 'timegrid'
          ? {
              initialView: 'timeGridWeek',
              initialDate: start,
              timeZone: 'local',
              events: this.events,
              height: 'auto',
            }
          : {
              initialView: 'list',
              visibleRange: { start, end },
              timeZone: 'local',
              events: this.events,
              height: 'auto',
            };
      while (!element.querySelector('.fc-view')) await Promise.resolve();
    }
    const scripted = performance.now() - t0;
    layout(element);
    const ms = performance.now() - t0;
    await frame();
    await frame();
    return { ms, scripted, longTasks: [...longTasks], nodes: countNodes(document) };
  },

  /**
   * Warm page: creates one element (`schedule`, `roundtable`, `objectives`
   * or `fc-list`, or a MARKUP case's copy) on the IMRF data with every
   * script already loaded, and resolves with the milliseconds until it is rendered and laid out
   * (updateComplete, then a forced layout) and until the next paint (a
   * frame, then a task); then removes it. Our elements get the same data
   * object each time, so it is validated once per page, as the embedded
   * default is (pass `{ fresh: true }` for a new copy, validated anew).
   */
  async warm(kind, { keep = false, fresh = false, phase = 0 } = {}) {
    const data = fresh ? structuredClone(this.data) : this.data;
    this.span ??= range(this.data);
    // Starts `phase` ms into a frame, as a visitor's click would at any moment:
    // the next paint waits for the frame after the work, wherever it ends.
    await frame();
    if (phase > 0) await new Promise((resolve) => setTimeout(resolve, phase));
    const t0 = performance.now();
    const markup = kind in MARKUP;
    const el = markup ? cloneMarkup(kind) : WARM[kind](data);
    stage.append(el);
    if (!markup) await this.firstRender(kind, el);
    const scripted = performance.now() - t0;
    void el.offsetHeight;
    const laidOut = performance.now() - t0;
    await nextPaint();
    const painted = performance.now() - t0;
    const nodes = nodeKinds(el.shadowRoot ?? el);
    // What a first render held back follows later: until it has rendered too.
    if (!markup) {
      while (el.shadowRoot?.querySelector('[data-held]')) await frame();
      if (kind !== 'fc-list') await el.updateComplete;
    }
    void el.offsetHeight;
    const complete = performance.now() - t0;
    if (!keep) el.remove();
    return { laidOut, painted, complete, scripted, nodes };
  },

  /** Resolves once `el`, a WARM case just added to the page, has done its first render. */
  async firstRender(kind, el) {
    if (kind === 'fc-list') {
      const { events, span } = this;
      el.options = {
        initialView: 'list',
        visibleRange: span,
        timeZone: 'local',
        events,
        height: 'auto',
      };
      while (!el.querySelector('.fc-view')) await Promise.resolve();
    } else await el.updateComplete;
  },

  async warmPrepare() {
    await load();
    this.data = await forumData();
    this.events = toEvents(this.data);
    // One untimed render of each first: chunks (strings, data) loaded, code compiled.
    for (const kind of Object.keys(WARM)) await this.warm(kind);
    // The markup of a first render (before what it held back), for the MARKUP cases.
    for (const kind of Object.values(MARKUP)) {
      const el = WARM[kind](this.data);
      stage.append(el);
      await this.firstRender(kind, el);
      markups[kind] = copyMarkup(el);
      el.remove();
    }
    await frame();
    return { sessions: this.data.sessions.length };
  },

  /** Milliseconds for one attribute change on our schedule to render and lay out. */
  async update(attribute, value) {
    const t0 = performance.now();
    if (value === null) element.removeAttribute(attribute);
    else element.setAttribute(attribute, value);
    await element.updateComplete;
    layout(element);
    return performance.now() - t0;
  },

  /** Values the update benchmark can switch between, taken from the data. */
  choices() {
    const forum = this.data;
    const day = forum.sessions[Math.floor(forum.sessions.length / 2)].start.slice(0, 10);
    return {
      day,
      room: forum.rooms[3]?.id ?? forum.rooms[0].id,
      objective: String(forum.roundtables?.[0]?.objectives?.[0] ?? 7),
      search: 'remittances',
    };
  },
};
