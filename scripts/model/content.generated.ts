// Generated from schema/*.json by `npm run schema-types`. Do not edit.

export type PromiseCitationData =
  | string
  | {
      /**
       * Ett stabilt id med små bokstäver a–z, siffror och bindestreck, t.ex. "vald-i-nara-relationer". Används i länkar och hänvisningar och ska inte ändras när det väl är publicerat.
       */
      promise: string;
      /**
       * Fotnotens ordalydelse, där {text} ersätts med löftets text. Standard: Medborgarlöfte: ”{text}”.
       */
      footnote?: string;
    };

export interface ContentSchemas {
  edition?: EditionData;
  "focus-area"?: FocusAreaData;
  promise?: PromiseData;
  glossary?: GlossaryData;
  site?: SiteData;
  sic?: SicData;
}
/**
 * agreement/<id>/edition.yaml: uppgifterna om en överenskommelse för en period. Texten står i text.md och fokusområdena i fokusomraden/<id>.md.
 */
export interface EditionData {
  /**
   * Samma som mappens namn, t.ex. "2026-2029".
   */
  id: string;
  /**
   * Hela titeln som den står på försättsbladet.
   */
  title: string;
  /**
   * Kort titel för sidhuvudet i PDF:en, t.ex. "Samverkansöverenskommelse Degerfors".
   */
  shortTitle?: string;
  /**
   * Vad dokumentet heter: samverkansoverenskommelse (standard), samverkansavtal eller medborgarlofte. Styr etiketten på försättsbladet och PDF:ens namn ({dokument}).
   */
  documentType?: "samverkansoverenskommelse" | "samverkansavtal" | "medborgarlofte";
  /**
   * draft = utkast, final = färdig för beslut, decided = beslutad, signed = undertecknad (låses och får inte ändras).
   */
  status: "draft" | "final" | "decided" | "signed";
  /**
   * Kommunens namn utan "kommun", t.ex. "Degerfors". Används för att hitta andra kommuners namn som kommit med av misstag.
   */
  municipality: string;
  /**
   * Andra kommuners namn som texten med avsikt nämner, t.ex. ["Karlskoga"] om en gemensam insats beskrivs.
   *
   * Items: En mening eller ett stycke vanlig text.
   */
  allowedPlaceNames?: string[];
  period: Period;
  /**
   * Parterna, två eller fler.
   *
   * @minItems 2
   */
  parties: [PartyData, PartyData, ...PartyData[]];
  /**
   * Andra aktörer som deltar i arbetet utan att vara parter (de skriver inte under).
   */
  actors?: ActorData[];
  /**
   * Samordnare och deras roller, t.ex. kommunens trygghetssamordnare och kommunpolisen.
   */
  coordinators?: {
    /**
     * En mening eller ett stycke vanlig text.
     */
    name: string;
    /**
     * En mening eller ett stycke vanlig text.
     */
    role: string;
    /**
     * Ett stabilt id med små bokstäver a–z, siffror och bindestreck, t.ex. "vald-i-nara-relationer". Används i länkar och hänvisningar och ska inte ändras när det väl är publicerat.
     */
    party?: string;
  }[];
  /**
   * Ort och datum för undertecknandet (tomt i ett utkast).
   */
  signing?: {
    /**
     * En mening eller ett stycke vanlig text.
     */
    place?: string;
    /**
     * Datum som ÅÅÅÅ-MM-DD, t.ex. 2026-01-01. I ett utkast får månad och dag vara XX ("2026-XX-XX") tills datumet är bestämt.
     */
    date?: string;
  };
  decision?: DecisionData;
  /**
   * Besluten som antog överenskommelsen, ett per part eller organ. Ett enda beslut kan också skrivas som decision.
   */
  decisions?: DecisionData[];
  /**
   * De som skriver under, en eller flera per part.
   *
   * @minItems 1
   */
  signatories: [SignatoryData, ...SignatoryData[]];
  /**
   * Fokusområdenas id i den ordning de ska stå. Varje id har en fil fokusomraden/<id>.md.
   *
   * Items: Ett stabilt id med små bokstäver a–z, siffror och bindestreck, t.ex. "vald-i-nara-relationer". Används i länkar och hänvisningar och ska inte ändras när det väl är publicerat.
   */
  focusAreas: string[];
  /**
   * Ett stabilt id med små bokstäver a–z, siffror och bindestreck, t.ex. "vald-i-nara-relationer". Används i länkar och hänvisningar och ska inte ändras när det väl är publicerat.
   */
  derivedFrom?: string;
  provenance?: ProvenanceData;
}
/**
 * Giltighetstid: ett slutdatum (end) eller tills vidare (openEnded: true), gärna med hur ofta den revideras och om den förlängs. En period som bara är känd ungefär ("hösten 2015") skrivs med label, och start som ett ungefärligt datum för sorteringen.
 */
