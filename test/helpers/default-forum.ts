import data from '../../data/imrf-2022.json';
import { validateForum, type ValidationResult } from '../../src/data/validate.js';

let result: ValidationResult | undefined;

/**
 * The whole default data (every language) validated, at once: for tests of
 * the parts an element renders with. Elements load it in chunks
 * (src/data/default-forum.ts).
 */
export const defaultForum = (): ValidationResult => (result ??= validateForum(data));
