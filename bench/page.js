// Runs in the benchmark page. bench/run.mjs opens
// page.html?lib=imrf|fullcalendar&data=imrf|200|2000|10000[&view=list|timegrid]
// and calls window.bench.* through puppeteer. Data is prepared before the
// clock starts; the clock stops when the element's content is rendered and
// laid out (a forced layout after the element says it is done).
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
  if (lib === 'imrf')
    await import(params.has('dev') ? './.work/imrf-dev.js' : '/dist/cdn/imrf-widgets.js');
  else await import('./.work/fullcalendar.js');
  await customElements.whenDefined(lib === 'imrf' ? 'imrf-schedule' : 'full-calendar');
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
