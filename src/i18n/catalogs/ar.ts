// Every section of the ar strings, for tools and tests; elements load the sections they show.
import type { Catalog } from './en.js';
import common from './ar/common.js';
import schedule from './ar/schedule.js';
import roundtable from './ar/roundtable.js';
import objectives from './ar/objectives.js';
import pledge from './ar/pledge.js';
import about from './ar/about.js';

const ar: Catalog = { common, schedule, roundtable, objectives, pledge, about };

export default ar;
