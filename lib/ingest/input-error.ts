/** A problem with what the command was given (a missing file, a bad sources.json): reported in one line. */
export class InputError extends Error {
  override name = 'InputError';
}
