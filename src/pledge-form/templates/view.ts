import type { Catalog } from '../../i18n/catalog.js';
import type { Plural } from '../../i18n/plural.js';
import type { Field, PledgeAnswers } from '../model/fields.js';

/** What the step templates read: the strings, the answers and the messages to show. */
export interface View {
  readonly t: Catalog['pledge'];
  readonly locale: string;
  readonly answers: PledgeAnswers;
  /** The message shown for a field, if any. */
  readonly error: (field: Field) => string | undefined;
  /** A catalog message with the form's limits filled in; `key` names a plural one's limit. */
  readonly fill: (message: string | Plural, key?: string) => string;
  /** The `heading-level` of the form's heading; steps are one below, their sections two. */
  readonly level: number;
}
