export { calendarHead, escapeText, fold, offsetFinder, stamp, utcOffset, vtimezone } from './icalendar';