export interface Period {
  /**
   * Första dagen (från och med).
   */
  start: string;
  /**
   * Sista dagen (till och med).
   */
  end?: string;
  /**
   * true om perioden gäller tills vidare.
   */
  openEnded?: boolean;
  /**
   * En mening eller ett stycke vanlig text.
   */
  review?: string;
  /**
   * Förlängningsklausul. automatic: förlängs med years år i taget om ingen part säger upp den noticeMonths månader före periodens slut. consultation: kan förlängas efter samråd mellan parterna.
   */
  extension?: {
    /**
     * automatic (standard) = förlängs av sig själv om ingen säger upp den; consultation = förlängs bara om parterna kommer överens.
     */
    mode?: "automatic" | "consultation";
    /**
     * Med hur många år i taget.
     */
    years?: number;
    /**
     * Uppsägningstid i månader före periodens slut (automatic), eller när samrådet senast ska ske (consultation).
     */
    noticeMonths?: number;
    /**
     * En mening eller ett stycke vanlig text.
     */
    note?: string;
  };
  /**
   * En mening eller ett stycke vanlig text.
   */
  label?: string;
}
/**
 * En part i överenskommelsen: kommunen, polisen eller en annan aktör (bostadsbolag, centrumförening …).
 */
export interface PartyData {
  /**
   * Ett stabilt id med små bokstäver a–z, siffror och bindestreck, t.ex. "vald-i-nara-relationer". Används i länkar och hänvisningar och ska inte ändras när det väl är publicerat.
   */
  id: string;
  /**
   * En mening eller ett stycke vanlig text.
   */
  name: string;
  /**
   * Vilken sorts part: kommun, polis eller annan.
   */
  kind: "kommun" | "polis" | "annan";
  /**
   * Organisationens led uppifrån och ned, t.ex. ["Polismyndigheten", "region Bergslagen", "lokalpolisområde Degerfors"].
   *
   * @minItems 1
   *
   * Items: En mening eller ett stycke vanlig text.
   */
  organisation?: [string, ...string[]];
  /**
   * Vad parten åtar sig i överenskommelsen.
   *
   * Items: En mening eller ett stycke vanlig text.
   */
  commitments?: string[];
  /**
   * Vilka resurser parten avsätter, t.ex. "En trygghetssamordnare på halvtid".
   *
   * Items: En mening eller ett stycke vanlig text.
   */
  resources?: string[];
}
/**
 * En aktör som deltar utan att skriva under: ett bostadsbolag, räddningstjänsten, en centrumförening …
 */
export interface ActorData {
  /**
   * En mening eller ett stycke vanlig text.
   */
  name: string;
  /**
   * En mening eller ett stycke vanlig text.
   */
  role?: string;
}
export interface DecisionData {
  /**
   * En mening eller ett stycke vanlig text.
   */
  body: string;
  /**
   * Datum som ÅÅÅÅ-MM-DD, t.ex. 2026-01-01. I ett utkast får månad och dag vara XX ("2026-XX-XX") tills datumet är bestämt.
   */
  date: string;
  /**
   * En mening eller ett stycke vanlig text.
   */
  paragraph?: string;
  /**
   * En mening eller ett stycke vanlig text.
   */
  diaryNumber?: string;
  /**
   * En mening eller ett stycke vanlig text.
   */
  party?: string;
}
/**
 * En person som skriver under för en part.
 */
