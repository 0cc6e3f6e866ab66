// A citizen promise's parts as HTML syntax: the promise, what each actor commits to, how it
// is followed up. The promise page and the PDF's appendix both use them.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { CitizenPromise, CommitmentData } from '../model/model.ts';
import type { Language } from '../language/index.ts';
import { markdownToHast } from './markdown-to-hast.ts';

/** Commitments grouped by actor, in the order the actors first appear. */
/** `actorHeadings` is the site configuration's promiseActors. */
export function commitmentSections(
  promise: CitizenPromise,
  headingTag: 'h2' | 'h3' | 'h4',
  actorHeadings: Record<string, string>,
  words: Language,
): Element[] {
  const byActor = new Map<string, CommitmentData[]>();
  for (const commitment of promise.meta.data.commitments ?? []) {
    byActor.set(commitment.actor, [...(byActor.get(commitment.actor) ?? []), commitment]);
  }
  return [...byActor].map(([actor, commitments]) =>
    h('section.commitments', [
      h(headingTag, actorHeadings[actor] ?? words.site.actorPromises(actor)),
      h(
        'ul',
        commitments.map((commitment) =>
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

export function followUpSection(promise: CitizenPromise, headingTag: 'h2' | 'h3' | 'h4', words: Language): Element[] {
  const followUp = promise.meta.data.followUp;
  if (!followUp) return [];
  const rows: Array<[string, string]> = [
    ...(followUp.frequency ? [[words.promise.frequency, followUp.frequency] as [string, string]] : []),
    ...(followUp.forum ? [[words.promise.forum, followUp.forum] as [string, string]] : []),
  ];
  return [
    h('section.follow-up', [
      h(headingTag, words.promise.followUp),
      ...(rows.length ? [h('dl.facts', rows.flatMap(([term, value]) => [h('dt', term), h('dd', value)]))] : []),
      ...(followUp.indicators?.length
        ? [h('ul', followUp.indicators.map((indicator) => h('li', indicator.source ? `${indicator.name} (${indicator.source})` : indicator.name)))]
        : []),
    ]),
  ];
}

/** The Markdown below the frontmatter: usually the situation today. Its footnote ids carry the promise's id. */
export async function promiseBody(promise: CitizenPromise, words: Language): Promise<ElementContent[]> {
  const tree = await markdownToHast(promise.body.tree, promise.body.file, words, `medborgarlofte-${promise.meta.data.id}-`);
  return tree.children.filter((node): node is ElementContent => node.type !== 'doctype');
}
