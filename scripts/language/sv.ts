// The words the output shows, in Swedish: labels, formatters and messages. The page, the PDF
// and the comparison call the same formatter for one fact, so it reads the same everywhere.
// A second language is a sibling module with the same shape (see language/index.ts).

export const sv = {
  site: {
    siteName: (municipality: string, policeArea: string) => `${municipality} kommun och lokalpolisområde ${policeArea}`,
    indexTitle: (municipality: string) => `Samverkan för trygghet i ${municipality}`,
    footer: 'Texten hålls versionshanterad och byggs till webbsida och PDF.',
    pdfFileName: 'samverkansoverenskommelse-{kommun}-{utgava}',
    keywords: ['samverkansöverenskommelse', 'medborgarlöften', 'brottsförebyggande', 'trygghet'],
    promiseActors: { polisen: 'Polisen lovar', kommunen: 'Kommunen lovar', tillsammans: 'Tillsammans' } as Record<string, string>,
    actorPromises: (actor: string) => `${actor} lovar`,
  },
};

export type Language = typeof sv;