export interface SignatoryData {
  /**
   * En mening eller ett stycke vanlig text.
   */
  name: string;
  /**
   * En mening eller ett stycke vanlig text.
   */
  title: string;
  /**
   * Ett stabilt id med små bokstäver a–z, siffror och bindestreck, t.ex. "vald-i-nara-relationer". Används i länkar och hänvisningar och ska inte ändras när det väl är publicerat.
   */
  party: string;
  /**
   * En mening eller ett stycke vanlig text.
   */
  place?: string;
  /**
   * Datum som ÅÅÅÅ-MM-DD, t.ex. 2026-01-01. I ett utkast får månad och dag vara XX ("2026-XX-XX") tills datumet är bestämt.
   */
  date?: string;
  /**
   * false när det ännu inte är bekräftat vem som skriver under (t.ex. i ett nytt utkast).
   */
  confirmed?: boolean;
}
/**
 * Var det publicerade eller undertecknade originalet finns, t.ex. i kommunens diarium eller på polisen.se.
 */
export interface ProvenanceData {
  /**
   * En mening eller ett stycke vanlig text.
   */
  kept: string;
  /**
   * Adress till det publicerade originalet, med https, t.ex. "https://www.degerfors.se/download/samverkansoverenskommelse-2021-2025.pdf".
   */
  url?: string;
  /**
   * En mening eller ett stycke vanlig text.
   */
  note?: string;
}
/**
 * Frontmatter i agreement/<utgåva>/fokusomraden/<id>.md. Texten under frontmatter är beskrivningen av fokusområdet.
 */
export interface FocusAreaData {
  /**
   * Ett stabilt id med små bokstäver a–z, siffror och bindestreck, t.ex. "vald-i-nara-relationer". Används i länkar och hänvisningar och ska inte ändras när det väl är publicerat.
   */
  id: string;
  /**
   * Fokusområdets nummer som det står i texten, t.ex. "1" eller "2.1". Skrivs före titeln.
   */
  number?: string;
  /**
   * En mening eller ett stycke vanlig text.
   */
  title: string;
  /**
   * En mening eller ett stycke vanlig text.
   */
  heading?: string;
  /**
   * Delmål, om fokusområdet har sådana. De numreras efter fokusområdets nummer (1.1, 1.2 …) när det har ett.
   *
   * Items: En mening eller ett stycke vanlig text.
   */
  goals?: string[];
  /**
   * Medborgarlöften som hör till fokusområdet. Bygget gör varje hänvisning till en fotnot.
   */
  promises?: PromiseCitationData[];
}
/**
 * Frontmatter i promises/<id>.md: ett medborgarlöfte, eller ett dokument med flera löften (promises) under en gemensam underskrift. Texten under frontmatter (frivillig) beskriver situationen idag.
 */
