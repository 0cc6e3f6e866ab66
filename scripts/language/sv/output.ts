// The labels the output shows, in Swedish: headings, link texts, notices, status names, aria
// labels, descriptions and the comparison's words. Sentences that carry a fact take it as an
// argument, already formatted by format.ts, so that the fact reads the same wherever it stands.
import type { EditionData, EditionStatus, PromiseData } from '../../model/model.ts';

/** Language tags: the HTML lang attribute, Open Graph's locale, and the sort order of titles. */
export const locale = { html: 'sv', openGraph: 'sv_SE', collation: 'sv' };

export const status = {
  edition: {
    draft: 'Utkast',
    final: 'Färdig för beslut',
    decided: 'Beslutad',
    signed: 'Undertecknad',
  } satisfies Record<EditionStatus, string>,
  promise: {
    draft: 'Förslag',
    active: 'Gäller',
    ended: 'Avslutat',
  } satisfies Record<NonNullable<PromiseData['status']>, string>,
};

/** What every page and print document shares. */
export const document = {
  draftMark: 'UTKAST',
  /** A draft's page title and PDF title say it is a draft. */
  draftTitle: (title: string) => `Utkast: ${title}`,
  /** The words around the page number and the page count at the foot of every printed page. */
  pageNumber: ['Sida ', ' av '] as const,
  draftNotice: 'Detta är ett utkast. Det är inte beslutat eller undertecknat, och texten kan ändras.',
  skipLink: 'Hoppa till innehållet',
  siteNavigation: 'Webbplats',
  allEditionsLink: 'Alla utgåvor och medborgarlöften',
  permalink: (heading: string) => `Länk till avsnittet ${heading}`,
  contents: 'Innehåll',
  glossary: 'Ordlista',
  footnotes: 'Fotnoter',
  /** The footnote's link back; `again` counts the second and later references to one note. */
  footnoteBack: (reference: number, again: number) => `Tillbaka till hänvisning ${reference}${again > 1 ? `-${again}` : ''}`,
};

export const edition = {
  /** The cover label and the {dokument} of the PDF's name, by edition.yaml's documentType. */
  documentKinds: {
    samverkansoverenskommelse: 'Samverkansöverenskommelse',
    samverkansavtal: 'Samverkansavtal',
    medborgarlofte: 'Medborgarlöfte',
  } satisfies Record<NonNullable<EditionData['documentType']>, string>,
  pdfLink: 'Ladda ner överenskommelsen som PDF',
  /** The page's meta description; the PDF's subject is the same sentence without status and period. */
  description: (statusName: string, parties: string, period: string) => `${statusName} samverkansöverenskommelse mellan ${parties}, ${period}.`,
  pdfSubject: (parties: string) => `Samverkansöverenskommelse mellan ${parties}`,
  facts: {
    parties: 'Parter',
    actors: 'Övriga aktörer',
    period: 'Period',
    extension: 'Förlängning',
    status: 'Status',
    decision: 'Beslut',
    signed: 'Undertecknad',
    provenance: 'Originalet',
  },
  /** "Räddningstjänsten (brandskydd och olycksförebyggande arbete)". */
  actor: (name: string, role: string | undefined) => (role ? `${name} (${role})` : name),
  /** The section after the text on what each party commits and brings, the other actors and the coordinators. */
  organisation: {
    heading: 'Parter, resurser och samordning',
    commitments: 'Åtar sig',
    resources: 'Resurser',
    actors: 'Övriga aktörer',
    coordinators: 'Samordnare',
    coordinator: (name: string, role: string, party: string | undefined) => `${name}, ${role}${party ? ` (${party})` : ''}`,
  },
  goals: 'Delmål',
  appendix: 'Bilaga: Medborgarlöften',
  /** The cited promise's parties in the appendix, with its period when it has one. */
  promisedBy: (parties: string, period: string | undefined) => `Lovas av: ${parties}${period ? ` · ${period}` : ''}`,
  /** A signed edition without a committed signed PDF: its page and PDF are a re-publication. */
  paperRecord: 'Överenskommelsen skrevs under på papper. Detta är en trogen återgivning av den undertecknade texten, inte originalet med underskrifterna.',
  /** A signed edition whose committed, digitally signed PDF is the one published. */
  digitalRecord: 'Överenskommelsen skrevs under digitalt. PDF:en är originalet med underskrifterna.',
};

