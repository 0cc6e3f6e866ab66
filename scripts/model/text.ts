// Small facts about text that several stages share.

/** `text` as a literal inside a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Code-point order, not the machine's locale: output and locks must be the same everywhere. */
export const compareCodePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