export interface PromiseData {
  /**
   * Ett stabilt id med små bokstäver a–z, siffror och bindestreck, t.ex. "vald-i-nara-relationer". Används i länkar och hänvisningar och ska inte ändras när det väl är publicerat.
   */
  id: string;
  /**
   * En mening eller ett stycke vanlig text.
   */
  title: string;
  /**
   * En mening eller ett stycke vanlig text.
   */
  text: string;
  /**
   * Vilka som lovar, t.ex. ["Polisen", "Degerfors kommun"].
   *
   * @minItems 1
   *
   * Items: En mening eller ett stycke vanlig text.
   */
  parties: [string, ...string[]];
  /**
   * En mening eller ett stycke vanlig text.
   */
  municipality?: string;
  /**
   * draft = förslag, active = gäller, ended = avslutat.
   */
  status?: "draft" | "active" | "ended";
  period?: Period;
  /**
   * Ort och datum för undertecknandet.
   */
  signing?: {
    /**
     * En mening eller ett stycke vanlig text.
     */
    place?: string;
    /**
     * Datum som ÅÅÅÅ-MM-DD, t.ex. 2026-01-01. I ett utkast får månad och dag vara XX ("2026-XX-XX") tills datumet är bestämt.
     */
    date?: string;
  };
  /**
   * De som skriver under löftet: en gemensam underskrift för alla löften i dokumentet.
   */
  signatories?: {
    /**
     * En mening eller ett stycke vanlig text.
     */
    name: string;
    /**
     * En mening eller ett stycke vanlig text.
     */
    title: string;
    /**
     * En mening eller ett stycke vanlig text.
     */
    party: string;
    /**
     * false när det ännu inte är bekräftat vem som skriver under.
     */
    confirmed?: boolean;
  }[];
  /**
   * Ett stabilt id med små bokstäver a–z, siffror och bindestreck, t.ex. "vald-i-nara-relationer". Används i länkar och hänvisningar och ska inte ändras när det väl är publicerat.
   */
  appendixTo?: string;
  /**
   * Rubriken över vad varje aktör lovar i just det här löftet, t.ex. polisen: "Lokalpolisområde Örebro lovar". Annars gäller webbplatsens promiseActors.
   */
  actors?: {
    /**
     * En mening eller ett stycke vanlig text.
     */
    [k: string]: string;
  };
  /**
   * Flera löften under en gemensam underskrift, i den ordning de står.
   *
   * @minItems 1
   */
  promises?: [PromiseItemData, ...PromiseItemData[]];
  /**
   * Id för de fokusområden löftet tjänar.
   *
   * Items: Ett stabilt id med små bokstäver a–z, siffror och bindestreck, t.ex. "vald-i-nara-relationer". Används i länkar och hänvisningar och ska inte ändras när det väl är publicerat.
   */
  focusAreas?: string[];
  /**
   * Vad var och en gör, i den ordning det står: polisen, kommunen, tillsammans eller en annan aktör.
   */
  commitments?: CommitmentData[];
  followUp?: FollowUpData;
  /**
   * Andra kommuners namn som löftet med avsikt nämner, t.ex. ["Karlskoga"] för en gemensam insats.
   *
   * Items: En mening eller ett stycke vanlig text.
   */
  allowedPlaceNames?: string[];
  /**
   * Var löftet är publicerat eller citerat.
   */
  source?: {
    /**
     * En mening eller ett stycke vanlig text.
     */
    title: string;
    /**
     * Adress till sidan där löftet står, med https, t.ex. "https://polisen.se/om-polisen/polisens-arbete/medborgarloften/".
     */
    url?: string;
    /**
     * En mening eller ett stycke vanlig text.
     */
    note?: string;
  };
}
export interface PromiseItemData {
  /**
   * En mening eller ett stycke vanlig text.
   */
  title: string;
  /**
   * En mening eller ett stycke vanlig text.
   */
  text: string;
  /**
   * Items: Ett stabilt id med små bokstäver a–z, siffror och bindestreck, t.ex. "vald-i-nara-relationer". Används i länkar och hänvisningar och ska inte ändras när det väl är publicerat.
   */
  focusAreas?: string[];
  /**
   * Åtagandena i den ordning de står.
   */
  commitments?: CommitmentData[];
  followUp?: FollowUpData;
}
export interface CommitmentData {
  /**
   * Vem som gör det: "polisen", "kommunen", "tillsammans" eller en annan aktörs namn.
   */
  actor: ("polisen" | "kommunen" | "tillsammans") | string;
  /**
   * En mening eller ett stycke vanlig text.
   */
  text: string;
  /**
   * Hur mycket, om åtagandet är kvantifierat, t.ex. minst 20 per månad.
   */
  quantity?: {
    /**
     * true för "minst".
     */
    atLeast?: boolean;
    value: number;
    /**
     * En mening eller ett stycke vanlig text.
     */
    unit: string;
    /**
     * En mening eller ett stycke vanlig text.
     */
    per?: string;
  };
  /**
   * En mening eller ett stycke vanlig text.
   */
  condition?: string;
}
export interface FollowUpData {
  /**
   * En mening eller ett stycke vanlig text.
   */
  frequency?: string;
  /**
   * En mening eller ett stycke vanlig text.
   */
  forum?: string;
  indicators?: {
    /**
     * En mening eller ett stycke vanlig text.
     */
    name: string;
    /**
     * En mening eller ett stycke vanlig text.
     */
    source?: string;
  }[];
}
/**
 * agreement/ordlista.yaml: begrepp som förklaras en gång för alla utgåvor.
 */
