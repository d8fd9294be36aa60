// Every section of the fr strings, for tools and tests; elements load the sections they show.
import type { Catalog } from './en.js';
import common from './fr/common.js';
import schedule from './fr/schedule.js';
import roundtable from './fr/roundtable.js';
import objectives from './fr/objectives.js';
import pledge from './fr/pledge.js';
import about from './fr/about.js';

const fr: Catalog = { common, schedule, roundtable, objectives, pledge, about };

export default fr;
