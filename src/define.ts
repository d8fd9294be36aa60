// Registers every IMRF element. The provider comes first, so the elements
// inside it find their data without waiting.
import './forum/define.js';
import './schedule/define.js';
import './roundtable/define.js';
import './objectives/define.js';
import './pledge-form/define.js';
import './about/define.js';
