// The site configuration's defaults, and the names of the parties, in Swedish.

/** Official names that do not follow the genitive rule below. */
const MUNICIPALITY_NAMES: Record<string, string> = { Falun: 'Falu kommun', Gotland: 'Region Gotland' };

/**
 * "Lekebergs kommun", "Degerfors kommun", "Ale kommun": the genitive s, except after s, x, z
 * and a vowel. The coordinator can write another form in edition.yaml.
 */
function municipalityName(municipality: string): string {
  return MUNICIPALITY_NAMES[municipality] ?? (/[sxzaeiouyåäö]$/i.test(municipality) ? `${municipality} kommun` : `${municipality}s kommun`);
}

export const site = {
  siteName: (municipality: string, policeArea: string) => `${municipalityName(municipality)} och lokalpolisområde ${policeArea}`,
  indexTitle: (municipality: string) => `Samverkan för trygghet i ${municipality}`,
  footer: 'Texten hålls versionshanterad och byggs till webbsida och PDF.',
  pdfFileName: '{dokument}-{kommun}-{utgava}',
  keywords: ['samverkansöverenskommelse', 'medborgarlöften', 'brottsförebyggande', 'trygghet'],
  promiseActors: { polisen: 'Polisen lovar', kommunen: 'Kommunen lovar', tillsammans: 'Tillsammans' } as Record<string, string>,
  actorPromises: (actor: string) => `${actor} lovar`,
  municipalityName,
  policeAreaName: (policeArea: string) => `lokalpolisområde ${policeArea}`,
};
