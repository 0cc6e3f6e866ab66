// PDF/A-3 lets a PDF carry the files it was made from. An edition's PDF embeds its own
// sources (the Markdown and YAML of its folder, the promises it cites, the glossary and the
// site configuration) as associated files with relationship Source, so the archived PDF keeps
// its text as written. `pdfdetach -list` shows them; their bytes are the files in git.
import { PDFDict, type PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFObject, type PDFRef, PDFString } from '@cantoo/pdf-lib';
import { filesUnder, type SourceFiles } from '../workspace/workspace.ts';
import { compareCodePoints } from '../model/text.ts';

export interface EmbeddedSources {
  files: SourceFiles;
  /** Content paths, files or folders (taken whole). */
  paths: readonly string[];
}

const MIME_TYPES: Record<string, string> = { md: 'text/markdown', yaml: 'application/yaml', yml: 'application/yaml', json: 'application/json' };

async function sourceFilePaths(sources: EmbeddedSources): Promise<string[]> {
  const paths = await Promise.all(
    // A shared source the content does not have (no webbplats.yaml, no glossary) is simply not embedded.
    sources.paths.map(async (path) => {
      const kind = await sources.files.kind(path);
      return kind === 'directory' ? filesUnder(sources.files, path) : kind === 'file' ? [path] : [];
    }),
  );
  return [...new Set(paths.flat())].sort(compareCodePoints);
}

export async function embedSources(pdf: PDFDocument, sources: EmbeddedSources | undefined, date: Date): Promise<void> {
  if (!sources) return;
  const names: PDFObject[] = [];
  const specs: PDFRef[] = [];
  for (const path of await sourceFilePaths(sources)) {
    const bytes = await sources.files.read(path);
    const mime = MIME_TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream';
    const stream = pdf.context.flateStream(bytes, {
      Type: 'EmbeddedFile',
      Subtype: mime,
      Params: { Size: PDFNumber.of(bytes.length), ModDate: PDFString.fromDate(date) },
    });
    const file = pdf.context.register(stream);
    const name = PDFHexString.fromText(path);
    const spec = pdf.context.register(
      pdf.context.obj({
        Type: 'Filespec',
        F: name,
        UF: name,
        Desc: PDFHexString.fromText(path),
        AFRelationship: 'Source',
        EF: { F: file, UF: file },
      }),
    );
    names.push(name, spec);
    specs.push(spec);
  }
  if (specs.length === 0) return;
  const catalogNames = pdf.catalog.lookupMaybe(PDFName.of('Names'), PDFDict) ?? pdf.context.obj({});
  catalogNames.set(PDFName.of('EmbeddedFiles'), pdf.context.obj({ Names: names }));
  pdf.catalog.set(PDFName.of('Names'), catalogNames);
  pdf.catalog.set(PDFName.of('AF'), pdf.context.obj(specs));
}
