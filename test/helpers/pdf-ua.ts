// The suite's own PDF/UA-1 and PDF/A-3b checker (veraPDF cannot be installed on these
// machines): the conditions a machine can check, read from the file with pdf-lib. Each
// problem is one line naming what and where, so a failing test says what to fix.
import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRawStream,
  PDFRef,
  decodePDFRawStream,
} from '@cantoo/pdf-lib';
import { paintingUnits, parseOperations } from '../../scripts/print/content-stream.ts';
import { pageContent } from '../../scripts/print/pdf-artifacts.ts';
import { STANDARD_STRUCTURE_TYPES } from '../../scripts/print/pdf-role-map.ts';
import { textOf as text } from '../../scripts/print/pdf-values.ts';

const STANDARD_TYPES = STANDARD_STRUCTURE_TYPES;

export interface StructNode {
  /** /S as written. */
  type: string;
  /** The standard type it is, through the RoleMap. */
  role: string;
  id?: string;
  kids: StructNode[];
  dict: PDFDict;
}

export async function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false });
}

/** The structure tree below StructTreeRoot, with role-mapped types. */
export function structureTree(pdf: PDFDocument): StructNode[] {
  const root = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return [];
  const roleMap = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict);
  const resolveRole = (type: string) => {
    let role = type;
    for (let hops = 0; hops < 10 && !STANDARD_TYPES.has(role); hops += 1) {
      const mapped = roleMap?.lookupMaybe(PDFName.of(role), PDFName);
      if (!mapped) break;
      role = mapped.decodeText();
    }
    return role;
  };
  const seen = new Set<PDFDict>();
  const walk = (value: PDFObject | undefined): StructNode[] => {
    const resolved = value instanceof PDFRef ? pdf.context.lookup(value) : value;
    if (resolved instanceof PDFArray) return resolved.asArray().flatMap(walk);
    if (!(resolved instanceof PDFDict) || seen.has(resolved)) return [];
    const type = resolved.lookupMaybe(PDFName.of('S'), PDFName);
    // Marked-content and object references are leaves of the tree, not elements.
    if (!type) return [];
    seen.add(resolved);
    const id = text(resolved.lookup(PDFName.of('ID')));
    return [{ type: type.decodeText(), role: resolveRole(type.decodeText()), ...(id === undefined ? {} : { id }), kids: walk(resolved.get(PDFName.of('K'))), dict: resolved }];
  };
  return walk(root.get(PDFName.of('K')));
}

export function* allNodes(nodes: readonly StructNode[]): Generator<StructNode> {
  for (const node of nodes) {
    yield node;
    yield* allNodes(node.kids);
  }
}

/** The catalog's XMP packet as text, or undefined. */
export function xmpOf(pdf: PDFDocument): string | undefined {
  const stream = pdf.catalog.lookup(PDFName.of('Metadata'));
  if (!(stream instanceof PDFRawStream)) return undefined;
  return new TextDecoder().decode(decodePDFRawStream(stream).decode());
}

/** `pdfuaid:part="1"` or `<pdfuaid:part>1</pdfuaid:part>`: both forms of an XMP property. */
export function xmpProperty(xmp: string, name: string): string | undefined {
  const escaped = name.replace(':', '\\:');
  const match = new RegExp(`${escaped}="([^"]*)"|<${escaped}>([^<]*)</${escaped}>`).exec(xmp);
  return match ? (match[1] ?? match[2]) : undefined;
}

function linkDestination(annotation: PDFDict): string | undefined {
  return text(annotation.lookup(PDFName.of('Dest'))) ?? text(annotation.lookupMaybe(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('D')));
}

/** A footnote call links to the note, whose element id starts so (remark's GFM footnotes). */
export const FOOTNOTE_TARGET = /^user-content-fn-/;