export interface GlossaryData {
  /**
   * Kommunnamn som ordlistan med avsikt nämner, t.ex. ["Örebro"] där ett arbetssätt förklaras med var det kommer ifrån. Ordlistan delas av alla utgåvor, så den får inte ett namn undantaget i en utgåvas edition.yaml.
   *
   * Items: En mening eller ett stycke vanlig text.
   */
  allowedPlaceNames?: string[];
  terms: {
    /**
     * Ett stabilt id med små bokstäver a–z, siffror och bindestreck, t.ex. "vald-i-nara-relationer". Används i länkar och hänvisningar och ska inte ändras när det väl är publicerat.
     */
    id: string;
    /**
     * En mening eller ett stycke vanlig text.
     */
    term: string;
    /**
     * En mening eller ett stycke vanlig text.
     */
    expansion?: string;
    /**
     * En mening eller ett stycke vanlig text.
     */
    definition: string;
    /**
     * Andra former av begreppet i texten, t.ex. ["ANDT-arbete"].
     *
     * Items: En mening eller ett stycke vanlig text.
     */
    aliases?: string[];
  }[];
}
/**
 * agreement/webbplats.yaml: det som gäller hela webbplatsen och alla utgåvor: kommunen och lokalpolisområdet, sajtens namn, sidfoten, PDF-filernas namn och rubrikerna för vad varje aktör lovar.
 */
export interface SiteData {
  /**
   * En mening eller ett stycke vanlig text.
   */
  municipality: string;
  /**
   * En mening eller ett stycke vanlig text.
   */
  policeArea: string;
  /**
   * Språket som sidorna och PDF:erna skrivs på.
   */
  language?: "sv";
  /**
   * En mening eller ett stycke vanlig text.
   */
  siteName?: string;
  /**
   * En mening eller ett stycke vanlig text.
   */
  indexTitle?: string;
  /**
   * En mening eller ett stycke vanlig text.
   */
  footer?: string;
  /**
   * Namnet på en utgåvas PDF utan .pdf. {dokument}, {kommun} och {utgava} byts mot dokumenttypen (t.ex. samverkansoverenskommelse), kommunens namn och utgåvans id. Bara a–z, 0–9 och bindestreck. Standard: "{dokument}-{kommun}-{utgava}".
   */
  pdfFileName?: string;
  /**
   * Nyckelord i PDF:ernas metadata, utöver kommunens namn.
   *
   * Items: En mening eller ett stycke vanlig text.
   */
  keywords?: string[];
  /**
   * Webbplatserna som npm run publish publicerar till, t.ex. kommunens och polisens. Se scripts/publish/README.md.
   */
  targets?: PublishTargetData[];
  /**
   * Rubriken över vad varje aktör lovar i ett medborgarlöfte, t.ex. polisen: "Polisen lovar". En aktör som inte står här får rubriken "<aktör> lovar".
   */
  promiseActors?: {
    /**
     * En mening eller ett stycke vanlig text.
     */
    [k: string]: string;
  };
}
/**
 * En webbplats som bygget publiceras till, t.ex. kommunens eller polisens. Varje publicering laddas upp som en ny utgåva under releases/ och blir synlig först när länken current byts till den, i ett enda steg.
 */
