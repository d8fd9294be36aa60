// FullCalendar 6.1.21's web component with the time grid and list views: the
// least a page needs for a schedule comparable to <imrf-schedule>. Bundled and
// minified by bench/build.mjs exactly like our CDN bundle, for the comparison.
import { globalPlugins } from '@fullcalendar/core';
import listPlugin from '@fullcalendar/list';
import timeGridPlugin from '@fullcalendar/timegrid';
import '@fullcalendar/web-component/global';

globalPlugins.push(listPlugin, timeGridPlugin);
