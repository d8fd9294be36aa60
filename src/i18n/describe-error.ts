import type { ForumDataError } from '../data/errors.js';
import { fill, type Catalog } from './catalog.js';

/** The sentence people read when a forum cannot be shown, in the catalog's language. */
export function describeError(error: ForumDataError, t: Catalog): string {
  const c = t.common;
  switch (error.reason) {
    case 'http':
      return fill(c.errorHttp, { status: error.status ?? '?' });
    case 'network':
      return c.errorNetwork;
    case 'timeout':
      return c.errorTimeout;
    case 'too-large':
      return c.errorTooLarge;
    case 'not-json':
      return c.errorNotJson;
    case 'not-forum':
      return c.errorNotForum;
  }
}
