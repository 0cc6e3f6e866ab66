// What signing and verifying say about a PDF, in Swedish: why a signature cannot be made or
// placed, what a timestamp authority answered, and each fault and change that verifying finds.
// A PDF is signed and verified without reading the content (npm run verify reads none, and the
// build's passes get a PDF, not a site), so the modules reach these through `sv` directly.

export const sign = {
  /** Why signing stops (SignPdfError). */
  pdf: {
    unreadable: (detail: string) => `PDF:en kan inte läsas (${detail})`,
    noSuchField: (field: string, empty: readonly string[]) =>
      `PDF:en har inget underskriftsfält som heter "${field}". ` +
      (empty.length > 0 ? `Tomma fält: ${empty.join(', ')}.` : 'Den har inga tomma underskriftsfält.'),
    alreadySigned: (field: string) => `Fältet "${field}" är redan underskrivet.`,
    noPlace: (field: string) => `Fältet "${field}" har ingen plats på sidan.`,
    visibleSealNeedsField: 'Ett synligt sigill behöver ett underskriftsfält med en plats på sidan: ange --field.',
    tooSmall: 'Fältet är för litet för en synlig underskrift.',
    tooLarge: (detail: string) => `Underskriften fick inte plats i PDF:en (${detail}).`,
  },

  /** Why the empty signature fields cannot be placed (SignatureFieldError): a fault of the print HTML. */
  fields: {
    untagged: (anchor: string) =>
      `Länken "${anchor}" har ingen plats i PDF:ens taggträd, så underskriftsfältet skulle bli otillgängligt. ` +
      'Länken får inte ligga i ett element med aria-hidden="true".',
    notInTree: (anchor: string, structParent: number) => `Taggträdet pekar inte ut länken "${anchor}" (StructParent ${structParent}).`,
    twice: (name: string) => `Två underskriftsfält heter "${name}".`,
    noLink: (anchor: string, name: string) => `PDF:en har ingen länk till "${anchor}" där underskriftsfältet "${name}" ska stå.`,
    severalLinks: (count: number, anchor: string, name: string) =>
      `PDF:en har ${count} länkar till "${anchor}"; underskriftsfältet "${name}" behöver en.`,
  },

  /** A fault of the tool's: the document information is written by the build itself. */
  noDocumentInfo: 'PDF:en har ingen dokumentinformation att skriva källornas kontrollsumma i.',

  /** What a timestamp authority did wrong (TimestampError). */
  timestamp: {
    noContact: (url: string, detail: string) => `ingen kontakt med tidsstämpeltjänsten ${url} (${detail})`,
    httpStatus: (url: string, status: number, text: string) => `tidsstämpeltjänsten ${url} svarade ${status} ${text}`,
    notATimestamp: (url: string) => `tidsstämpeltjänsten ${url} svarade inte med en tidsstämpel (RFC 3161)`,
    refused: (url: string, status: number, text: string) => `tidsstämpeltjänsten ${url} vägrade (status ${status}${text ? `: ${text}` : ''})`,
    otherImprint: (url: string) => `tidsstämpeln från ${url} gäller något annat än underskriften`,
    wrongNonce: (url: string) => `tidsstämpeln från ${url} svarar inte på den här begäran (fel nonce)`,
    notSignedData: 'tidsstämpeln är inte CMS SignedData',
    noTstInfo: 'tidsstämpeln saknar TSTInfo',
  },

  /** What verifying finds wrong with a signature, one problem each, as the report lists them. */
  problems: {
    noSigner: 'CMS-strukturen har ingen undertecknare',
    severalSigners: 'CMS-strukturen har flera undertecknare; bara den första kontrolleras',
    unknownHash: (oid: string) => `okänd hashalgoritm ${oid}`,
    signerCertificateNotIncluded: 'undertecknarens certifikat finns inte i underskriften',
    signerCertificateMissing: 'undertecknarens certifikat saknas',
    digestMismatch: 'kontrollsumman stämmer inte: det underskrivna innehållet har ändrats',
    algorithmUnchecked: (oid: string) => `signaturalgoritmen ${oid} kan inte kontrolleras`,
    signatureMismatch: 'signaturen stämmer inte med undertecknarens certifikat',
    otherSigningCertificate: 'attributet signing-certificate pekar ut ett annat certifikat',
    /** A problem of the timestamp token's own signature. */
    inTimestamp: (problem: string) => `tidsstämpeln: ${problem}`,
    timestampForOther: 'tidsstämpeln gäller inte den här signaturen',
    badByteRange: '/ByteRange är felaktig: den ska börja på 0 och utelämna precis /Contents',
    endsMidRevision: 'underskriften slutar mitt i en version av filen',
    noContents: 'underskriften saknar /Contents',
    contentsNotGap: '/Contents är inte de byte som /ByteRange lämnar ut',
    notCms: (detail: string) => `underskriften är inte en läsbar CMS-struktur (${detail})`,
    tsaNotForTimestamping: 'tidsstämpelns certifikat är inte utfärdat för tidsstämpling',
    timestampUnreadable: (detail: string) => `tidsstämpeln kan inte läsas (${detail})`,
    notTrusted: (problem: string | undefined) => `certifikatet är inte betrott: ${problem ?? ''}`,
    tsaNotTrusted: (problem: string | undefined) => `tidsstämpelns certifikat är inte betrott: ${problem ?? ''}`,
  },

  /** Why a certificate chain does not lead to a trust anchor. */
  chain: {
    notValidThen: (subject: string) => `certifikatet för ${subject} gällde inte vid underskriften`,
    noTrustedIssuer: (subject: string) => `ingen betrodd utfärdare för ${subject}`,
    tooLong: 'för lång certifikatkedja',
  },

  /** What the revisions after a signature changed, one line each. */
  changes: {
    catalog: (key: string) => `dokumentets /${key} har ändrats`,
    pagesAdded: (count: number) => `${count} sidor har lagts till`,
    pagesRemoved: (count: number) => `${count} sidor har tagits bort`,
    pageReplaced: (page: number) => `sida ${page} har bytts ut`,
    pageContent: (page: number) => `sida ${page}: sidans innehåll har ändrats`,
    pageKey: (page: number, key: string) => `sida ${page}: /${key} har ändrats`,
    annotations: (page: number) => `sida ${page}: anteckningar (länkar, kommentarer) har ändrats`,
    signatureFieldAdded: (field: string, signed: boolean) => `underskriftsfältet "${field}" har lagts till${signed ? ' och skrivits under' : ''}`,
    formFieldAdded: (field: string) => `formulärfältet "${field}" har lagts till`,
    signatureReplaced: (field: string) => `underskriften i fältet "${field}" har bytts ut`,
    signed: (field: string) => `fältet "${field}" har skrivits under`,
    formFieldValue: (field: string) => `formulärfältet "${field}" har fått ett nytt värde`,
    fieldKeys: (field: string, keys: readonly string[]) => `fältet "${field}": /${keys.join(', /')} har ändrats`,
    fieldRemoved: (field: string) => `fältet "${field}" har tagits bort`,
    form: (key: string) => `formulärets /${key} har ändrats`,
    bytesAfter: (bytes: number) => `${bytes} byte efter filens sista version`,
  },
};
