// The embedded default forum, typed for TypeScript imports of imrf-2022.json.
import type { ForumInput } from '../src/data/types.js';

declare const forum: ForumInput;
export default forum;
