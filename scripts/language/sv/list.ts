// How a message names the items it found, when there may be none.

/** "a, b, c", or "inga" for an empty list. */
export const listOrNone = (items: readonly string[]) => items.join(', ') || 'inga';
