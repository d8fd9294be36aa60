// The package's entry: classes, types and helpers, with no side effects.
// Import `@imrf/widgets/define.js` (or one element's `define.js`) to register the tags.
export { ImrfElement, THEMES, type Theme } from './base/imrf-element.js';
export { ImrfAbout } from './about/about.js';
export {
  ABOUT_SECTIONS,
  ABOUT_VARIANTS,
  type AboutSection,
  type AboutVariant,
} from './about/sections.js';
export { ImrfForum } from './forum/forum.js';
export { ImrfObjectives, type ObjectiveSelectDetail } from './objectives/objectives.js';
export type { GroupBy } from './objectives/entries.js';
export { ImrfPledgeForm } from './pledge-form/pledge-form.js';
export type { PledgeBody } from './pledge-form/sending/pledge-body.js';
export {
  PLEDGE_ERROR_REASONS,
  type PledgeErrorDetail,
  type PledgeErrorReason,
  type PledgeSubmitDetail,
  type PledgeSubmittedDetail,
  type SubmissionReport,
} from './pledge-form/sending/submit-request.js';
export { ImrfRoundtable } from './roundtable/roundtable.js';
export { ImrfSchedule } from './schedule/schedule.js';
export type { ScheduleFilters } from './schedule/filters.js';

export { forumContext, type ForumContextValue } from './data/context.js';
export { FORUM_ERROR_REASONS, ForumDataError, type ForumErrorReason } from './data/errors.js';
export type { ForumErrorDetail, ForumLoadDetail } from './data/forum-controller.js';
export {
  fromScheduleJson,
  isScheduleJson,
  type ScheduleConversion,
  type ScheduleForumInput,
  type ScheduleJsonDocument,
  type ScheduleSessionInput,
} from './data/formats/schedule-json.js';
export { defaultForum } from './data/default-forum.js';
export { parseJson, readForum, type ForumSource } from './data/load.js';
export type { ForumState } from './data/state.js';
export * from './data/types.js';
export { validateForum, type ValidationResult } from './data/validate.js';
export { LANGUAGES, type Language } from './i18n/languages.js';
export { pickText } from './i18n/text.js';
export { VERSION } from './version.js';
