// The languages the output can be written in; the site configuration chooses one.
import { sv } from './sv/index.ts';

export type Language = typeof sv;
export type LanguageCode = 'sv';

const LANGUAGES: Record<LanguageCode, Language> = { sv };

export function wordsFor(code: LanguageCode): Language {
  return LANGUAGES[code];
}

export { sv };