export interface PublishTargetData {
  /**
   * Målets id, det som skrivs i kommandot: npm run publish -- <id>. Små bokstäver a–z, siffror och bindestreck, t.ex. "kommun" eller "polisen".
   */
  id: string;
  /**
   * Webbplatsens namn som det visas för människor, t.ex. "Degerfors kommuns webbplats".
   */
  name: string;
  /**
   * Adressen där sidorna syns, med https och ett snedstreck sist, t.ex. "https://www.degerfors.se/samverkan/".
   */
  baseUrl: string;
  /**
   * Hur filerna kommer fram: till en mapp på samma dator (directory) eller till en server med rsync över SSH (rsync).
   */
  method: Directory | Rsync;
  /**
   * Vart läsare kan vända sig om något på sidorna eller i PDF:en inte är tillgängligt (lagen om tillgänglighet till digital offentlig service): en e-postadress, en webbadress eller båda.
   */
  accessibilityContact: {
    /**
     * E-postadress, t.ex. "tillganglighet@degerfors.se".
     */
    email?: string;
    /**
     * Webbadress till ett formulär eller en sida om tillgänglighet, med https, t.ex. "https://www.degerfors.se/tillganglighet".
     */
    url?: string;
  };
}
/**
 * Publicera till en mapp på samma dator (t.ex. en mapp som webbservern visar, eller i tester).
 */
export interface Directory {
  /**
   * Mapp på samma dator.
   */
  type: "directory";
  /**
   * En absolut sökväg till mappen som får releases/ och current. Webbservern ska visa <path>/current. Bara bokstäver a–z, A–Z, siffror, punkt, understreck, bindestreck och snedstreck, t.ex. "/var/www/samverkan".
   */
  path: string;
}
/**
 * Publicera till en server med rsync över SSH. Serverns nyckel är fastlåst (hostKey): en server med en annan nyckel får ingenting. Den privata nyckeln finns aldrig i git; kommandot läser den från PUBLISH_SSH_KEY.
 */
export interface Rsync {
  /**
   * rsync över SSH.
   */
  type: "rsync";
  /**
   * Serverns namn eller IPv4-adress, t.ex. "www.degerfors.se".
   */
  host: string;
  /**
   * SSH-port. Utan port används 22.
   */
  port?: number;
  /**
   * Användaren på servern som äger mappen, t.ex. "publicering".
   */
  user: string;
  /**
   * En absolut sökväg till mappen som får releases/ och current. Webbservern ska visa <path>/current. Bara bokstäver a–z, A–Z, siffror, punkt, understreck, bindestreck och snedstreck, t.ex. "/var/www/samverkan".
   */
  path: string;
  /**
   * Serverns publika värdnyckel, en rad som i known_hosts utan värdnamnet, t.ex. "ssh-ed25519 AAAAC3Nza…". Hämta den på servern (cat /etc/ssh/ssh_host_ed25519_key.pub) eller av serverns ägare, inte via nätet.
   */
  hostKey: string;
}
/**
 * agreement/sic.yaml: kända fel i en undertecknad utgåva som står kvar med avsikt, som i "sic". En undertecknad utgåva återges som den skrevs under; här kvitteras ett fel en gång, så att npm run check inte varnar för det varje gång. Ett utkasts eller en gällande utgåvas fel rättas i stället.
 */
export interface SicData {
  entries: SicEntryData[];
}
export interface SicEntryData {
  /**
   * Filen där felet står, från repositoriets rot, som npm run check skriver den, t.ex. "agreement/2021-2025/text.md".
   */
  file: string;
  /**
   * Ett stabilt id med små bokstäver a–z, siffror och bindestreck, t.ex. "vald-i-nara-relationer". Används i länkar och hänvisningar och ska inte ändras när det väl är publicerat.
   */
  rule: string;
  /**
   * En mening eller ett stycke vanlig text.
   */
  text: string;
  /**
   * En mening eller ett stycke vanlig text.
   */
  note: string;
}
