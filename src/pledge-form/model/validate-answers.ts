import type { Catalog } from '../../i18n/catalog.js';
import {
  charCount,
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  FIELD_NAMES,
  isoDate,
  TITLE_MAX,
  type Field,
  type PledgeAnswers,
} from './fields.js';

/** The key of an error message in the catalog's `pledge.errors`. */
export type ErrorKey = keyof Catalog['pledge']['errors'];
/** Each field with a problem, and which. */
export type Errors = Partial<Record<Field, ErrorKey>>;

/** The same shape `data/pledge.schema.json` asks for (ASCII, a dot in the domain). */
export const EMAIL =
  /^[\w.!#$%&'*+/=?^`{|}~-]+@[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)+$/i;
export const PHONE = /^\+?[\d\s().-]{5,30}$/;

/** What is wrong with one answer, if anything. */
export function validateField(field: Field, answers: PledgeAnswers): ErrorKey | undefined {
  const value = answers[field];
  switch (field) {
    case 'entityName':
    case 'entityType':
    case 'contactName':
    case 'indicators':
      return String(value).trim() ? undefined : field;
    case 'email':
      if (!answers.email.trim()) return 'email';
      return EMAIL.test(answers.email.trim()) ? undefined : 'emailFormat';
    case 'phone':
      return !answers.phone.trim() || PHONE.test(answers.phone.trim()) ? undefined : 'phoneFormat';
    case 'title':
      if (!answers.title.trim()) return 'title';
      return charCount(answers.title) > TITLE_MAX ? 'titleLong' : undefined;
    case 'description': {
      const count = charCount(answers.description);
      if (count === 0) return 'description';
      if (count < DESCRIPTION_MIN) return 'descriptionShort';
      return count > DESCRIPTION_MAX ? 'descriptionLong' : undefined;
    }
    case 'commitments':
    case 'objectives':
    case 'levels':
      return (value as unknown[]).length ? undefined : field;
    case 'startDate':
      return isoDate(answers.startDate) ? undefined : 'startDate';
    case 'endDate': {
      const [start, end] = [isoDate(answers.startDate), isoDate(answers.endDate)];
      if (!end) return 'endDate';
      return start && end <= start ? 'endBeforeStart' : undefined;
    }
    case 'migrants':
      return answers.migrants ? undefined : 'migrants';
    default:
      return undefined;
  }
}

/** The problems of some fields (default: every field), in the order of the form. */
export function validate(answers: PledgeAnswers, fields: readonly Field[] = FIELD_NAMES): Errors {
  const errors: Errors = {};
  for (const field of fields) {
    const error = validateField(field, answers);
    if (error) errors[field] = error;
  }
  return errors;
}
