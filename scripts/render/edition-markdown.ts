// Assembles an edition into one Markdown tree in reading order: the text, with the focus-area
// list and descriptions put where text.md places them, and every promise citation turned
// into a footnote. Numbering is left to remark-rehype, which numbers footnotes in the order
// they are first referenced: ordinary footnotes and promise citations share one sequence.
import type { FootnoteDefinition, FootnoteReference, Heading, List, PhrasingContent, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { type Language, wordsFor } from '../language/index.ts';
import { citationForm, citedPromiseId } from '../model/citations.ts';
import type { CitizenPromise, Content, Edition, FocusArea } from '../model/model.ts';
import { orderedFocusAreas } from '../model/model.ts';
import { FOCUS_DESCRIPTIONS, FOCUS_LIST } from '../rules/known-directives.ts';
import { focusAreaAnchor } from '../model/focus-area-anchor.ts';

export interface EditionMarkdownOptions {
  /** Where a promise footnote links: the promise's web page, or its appendix in print. */
  promiseHref(id: string): string;
}

/**
 * Footnote labels are local to the file they are written in, so each source gets its own
 * namespace: no label in text.md can take a focus area's footnote or a promise citation.
 * A promise has one footnote, however often it is cited.
 */
export const promiseFootnoteId = (promiseId: string) => `medborgarlofte_${promiseId}`;
const TEXT_NAMESPACE = 'text_';
const areaNamespace = (areaId: string) => `fokusomrade_${areaId}_`;

function namespaceFootnotes(tree: Root, prefix: string): void {
  visit(tree, (node) => {
    if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') {
      node.identifier = prefix + node.identifier;
      node.label = prefix + (node.label ?? node.identifier);
    }
  });
}

export function editionMarkdown(content: Content, edition: Edition, options: EditionMarkdownOptions): Root {
  const promises = new Map(content.promises.map((promise) => [promise.meta.data.id, promise]));
  const words = wordsFor(content.site.language);
  const areas = orderedFocusAreas(edition);
  const tree = structuredClone(edition.text.tree);
  namespaceFootnotes(tree, TEXT_NAMESPACE);
  const citations = new Map<string, FootnoteDefinition>();
  const hasList = hasDirective(tree, FOCUS_LIST);
  // Where the focus areas' anchors go: on their headings, or on the list if there are none.
  const anchorsOnList = !hasDirective(tree, FOCUS_DESCRIPTIONS);

  const citationRefs = (area: FocusArea): FootnoteReference[] =>
    (area.meta.data.promises ?? []).flatMap((citation) => {
      const promise = promises.get(citedPromiseId(citation));
      if (!promise) return [];
      const identifier = promiseFootnoteId(promise.meta.data.id);
      if (!citations.has(identifier)) {
        citations.set(identifier, promiseFootnote(identifier, promise, citationForm(citation, words), options));
      }
      return [{ type: 'footnoteReference', identifier, label: identifier }];
    });

  const replaced = tree.children.flatMap((node, index): RootContent[] => {
    if (node.type !== 'leafDirective') return [node];
    if (node.name === FOCUS_LIST) return [focusAreaList(areas, citationRefs, anchorsOnList, words)];
    if (node.name === FOCUS_DESCRIPTIONS) {
      const depth = Math.min(6, headingDepthBefore(tree.children, index) + 1) as Heading['depth'];
      return areas.flatMap((area) => focusAreaSection(area, depth, hasList ? () => [] : citationRefs, words));
    }
    return [];
  });
  tree.children = [...replaced, ...citations.values()];
  return tree;
}

function hasDirective(tree: Root, name: string): boolean {
  return tree.children.some((node) => node.type === 'leafDirective' && node.name === name);
}

function headingDepthBefore(nodes: RootContent[], index: number): number {
  for (let at = index - 1; at >= 0; at -= 1) {
    const node = nodes[at];
    if (node?.type === 'heading') return node.depth;
  }
  return 1;
}

function focusAreaList(areas: FocusArea[], refs: (area: FocusArea) => FootnoteReference[], anchors: boolean, words: Language): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: areas.map((area) => ({
      type: 'listItem',
      spread: false,
      ...(anchors ? { data: { hProperties: { id: focusAreaAnchor(area.meta.data.id) } } } : {}),
      children: [
        {
          type: 'paragraph',
          children: [{ type: 'strong', children: [{ type: 'text', value: words.format.numbered(area.meta.data.number, area.meta.data.title) }, ...refs(area)] }],
        },
      ],
    })),
  };
}

/** The level of a tree's highest heading (6 with none): a focus area's description is moved so that it sits just below the focus area's heading. */
export function topHeadingDepth(tree: Root): number {
  let top = 6;
  visit(tree, 'heading', (node) => {
    top = Math.min(top, node.depth);
  });
  return top;
}

function focusAreaSection(
  area: FocusArea,
  depth: Heading['depth'],
  refs: (area: FocusArea) => FootnoteReference[],
  words: Language,
): RootContent[] {
  const description = structuredClone(area.description.tree);
  namespaceFootnotes(description, areaNamespace(area.meta.data.id));
  // The description's own headings sit under the focus area's heading, whatever level they were written at.
  const top = topHeadingDepth(description);
  visit(description, 'heading', (node) => {
    node.depth = Math.min(6, depth + 1 + node.depth - top) as Heading['depth'];
  });
  const goals = area.meta.data.goals ?? [];
  const heading: Heading = {
    type: 'heading',
    depth,
    data: { hProperties: { id: focusAreaAnchor(area.meta.data.id) } },
    children: [{ type: 'text', value: words.format.numbered(area.meta.data.number, area.meta.data.heading ?? area.meta.data.title) }, ...refs(area)],
  };
  // Sub-goals carry the focus area's number: 1.1, 1.2 …
  const number = area.meta.data.number;
  const numberedGoals = number ? goals.map((goal, index) => `${number}.${index + 1} ${goal}`) : goals;
  return [heading, ...description.children, ...(goals.length > 0 ? goalList(numberedGoals, words.edition.goals) : [])];
}

function goalList(goals: string[], heading: string): RootContent[] {
  return [
    { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: heading }] }] },
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: goals.map((goal) => ({
        type: 'listItem',
        spread: false,
        children: [{ type: 'paragraph', children: [{ type: 'text', value: goal }] }],
      })),
    },
  ];
}

function promiseFootnote(
  identifier: string,
  promise: CitizenPromise,
  [before, after]: [string, string],
  options: EditionMarkdownOptions,
): FootnoteDefinition {
  const children: PhrasingContent[] = [
    { type: 'text', value: before },
    {
      type: 'link',
      url: options.promiseHref(promise.meta.data.id),
      children: [{ type: 'text', value: promise.meta.data.text }],
    },
    { type: 'text', value: after },
  ];
  return {
    type: 'footnoteDefinition',
    identifier,
    label: identifier,
    children: [{ type: 'paragraph', children: children.filter((node) => node.type !== 'text' || node.value !== '') }],
  };
}
