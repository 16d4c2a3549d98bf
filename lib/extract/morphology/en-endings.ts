/** English endings stripped from names: the possessive, with either apostrophe (normalized to '). */
export const EN_POSSESSIVE_ENDINGS: readonly string[] = ["'s", "'"];
