export { extractEvents } from './extract-events';
