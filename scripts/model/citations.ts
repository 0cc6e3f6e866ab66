import type { PromiseCitationData } from './model.ts';

export const DEFAULT_CITATION_FORM = 'Medborgarlöfte: ”{text}”';

export function citedPromiseId(citation: PromiseCitationData): string {
  return typeof citation === 'string' ? citation : citation.promise;
}

/** The footnote's wording around the promise text: the parts before and after `{text}`. */
export function citationForm(citation: PromiseCitationData): [before: string, after: string] {
  const form = (typeof citation === 'string' ? undefined : citation.footnote) ?? DEFAULT_CITATION_FORM;
  const at = form.indexOf('{text}');
  return [form.slice(0, at), form.slice(at + '{text}'.length)];
}
