export { createMentionMatcher, type MentionMatcher } from './compile';
export { findMentions } from './match';
