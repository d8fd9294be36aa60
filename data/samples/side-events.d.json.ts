// A sample forum (example data, not IMRF facts), typed for TypeScript imports.
import type { ForumInput } from '../../src/data/types.js';

declare const forum: ForumInput;
export default forum;
