import type { Content, Edition, MarkdownSource } from './model.ts';

/** The Markdown documents of an edition: its text, then its focus-area descriptions. */
export function editionMarkdown(edition: Edition): MarkdownSource[] {
  return [edition.text, ...edition.focusAreaFiles.map((area) => area.description)];
}

/** Every Markdown document in the content. */
export function allMarkdown(content: Content): MarkdownSource[] {
  return [...content.editions.flatMap(editionMarkdown), ...content.promises.map((promise) => promise.body)];
}
