// Every section of the ru strings, for tools and tests; elements load the sections they show.
import type { Catalog } from './en.js';
import common from './ru/common.js';
import schedule from './ru/schedule.js';
import roundtable from './ru/roundtable.js';
import objectives from './ru/objectives.js';
import pledge from './ru/pledge.js';
import about from './ru/about.js';

const ru: Catalog = { common, schedule, roundtable, objectives, pledge, about };

export default ru;
