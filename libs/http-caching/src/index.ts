export { answerNotModified, etagMatches } from './conditional-get';
