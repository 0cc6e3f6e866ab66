// A citizen promise's parts as HTML syntax: the promise, what each actor commits to, how it
// is followed up, the promises of a document that holds several, and its one signature block.
// The promise page, its PDF and an edition's appendix all use them.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { CitizenPromise, CommitmentData, Content, FollowUpData } from '../model/model.ts';
import type { Language } from '../language/index.ts';
import { markdownToHast } from './markdown-to-hast.ts';

type Level = 2 | 3 | 4;
const tag = (level: Level | 5) => `h${level}` as const;

/** The headings over what each actor promises: the site's promiseActors, then the promise's own. */
export function actorHeadings(content: Content, promise: CitizenPromise): Record<string, string> {
  return { ...content.site.promiseActors, ...promise.meta.data.actors };
}

/**
 * Commitments in the order they were written: a heading wherever the actor changes, so
 * "Polisen lovar … Kommunen lovar … Polisen lovar …" reads as the promise was made.
 */
export function commitmentSections(
  commitments: readonly CommitmentData[],
  level: Level | 5,
  headings: Record<string, string>,
  words: Language,
): Element[] {
  const runs: Array<{ actor: string; items: CommitmentData[] }> = [];
  for (const commitment of commitments) {
    const last = runs.at(-1);
    if (last?.actor === commitment.actor) last.items.push(commitment);
    else runs.push({ actor: commitment.actor, items: [commitment] });
  }
  return runs.map(({ actor, items }) =>
    h('section.commitments', [
      h(tag(level), headings[actor] ?? words.site.actorPromises(actor)),
      h(
        'ul',
        items.map((commitment) =>
          h('li', [
            commitment.text,
            ...(commitment.quantity ? [h('span.quantity', ` (${words.format.quantity(commitment.quantity)})`)] : []),
            ...(commitment.condition ? [h('span.condition', words.promise.condition(commitment.condition))] : []),
          ]),
        ),
      ),
    ]),
  );
}

export function followUpSection(followUp: FollowUpData | undefined, level: Level | 5, words: Language): Element[] {
  if (!followUp) return [];
  const rows: Array<[string, string]> = [
    ...(followUp.frequency ? [[words.promise.frequency, followUp.frequency] as [string, string]] : []),
    ...(followUp.forum ? [[words.promise.forum, followUp.forum] as [string, string]] : []),
  ];
  return [
    h('section.follow-up', [
      h(tag(level), words.promise.followUp),
      ...(rows.length ? [h('dl.facts', rows.flatMap(([term, value]) => [h('dt', term), h('dd', value)]))] : []),
      ...(followUp.indicators?.length
        ? [h('ul', followUp.indicators.map((indicator) => h('li', indicator.source ? `${indicator.name} (${indicator.source})` : indicator.name)))]
        : []),
    ]),
  ];
}

/** The promise's commitments and follow-up, then each promise of a document that holds several, in order. */
export function promiseSections(content: Content, promise: CitizenPromise, level: Level, words: Language): Element[] {
  const data = promise.meta.data;
  const headings = actorHeadings(content, promise);
  const below = (level + 1) as Level | 5;
  return [
    ...commitmentSections(data.commitments ?? [], level, headings, words),
    ...followUpSection(data.followUp, level, words),
    ...(data.promises ?? []).map((item, index) =>
      h('section.promise-item', [
        h(tag(level), words.promise.numbered(index + 1, item.title)),
        h('blockquote.promise-text', [h('p', item.text)]),
        ...commitmentSections(item.commitments ?? [], below, headings, words),
        ...followUpSection(item.followUp, below, words),
      ]),
    ),
  ];
}

/** One signature block for the whole promise document: place and date, and who signs for which party. */
export function promiseSignatures(promise: CitizenPromise, level: Level, words: Language): Element[] {
  const data = promise.meta.data;
  if (!data.signatories?.length) return [];
  const placeAndDate = words.format.placeAndDate(data.signing?.place, data.signing?.date);
  return [
    h('section.signatures', [
      h(tag(level), words.signatures.heading),
      h('p.signing-place', placeAndDate ?? words.promise.notSigned),
      h(
        'ul.signatories',
        data.signatories.map((signatory) =>
          h('li.signatory', [
            h('span.signatory-name', signatory.name),
            h('span.signatory-title', signatory.title),
            h('span.signatory-party', signatory.party),
            ...(signatory.confirmed === false ? [h('span.signatory-unconfirmed', words.signatures.unconfirmed)] : []),
          ]),
        ),
      ),
    ]),
  ];
}

/** A promise document is signed, or holds several promises: it gets a PDF of its own. */
export function isPromiseDocument(promise: CitizenPromise): boolean {
  const data = promise.meta.data;
  return (data.signatories?.length ?? 0) > 0 || (data.promises?.length ?? 0) > 0;
}

/** The Markdown below the frontmatter: usually the situation today. Its footnote ids carry the promise's id. */
export async function promiseBody(promise: CitizenPromise, words: Language): Promise<ElementContent[]> {
  const tree = await markdownToHast(promise.body.tree, promise.body.file, words, `medborgarlofte-${promise.meta.data.id}-`);
  return tree.children.filter((node): node is ElementContent => node.type !== 'doctype');
}
