/**
 * The English interface strings: the reference catalog, one module per
 * section (common, then one per element) so an element's chunk carries only
 * its own strings (src/i18n/strings.ts). Every other language has exactly
 * these keys (the type checks it, and a test checks that no string is empty
 * and every `{placeholder}` is kept). This aggregate is for tools and tests;
 * elements import the sections.
 */
import common from './en/common.js';
import schedule from './en/schedule.js';
import roundtable from './en/roundtable.js';
import objectives from './en/objectives.js';
import pledge from './en/pledge.js';
import about from './en/about.js';

const en = { common, schedule, roundtable, objectives, pledge, about };

export type Catalog = typeof en;
export type Section = keyof Catalog;
export default en;