/** Every machine-checkable PDF/UA-1 and PDF/A-3b condition the suite asks of a built PDF. */
export async function pdfUaProblems(bytes: Uint8Array): Promise<string[]> {
  const pdf = await loadPdf(bytes);
  const problems: string[] = [];
  const catalog = pdf.catalog;

  const lang = text(catalog.lookup(PDFName.of('Lang')));
  if (!lang) problems.push('catalog: no /Lang');
  const prefs = catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
  if (prefs?.lookup(PDFName.of('DisplayDocTitle')) !== PDFBool.True) problems.push('catalog: ViewerPreferences /DisplayDocTitle is not true');
  const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  if (markInfo?.lookup(PDFName.of('Marked')) !== PDFBool.True) problems.push('catalog: MarkInfo /Marked is not true');
  const intents = catalog.lookupMaybe(PDFName.of('OutputIntents'), PDFArray);
  const intent = intents?.asArray().map((item) => pdf.context.lookup(item)).find((item): item is PDFDict => item instanceof PDFDict);
  if (!intent || intent.lookup(PDFName.of('S')) !== PDFName.of('GTS_PDFA1') || !(intent.lookup(PDFName.of('DestOutputProfile')) instanceof PDFRawStream)) {
    problems.push('catalog: no GTS_PDFA1 output intent with an ICC profile');
  }
  const trailerId = pdf.context.trailerInfo.ID;
  if (!(trailerId instanceof PDFArray) || trailerId.size() !== 2) problems.push('trailer: no /ID');

  const xmp = xmpOf(pdf);
  if (!xmp) problems.push('catalog: no XMP metadata');
  else {
    if (xmpProperty(xmp, 'pdfuaid:part') !== '1') problems.push('XMP: pdfuaid:part is not 1');
    if (xmpProperty(xmp, 'pdfaid:part') !== '3') problems.push('XMP: pdfaid:part is not 3');
    if (xmpProperty(xmp, 'pdfaid:conformance') !== 'B') problems.push('XMP: pdfaid:conformance is not B');
    if (!/<dc:title>[\s\S]*<rdf:li[^>]*>[^<]+<\/rdf:li>/.test(xmp)) problems.push('XMP: no dc:title');
  }

  const tree = structureTree(pdf);
  if (tree.length === 0) problems.push('no structure tree');
  const noteIds = new Set<string>();
  for (const node of allNodes(tree)) {
    if (!STANDARD_TYPES.has(node.role)) problems.push(`structure: /${node.type} is neither standard nor role-mapped`);
    if (node.role === 'LI') {
      const kids = node.kids.map((kid) => kid.role);
      const others = kids.filter((kid) => kid !== 'Lbl' && kid !== 'LBody');
      if (!kids.includes('LBody')) problems.push(`structure: LI without LBody (${kids.join(', ') || 'empty'})`);
      else if (others.length > 0) problems.push(`structure: LI holds ${others.join(', ')} beside Lbl and LBody`);
    }
    if (node.role === 'Note') {
      if (!node.id) problems.push('structure: Note without /ID');
      else if (noteIds.has(node.id)) problems.push(`structure: two Notes with /ID ${node.id}`);
      else noteIds.add(node.id);
    }
  }

  pdf.getPages().forEach((page, index) => {
    const where = `page ${index + 1}`;
    const loose = paintingUnits(parseOperations(pageContent(page))).filter((unit) => !unit.marked);
    if (loose.length > 0) problems.push(`${where}: ${loose.length} painted (${[...new Set(loose.map((unit) => unit.kind))].join(', ')}) outside any tag or artifact`);
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots || annots.size() === 0) return;
    if (page.node.lookup(PDFName.of('Tabs')) !== PDFName.of('S')) problems.push(`${where}: annotations but no /Tabs /S`);
    for (const item of annots.asArray()) {
      const annotation = pdf.context.lookup(item);
      if (!(annotation instanceof PDFDict) || annotation.lookup(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      const destination = linkDestination(annotation);
      const label = destination ?? text(annotation.lookupMaybe(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('URI'))) ?? '?';
      if (!text(annotation.lookup(PDFName.of('Contents')))?.trim()) problems.push(`${where}: link to ${label} without /Contents`);
      if (!(annotation.lookup(PDFName.of('StructParent')) instanceof PDFNumber)) problems.push(`${where}: link to ${label} outside the structure tree`);
      if (destination && FOOTNOTE_TARGET.test(destination) && !noteIds.has(destination)) problems.push(`${where}: footnote ${destination} is not a Note with that /ID`);
    }
  });
  return problems;
}

/** The embedded files (name → bytes) and each one's /AFRelationship. */
export function embeddedFiles(pdf: PDFDocument): Array<{ name: string; relationship?: string; bytes: Uint8Array }> {
  const af = pdf.catalog.lookupMaybe(PDFName.of('AF'), PDFArray);
  return (af?.asArray() ?? []).flatMap((item) => {
    const spec = pdf.context.lookup(item);
    if (!(spec instanceof PDFDict)) return [];
    const stream = spec.lookupMaybe(PDFName.of('EF'), PDFDict)?.lookup(PDFName.of('F'));
    if (!(stream instanceof PDFRawStream)) return [];
    const relationship = spec.lookupMaybe(PDFName.of('AFRelationship'), PDFName)?.decodeText();
    return [{ name: text(spec.lookup(PDFName.of('UF'))) ?? text(spec.lookup(PDFName.of('F'))) ?? '', ...(relationship ? { relationship } : {}), bytes: decodePDFRawStream(stream).decode() }];
  });
}

/**
 * Where each footnote is called: the page of the first link to each note (FOOTNOTE_TARGET),
 * numbered in the order the calls appear, as the notes are.
 */
export async function footnoteCallPages(bytes: Uint8Array): Promise<Array<{ number: number; page: number; target: string }>> {
  const pdf = await loadPdf(bytes);
  const calls: Array<{ number: number; page: number; target: string }> = [];
  pdf.getPages().forEach((page, index) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? [];
    const onPage = annots
      .map((item) => pdf.context.lookup(item))
      .filter((item): item is PDFDict => item instanceof PDFDict)
      .map((annotation) => ({ target: linkDestination(annotation), top: -(annotation.lookupMaybe(PDFName.of('Rect'), PDFArray)?.lookupMaybe(3, PDFNumber)?.asNumber() ?? 0) }))
      .filter((call): call is { target: string; top: number } => call.target !== undefined && FOOTNOTE_TARGET.test(call.target))
      .sort((a, b) => a.top - b.top);
    for (const call of onPage) {
      if (!calls.some((known) => known.target === call.target)) calls.push({ number: calls.length + 1, page: index + 1, target: call.target });
    }
  });
  return calls;
}