export const signatures = {
  heading: 'Underskrifter',
  placeAndDate: (text: string) => `Ort och datum: ${text}`,
  /** On paper, a line to write the place and date on. */
  blank: '______________________',
  notYet: 'Ort och datum bestäms när överenskommelsen skrivs under.',
  unconfirmed: '(ej bekräftad)',
  /** The empty signature field's name for a screen reader and its tooltip. */
  field: (name: string, title: string) => `Underskrift: ${name}, ${title}`,
};

export const promise = {
  title: (title: string) => `Medborgarlöfte: ${title}`,
  /** A cited promise's footnote around its text, unless the citation gives its own (`footnote`). */
  citationForm: 'Medborgarlöfte: ”{text}”',
  facts: { promisedBy: 'Lovas av', municipality: 'Kommun', status: 'Status', period: 'Period', extension: 'Förlängning', signed: 'Undertecknat', appendixTo: 'Bilaga till', source: 'Källa' },
  text: 'Löftet',
  situation: 'Situationen idag',
  partOf: 'Hör till',
  focusAreaIn: (edition: string) => `, fokusområde i ${edition}`,
  followUp: 'Så följs löftet upp',
  frequency: 'Hur ofta',
  forum: 'Var',
  condition: (condition: string) => ` Villkor: ${condition}`,
  /** A promise in a document that holds several: "Löfte 2: Trygga skolvägar". */
  numbered: (number: number, title: string) => `Löfte ${number}: ${title}`,
  notSigned: 'Ort och datum bestäms när löftet skrivs under.',
  pdfLink: 'Ladda ner medborgarlöftet som PDF',
};

export const index = {
  description: 'Samverkansöverenskommelser mellan kommun och polis för ökad trygghet och minskad brottslighet, med medborgarlöften.',
  editions: 'Samverkansöverenskommelser',
  promises: 'Medborgarlöften',
  promiseGroups: { active: 'Medborgarlöften som gäller', draft: 'Förslag till medborgarlöften', ended: 'Tidigare medborgarlöften' },
  pdfLink: (title: string) => `PDF: ${title}`,
  comparisonLink: (from: string) => `Vad utkastet ändrar jämfört med ${from}`,
};

