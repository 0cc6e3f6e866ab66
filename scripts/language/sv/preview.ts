// The words of the coordinator's preview: its problems page and its source view, and why its
// server cannot start.

export const preview = {
  notFound: 'Finns inte.',
  connected: 'ansluten',
  cannotShow: (reason: string) => `Förhandsvisningen kunde inte visa sidan: ${reason}`,
  problemsTitle: 'Innehållet har problem',
  problemsIntro: 'Sidan visas igen när problemen nedan är rättade. Den laddas om av sig själv när du sparar.',
  error: 'Fel',
  warning: 'Varning',
  howToFix: 'Så rättar du:',
  showInText: 'Visa i texten',
  sourceTitle: (path: string) => `Källtext: ${path}`,
  line: (line: number) => `Rad ${line}`,
  back: 'Tillbaka till problemen',
  counts: (errors: number, warnings: number) =>
    `${errors} ${errors === 1 ? 'fel' : 'fel'}, ${warnings} ${warnings === 1 ? 'varning' : 'varningar'}`,
  portInUse: (port: number) => `Porten ${port} används redan. Välj en annan med -- --port <nummer>.`,
  cannotListen: (host: string, port: number, detail: string) => `Förhandsvisningen kan inte lyssna på ${host}:${port} (${detail}).`,
};
