export { extractEvents } from './extract-events';
export type { ExtractionContext } from './extraction-context';
