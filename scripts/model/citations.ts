import type { Language } from '../language/index.ts';
import { orderedFocusAreas, type CitizenPromise, type Content, type Edition, type PromiseCitationData } from './model.ts';

export function citedPromiseId(citation: PromiseCitationData): string {
  return typeof citation === 'string' ? citation : citation.promise;
}

/** The footnote's wording around the promise text: the parts before and after `{text}`. */
export function citationForm(citation: PromiseCitationData, words: Language): [before: string, after: string] {
  const form = (typeof citation === 'string' ? undefined : citation.footnote) ?? words.promise.citationForm;
  const at = form.indexOf('{text}');
  return [form.slice(0, at), form.slice(at + '{text}'.length)];
}

/** The promises an edition cites, in the order of first citation. */
export function citedPromises(content: Content, edition: Edition): CitizenPromise[] {
  const byId = new Map(content.promises.map((promise) => [promise.meta.data.id, promise]));
  const ids = orderedFocusAreas(edition).flatMap((area) => (area.meta.data.promises ?? []).map(citedPromiseId));
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}

/** What an edition's PDF appends: the promises it cites, then the promise documents that name it in appendixTo. */
export function appendixPromises(content: Content, edition: Edition): CitizenPromise[] {
  const cited = citedPromises(content, edition);
  const appended = content.promises.filter((promise) => promise.meta.data.appendixTo === edition.id && !cited.includes(promise));
  return [...cited, ...appended];
}
