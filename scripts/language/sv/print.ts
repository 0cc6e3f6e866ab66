// What printing and the PDF's post-processing say, in Swedish: a print that fetched what it may
// not or could not read, a layout that failed, and a printed PDF that the passes cannot make
// accessible or publishable. Printing gets HTML and the passes get a PDF, never the content, so
// the modules reach these through `sv` directly; none of it is written into the PDF.

/** Each item on a line of its own, indented under the sentence that names them. */
const indented = (items: readonly string[]) => items.map((item) => `\n  ${item}`).join('');

export const print = {
  /** Said in the print page when the layout script is missing; becomes layoutFailed's detail. */
  pagedNotLoaded: 'Paged.js är inte inläst',
  layoutFailed: (detail: string) => `Sidbrytningen (Paged.js) misslyckades: ${detail}`,
  blocked: (baseDir: string, urls: readonly string[]) => `Utskriften försökte hämta något utanför ${baseDir}, vilket stoppades:${indented(urls)}`,
  /** `faces` as "family weight style"; `failed` the requests that failed beside them. */
  fontsFailed: (faces: readonly string[], failed: readonly string[]) => `Typsnitten kunde inte läsas in: ${faces.join(', ')}${indented(failed)}`,
  unreadable: (failed: readonly string[]) => `Utskriften kunde inte läsa:${indented(failed)}`,

  /** A link annotation that no link of the print document explains; `target` its destination or URI. */
  linkWithoutText: (target: string | undefined) => `En länk i PDF:en (${target ?? 'utan mål'}) saknar text i utskriftsdokumentet.`,
  unmappedTypes: (types: readonly string[]) => `Webbläsaren taggade PDF:en med strukturtyper som saknar rollmappning: ${types.join(', ')}`,
  /** A file: link the PDF cannot keep; `base` is where files under a folder are published, when one is given. */
  fileLink: (uri: string, base: { dir: string; url: string } | undefined) =>
    `PDF:en länkar till en fil på den här datorn: ${uri}\n` +
    (base
      ? `Bara filer under ${base.dir} kan länkas (de publiceras på ${base.url}).`
      : 'Ange var filerna publiceras (linkBase) eller gör länken absolut (https://…).'),
};
