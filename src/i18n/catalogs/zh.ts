// Every section of the zh strings, for tools and tests; elements load the sections they show.
import type { Catalog } from './en.js';
import common from './zh/common.js';
import schedule from './zh/schedule.js';
import roundtable from './zh/roundtable.js';
import objectives from './zh/objectives.js';
import pledge from './zh/pledge.js';
import about from './zh/about.js';

const zh: Catalog = { common, schedule, roundtable, objectives, pledge, about };

export default zh;
