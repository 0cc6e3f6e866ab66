// The words of a site's own pages and of provenance: what a reader needs to check a download,
// and the accessibility statement that the law on accessibility of digital public services
// (lag 2018:1937) asks every public site for.

export const publication = {
  // The words written into a signed PDF: the site's words, since its readers see them.
  /** The reason written in an organisation's seal on a published PDF. */
  sealReason: (title: string) => `Organisationens sigill på ${title}`,
  /** The reason written in a signatory's signature, or in one for a field no signatory is named by. */
  signatoryReason: (name: string, title: string, party: string, document: string) => `${name}, ${title}, ${party}, skriver under ${document}`,
  fieldReason: (document: string) => `Underskrift av ${document}`,
  /** A visible signature's text in the field: this line, the signer's name, the time. */
  stampHeading: 'Digitalt underskriven av',
  provenance: {
    heading: 'Om den här sidan',
    commit: 'Byggd från versionen',
    pdfDigest: 'PDF:ens kontrollsumma (SHA-256)',
    howToCheck: 'Räkna ut kontrollsumman för en nedladdad PDF (t.ex. sha256sum på Linux, Get-FileHash i PowerShell) och jämför: är de lika är filen oförändrad.',
  },
  accessibility: {
    title: 'Tillgänglighetsredogörelse',
    footerLink: 'Tillgänglighet',
    intro: (name: string) =>
      `${name} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. ` +
      'Här beskriver vi hur webbplatsen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, ' +
      'kända brister och hur du kan rapportera problem till oss.',
    statusHeading: 'Hur tillgänglig är webbplatsen?',
    status:
      'Webbsidorna är gjorda för att uppfylla WCAG 2.1 nivå AA: de har rubriker i ordning, en innehållsförteckning, ' +
      'fotnoter med länkar tillbaka, fungerar i mobilen och laddar ingenting utifrån. Varje sida testas automatiskt med axe-core ' +
      'varje gång webbplatsen byggs. PDF-filerna är taggade, har bokmärken, titel och språk.',
    contactHeading: 'Vad kan du göra om du inte kan använda delar av webbplatsen?',
    contact: 'Om du behöver innehållet i en annan form, eller hittar något som inte fungerar för dig, kontakta oss:',
    email: 'E-post',
    form: 'Webbformulär',
    supervisionHeading: 'Tillsyn',
    supervision:
      'Myndigheten för digital förvaltning (Digg) ansvarar för tillsynen av lagen om tillgänglighet till digital offentlig service. ' +
      'Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det.',
    diggLink: 'Anmäl till Digg',
    testedHeading: 'Hur vi testat webbplatsen',
    tested: (date: string) => `Webbplatsen byggdes och testades senast ${date}, med automatiska tester (axe-core, HTML-validering) av varje sida.`,
  },
};
