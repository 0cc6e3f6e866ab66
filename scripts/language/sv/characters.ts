// What the checks call the characters that come along when text is pasted from Word or a web
// page: one name for each, whether loading finds it in a value of fixed form (sv/load.ts) or
// the text-characters rule finds it in the text (sv/rules.ts).
export const characterNames: Readonly<Record<string, string>> = {
  '\u00A0': 'ett hårt mellanslag',
  '\u202F': 'ett smalt hårt mellanslag',
  '\u00AD': 'ett mjukt bindestreck',
  '\u200B': 'ett nollbrett mellanslag',
  '\u200C': 'en nollbredd icke-sammanfogare',
  '\u200D': 'en nollbredd sammanfogare',
  '\u2060': 'en ordsammanfogare',
  '\uFEFF': 'ett byte order mark',
  '\u2028': 'en radavgränsare',
  '\u2029': 'en styckeavgränsare',
  '\t': 'en tabb',
  '\u201D': 'ett typografiskt citattecken',
  '\u201C': 'ett typografiskt citattecken',
  '\u201E': 'ett typografiskt citattecken',
  '\u2019': 'en typografisk apostrof',
  '\u2018': 'en typografisk apostrof',
  '\u2013': 'ett tankstreck',
  '\u2014': 'ett långt tankstreck',
  '\u2212': 'ett minustecken',
};

/** How a message writes a character that cannot be seen: its code point, "U+00AD". */
export const codePoint = (character: string): string => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
