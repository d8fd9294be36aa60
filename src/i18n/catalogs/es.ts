// Every section of the es strings, for tools and tests; elements load the sections they show.
import type { Catalog } from './en.js';
import common from './es/common.js';
import schedule from './es/schedule.js';
import roundtable from './es/roundtable.js';
import objectives from './es/objectives.js';
import pledge from './es/pledge.js';
import about from './es/about.js';

const es: Catalog = { common, schedule, roundtable, objectives, pledge, about };

export default es;
