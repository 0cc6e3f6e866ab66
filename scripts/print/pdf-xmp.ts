// The XMP metadata packet: the document information again (PDF/A wants both to agree), and
// the claims a validator and an archive look for: PDF/UA-1 (pdfuaid) and PDF/A-3b (pdfaid),
// with the extension schema PDF/A requires for pdfuaid, which is not one of its own.
import { type PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { PRODUCER, type PdfMeta } from './pdf-metadata.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Seconds precision and "Z": how pdf-lib writes the Info dictionary's dates. */
const xmpDate = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

function xmpPacket(meta: PdfMeta): string {
  const language = meta.language ?? 'sv';
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li></rdf:Alt>`;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    '  xmlns:dc="http://purl.org/dc/elements/1.1/"',
    '  xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    '  xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    '  xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"',
    '  xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"',
    '  xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"',
    '  xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"',
    '  xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">',
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title>${alt(meta.title)}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(meta.authors.join(', '))}</rdf:li></rdf:Seq></dc:creator>`,
    ...(meta.subject ? [`<dc:description>${alt(meta.subject)}</dc:description>`] : []),
    `<dc:language><rdf:Bag><rdf:li>${escapeXml(language)}</rdf:li></rdf:Bag></dc:language>`,
    ...(meta.keywords?.length ? [`<pdf:Keywords>${escapeXml(meta.keywords.join(', '))}</pdf:Keywords>`] : []),
    `<pdf:Producer>${PRODUCER}</pdf:Producer>`,
    `<xmp:CreatorTool>${PRODUCER}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${xmpDate(meta.date)}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${xmpDate(meta.date)}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${xmpDate(meta.date)}</xmp:MetadataDate>`,
    '<pdfaid:part>3</pdfaid:part>',
    '<pdfaid:conformance>B</pdfaid:conformance>',
    '<pdfuaid:part>1</pdfuaid:part>',
    '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">',
    '<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>',
    '<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>',
    '<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>',
    '<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">',
    '<pdfaProperty:name>part</pdfaProperty:name>',
    '<pdfaProperty:valueType>Integer</pdfaProperty:valueType>',
    '<pdfaProperty:category>internal</pdfaProperty:category>',
    '<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>',
    '</rdf:li></rdf:Seq></pdfaSchema:property>',
    '</rdf:li></rdf:Bag></pdfaExtension:schemas>',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

export function setXmpMetadata(pdf: PDFDocument, meta: PdfMeta): void {
  // Uncompressed, as archives and PDF/A validators expect to find it with a plain text search.
  const stream = pdf.context.stream(new TextEncoder().encode(xmpPacket(meta)), { Type: 'Metadata', Subtype: 'XML' });
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(stream));
}
