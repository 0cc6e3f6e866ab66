// The site configuration's defaults, in Swedish.

export const site = {
  siteName: (municipality: string, policeArea: string) => `${municipality} kommun och lokalpolisområde ${policeArea}`,
  indexTitle: (municipality: string) => `Samverkan för trygghet i ${municipality}`,
  footer: 'Texten hålls versionshanterad och byggs till webbsida och PDF.',
  pdfFileName: 'samverkansoverenskommelse-{kommun}-{utgava}',
  keywords: ['samverkansöverenskommelse', 'medborgarlöften', 'brottsförebyggande', 'trygghet'],
  promiseActors: { polisen: 'Polisen lovar', kommunen: 'Kommunen lovar', tillsammans: 'Tillsammans' } as Record<string, string>,
  actorPromises: (actor: string) => `${actor} lovar`,
};