export const comparison = {
  title: (from: string, to: string) => `Jämförelse: ${to} mot ${from}`,
  heading: (from: string, to: string) => `Vad ${to} ändrar jämfört med ${from}`,
  runningHeader: (from: string, to: string) => `Jämförelse ${from} – ${to}`,
  pdfTitle: (toTitle: string, from: string) => `Jämförelse: ${toTitle} mot ${from}`,
  keywords: ['samverkansöverenskommelse', 'jämförelse'],
  /** "Jämförelse av <b> med <a>.", around the two editions' links. */
  of: ['Jämförelse av ', ' med ', '.'] as const,
  editionName: (title: string, statusName: string) => `${title} (${statusName.toLowerCase()})`,
  pdfLink: 'Ladda ner jämförelsen som PDF',
  summary: 'Sammanfattning',
  changedSections: 'Ändrade avsnitt:',
  metadata: 'Uppgifter om överenskommelsen',
  focusAreas: 'Fokusområden',
  focusAreasSame: 'Fokusområdena är desamma, med samma namn och i samma ordning.',
  citations: 'Hänvisningar till medborgarlöften',
  citationsSame: 'Fokusområdena hänvisar till samma medborgarlöften som förut.',
  sections: 'Texten, avsnitt för avsnitt',
  descriptions: 'Fokusområdenas beskrivningar',
  /** The text before the first heading. */
  introduction: 'Inledning',
  /** The focus-area placeholders in text.md, as the redline shows them. */
  focusList: '[Här står listan över fokusområdena.]',
  focusDescriptions: '[Här står beskrivningarna av fokusområdena.]',
  footnoteMark: '[fotnot]',
  footnote: (text: string) => `Fotnot: ${text}`,
  /** Before a focus area's goals, listed under it. */
  goals: 'Delmål:',
  sectionKind: { unchanged: 'oförändrat', changed: 'ändrat', added: 'nytt', removed: 'borttaget' },
  showUnchanged: 'Visa den oförändrade texten',
  legend: [
    'Ny text är understruken: ',
    '. Borttagen text är överstruken: ',
    '. Skärmläsare läser "tillagt" och "borttaget" före ändringen.',
  ] as const,
  legendSample: 'så här',
  /** Spoken before an insertion and a deletion: the redline is never told by colour or line alone. */
  inserted: 'Tillagt: ',
  deleted: 'Borttaget: ',
  fields: {
    title: 'Titel',
    shortTitle: 'Kort titel',
    status: 'Status',
    municipality: 'Kommun',
    period: 'Period',
    parties: 'Parter',
    signatories: 'Undertecknare',
    signing: 'Ort och datum för underskrift',
    decision: 'Beslut',
    documentType: 'Dokumenttyp',
    actors: 'Övriga aktörer',
    coordinators: 'Samordnare',
    provenance: 'Originalet',
  },
  noMetadataChanges: 'Inga uppgifter är ändrade.',
  changedMetadata: 'Ändrade uppgifter',
  field: 'Uppgift',
  before: (id: string) => `Förut (${id})`,
  after: (id: string) => `Nu (${id})`,
  missing: 'saknas',
  /** Between the old and the new wording of a rename or a changed footnote. */
  becomes: ' blir ',
  removed: 'borttaget',
  focusArea: {
    added: 'Nytt: ',
    removed: 'Borttaget: ',
    renamed: 'Nytt namn: ',
    moved: 'Flyttat: ',
    position: (position: number) => ` (plats ${position})`,
    wasPosition: (position: number) => ` (var plats ${position})`,
    movedFrom: (from: number, to: number) => ` från plats ${from} till plats ${to}`,
  },
  citation: {
    added: 'Ny hänvisning: ',
    removed: 'Borttagen hänvisning: ',
    changed: 'Ny formulering: ',
    promise: (title: string) => `”${title}”`,
    inArea: (area: string) => ` i fokusområdet ${area}`,
    footnoteOf: (promise: string, area: string) => `fotnoten till ${promise} i fokusområdet ${area}: `,
  },
  /** Singular and plural of each count in the summary sentence, in the sentence's order. */
  counts: {
    sectionsChanged: ['avsnitt ändrat', 'avsnitt ändrade'],
    sectionsAdded: ['avsnitt tillagt', 'avsnitt tillagda'],
    sectionsRemoved: ['avsnitt borttaget', 'avsnitt borttagna'],
    focusAreasAdded: ['fokusområde tillagt', 'fokusområden tillagda'],
    focusAreasRemoved: ['fokusområde borttaget', 'fokusområden borttagna'],
    focusAreasRenamed: ['fokusområde med nytt namn', 'fokusområden med nya namn'],
    focusAreasMoved: ['fokusområde flyttat', 'fokusområden flyttade'],
    citationsAdded: ['hänvisning till medborgarlöfte tillagd', 'hänvisningar till medborgarlöften tillagda'],
    citationsRemoved: ['hänvisning till medborgarlöfte borttagen', 'hänvisningar till medborgarlöften borttagna'],
    citationsChanged: ['hänvisning till medborgarlöfte omformulerad', 'hänvisningar till medborgarlöften omformulerade'],
  } satisfies Record<string, readonly [string, string]>,
  metadataChanged: (fields: string) => `ändrade uppgifter om ${fields}`,
  noChanges: 'Inga ändringar.',
  pageDescription: (heading: string, summary: string) => `${heading}: ${summary}`,
};
