/**
 * Demo content, batch B: 21 fictional companies / knowledge institutions and 42 digital solutions.
 * Focus: digital inclusion, healthy urban living, safety, housing and public services.
 * All companies, people, KvK numbers and deployments are fictional; public bodies are real CBS codes.
 */
import type { SeedCompany, SeedSolution } from "./types";

export const companiesB: SeedCompany[] = [
  {
    slug: "cb-heldertaal",
    name: "Heldertaal B.V.",
    kind: "bedrijf",
    kvk: "80134527",
    city: "Utrecht",
    website: "https://heldertaal.example",
    description:
      "Heldertaal bouwt taaltechnologie die overheidscommunicatie begrijpelijk maakt op B1-niveau. Het team bestaat uit taalkundigen, ervaringsdeskundigen en softwareontwikkelaars.",
  },
  {
    slug: "cb-balieplanner",
    name: "Balieplanner B.V.",
    kind: "bedrijf",
    kvk: "80215836",
    city: "Leeuwarden",
    website: "https://balieplanner.example",
    description:
      "Balieplanner maakt eenvoudige plan- en oefensoftware voor bibliotheken, digitale hulppunten en vrijwilligersorganisaties. Opgericht door twee oud-bibliotheekmedewerkers uit Friesland.",
  },
  {
    slug: "cb-civicbot-labs",
    name: "CivicBot Labs B.V.",
    kind: "bedrijf",
    kvk: "80347219",
    city: "Amsterdam",
    website: "https://civicbot.example",
    description:
      "Internationale startup die conversational AI ontwikkelt voor publieke dienstverlening, met nadruk op meertaligheid en uitlegbaarheid. Werkt in het Engels en het Nederlands.",
  },
  {
    slug: "cb-zaakstroom",
    name: "Zaakstroom B.V.",
    kind: "bedrijf",
    kvk: "80429561",
    city: "Zwolle",
    website: "https://zaakstroom.example",
    description:
      "Zaakstroom ontwikkelt open-source componenten voor zaakgericht werken volgens de Common Ground-architectuur. Alle software wordt gepubliceerd onder de EUPL.",
  },
  {
    slug: "cb-luchtlab",
    name: "LuchtLab Sensoring B.V.",
    kind: "bedrijf",
    kvk: "80518374",
    city: "Nijmegen",
    website: "https://luchtlab.example",
    description:
      "LuchtLab levert betaalbare sensornetwerken voor luchtkwaliteit en houdt de meetdata openbaar. Ontstaan uit een burgermeetproject in Nijmegen-Oost.",
  },
  {
    slug: "cb-quietcity",
    name: "QuietCity Analytics B.V.",
    kind: "bedrijf",
    kvk: "80603948",
    city: "Eindhoven",
    website: "https://quietcity.example",
    description:
      "Eindhovense startup die akoestische sensoren en edge-AI combineert om geluidsoverlast en hitte in de stad te meten. Het internationale team communiceert in het Engels.",
  },
  {
    slug: "cb-buurtverbinders",
    name: "Buurtverbinders B.V.",
    kind: "bedrijf",
    kvk: "80671205",
    city: "Tilburg",
    website: "https://buurtverbinders.example",
    description:
      "Buurtverbinders ontwikkelt digitale hulpmiddelen voor welzijnsorganisaties en wijkteams om eenzaamheid onder ouderen te verminderen. Sociaal ondernemer met een B Corp-ambitie.",
  },
  {
    slug: "cb-kinship-health",
    name: "Kinship Health Tech B.V.",
    kind: "bedrijf",
    kvk: "80736692",
    city: "Rotterdam",
    website: "https://kinship-health.example",
    description:
      "Rotterdamse healthtech-startup die software maakt voor welzijn op recept en de aanpak van eenzaamheid. Het team werkt in het Engels en heeft roots in de publieke gezondheidszorg.",
  },
  {
    slug: "cb-crowdsense",
    name: "CrowdSense B.V.",
    kind: "bedrijf",
    kvk: "80812457",
    city: "Den Haag",
    website: "https://crowdsense.example",
    description:
      "CrowdSense meet drukte in de openbare ruimte met anonieme telsensoren en voorspelt bezoekersstromen bij evenementen. Privacy-by-design is het uitgangspunt van elk product.",
  },
  {
    slug: "cb-conflictzicht",
    name: "Conflictzicht B.V.",
    kind: "bedrijf",
    kvk: "80895130",
    city: "Delft",
    website: "https://conflictzicht.example",
    description:
      "Spin-off van verkeerskundig onderzoek die bijna-ongelukken automatisch herkent in camerabeelden. Helpt wegbeheerders om gevaarlijke situaties aan te pakken voordat er slachtoffers vallen.",
  },
  {
    slug: "cb-woonwissel",
    name: "Woonwissel B.V.",
    kind: "bedrijf",
    kvk: "80957716",
    city: "'s-Hertogenbosch",
    website: "https://woonwissel.example",
    description:
      "Woonwissel helpt gemeenten en corporaties de doorstroming op de woningmarkt op gang te brengen, met platforms voor woningruil, wooncoaching en woningbehoefte-analyse.",
  },
  {
    slug: "cb-fairhome",
    name: "FairHome Tech B.V.",
    kind: "bedrijf",
    kvk: "80023984",
    city: "Amsterdam",
    website: "https://fairhome.example",
    description:
      "Startup die transparante en uitlegbare software bouwt voor de toewijzing van betaalbare woningen. Het oprichtersteam komt uit de volkshuisvesting en de data science en werkt in het Engels.",
  },
  {
    slug: "cb-vergunningwijs",
    name: "Vergunningwijs B.V.",
    kind: "bedrijf",
    kvk: "80086451",
    city: "Groningen",
    website: "https://vergunningwijs.example",
    description:
      "Vergunningwijs maakt de regels van de Omgevingswet begrijpelijk voor inwoners en ondernemers. Specialist in toepasbare regels en vergunningchecks.",
  },
  {
    slug: "cb-potjesvinder",
    name: "Potjesvinder B.V.",
    kind: "bedrijf",
    kvk: "80150379",
    city: "Heerlen",
    website: "https://potjesvinder.example",
    description:
      "Potjesvinder helpt inwoners met een laag inkomen om regelingen, toeslagen en subsidies te vinden waar ze recht op hebben. Ontwikkeld samen met schuldhulpverleners uit Parkstad.",
  },
  {
    slug: "cb-toegankelijk-web",
    name: "Toegankelijk Web B.V.",
    kind: "bedrijf",
    kvk: "80279043",
    city: "Almere",
    website: "https://toegankelijkweb.example",
    description:
      "Toegankelijk Web test en verbetert de digitale toegankelijkheid van overheidswebsites en documenten. Werkt met een vast panel van testers met een beperking.",
  },
  {
    slug: "cb-kenniscentrum-wijkgezondheid",
    name: "Kenniscentrum Wijkgezondheid (Hogeschool Waddenland)",
    kind: "kennisinstelling",
    kvk: "80391628",
    city: "Leeuwarden",
    website: "https://wijkgezondheid.example",
    description:
      "Praktijkgericht onderzoekscentrum van een hogeschool dat gemeenten helpt gezondheid en leefomgeving op wijkniveau te volgen. Werkt nauw samen met GGD's, wijkteams en bewoners.",
  },
  {
    slug: "cb-delta-urban-resilience-lab",
    name: "Delta Urban Resilience Lab",
    kind: "kennisinstelling",
    kvk: "80462817",
    city: "Delft",
    website: "https://delta-urban-lab.example",
    description:
      "Universitair onderzoekslab dat open-source modellen en digitale tweelingen ontwikkelt voor klimaatbestendige en inclusieve steden. Publiceert in het Engels en deelt alle code openbaar.",
  },
  {
    slug: "cb-signaalhuis",
    name: "Signaalhuis B.V.",
    kind: "bedrijf",
    kvk: "80534096",
    city: "Enschede",
    website: "https://signaalhuis.example",
    description:
      "Signaalhuis ondersteunt gemeenten bij de aanpak van ondermijning met software voor het veilig bundelen en beoordelen van signalen. Gespecialiseerd in privacy en informatiebeveiliging.",
  },
  {
    slug: "cb-kringloopdata",
    name: "Kringloopdata B.V.",
    kind: "bedrijf",
    kvk: "80689573",
    city: "Apeldoorn",
    website: "https://kringloopdata.example",
    description:
      "Kringloopdata maakt materialen in gebouwen en afvalstromen inzichtelijk, zodat gemeenten en corporaties grondstoffen kunnen hergebruiken.",
  },
  {
    slug: "cb-buurtwarmte-digitaal",
    name: "Buurtwarmte Digitaal B.V.",
    kind: "bedrijf",
    kvk: "80742318",
    city: "Deventer",
    website: "https://buurtwarmte.example",
    description:
      "Buurtwarmte Digitaal geeft huurders en woningeigenaren persoonlijk en onafhankelijk advies over isoleren en verduurzamen, in opdracht van gemeenten en energieloketten.",
  },
  {
    slug: "cb-linkup-digital",
    name: "LinkUp Digital B.V.",
    kind: "bedrijf",
    kvk: "80867402",
    city: "Utrecht",
    website: "https://linkup-digital.example",
    description:
      "Sociale startup die volwassenen met weinig digitale vaardigheden helpt via korte leerroutes en persoonlijke coaching. Het team communiceert in het Engels en werkt met taalmaatjes in het Nederlands.",
  },
];

export const solutionsB: SeedSolution[] = [
  // ───────────────────────────── Heldertaal ─────────────────────────────
  {
    slug: "sb-brievenhulp-b1",
    companySlug: "cb-heldertaal",
    lang: "nl",
    title: "Brievenhulp: overheidsbrieven uitgelegd in eenvoudige taal",
    summary:
      "Inwoners maken een foto van een brief van de gemeente, Belastingdienst of UWV en krijgen in B1-taal uitgelegd wat er staat, wat ze moeten doen en vóór wanneer.",
    description: `Veel inwoners begrijpen brieven van de overheid niet. Ze missen termijnen, betalen boetes of raken in de schulden. **Brievenhulp** legt een brief uit in eenvoudige taal (B1), zonder dat de inwoner iets hoeft te installeren.

Zo werkt het:

- De inwoner maakt een foto van de brief via de website of WhatsApp, of een medewerker van het informatiepunt in de bibliotheek doet dit samen met hem.
- Een taalmodel dat draait in een Nederlands datacenter herkent afzender, soort brief, bedragen en termijnen en maakt een korte samenvatting: *Wat staat er? Wat moet ik doen? Voor wanneer?*
- Bij twijfel of bij brieven over schulden verwijst Brievenhulp door naar de schuldhulp, het sociaal wijkteam of het Informatiepunt Digitale Overheid van de gemeente.

Brieven worden na 24 uur automatisch verwijderd en niet gebruikt om het model te trainen. Voor de dienst ligt een DPIA klaar die gemeenten kunnen overnemen. De uitleg is voorleesbaar en beschikbaar in het Nederlands, Engels, Arabisch, Turks en Pools. Gemeenten krijgen maandelijks een anoniem overzicht van welke brieven het vaakst onduidelijk zijn, zodat ze hun eigen brieven kunnen verbeteren.`,
    themes: ["digitale-inclusie", "dienstverlening"],
    sdgs: [4, 10, 16],
    maturity: "bewezen",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0344", status: "active", since: "2023-04-01" },
      { code: "GM0150", status: "active", since: "2024-01-15" },
      { code: "GM1900", status: "planned", since: "2026-12-01" },
    ],
    assurances: ["avg", "wcag", "bio"],
    hosting: "saas-nl",
    pricingModel: "per-inwoner",
    website: "https://heldertaal.example/brievenhulp",
    contact: { name: "Sanne Verhoef", role: "Productmanager", email: "s.verhoef@heldertaal.example" },
  },
  {
    slug: "sb-b1-schrijfassistent",
    companySlug: "cb-heldertaal",
    lang: "nl",
    title: "B1-schrijfassistent voor ambtenaren",
    summary:
      "Een schrijfassistent in Word en het zaaksysteem die moeilijke woorden, lange zinnen en ambtelijk jargon markeert en direct een eenvoudiger alternatief voorstelt.",
    description: `Gemeenten willen brieven, webteksten en besluiten op taalniveau B1 schrijven, maar in de praktijk lukt dat vaak niet door tijdsdruk en juridische standaardteksten. De **B1-schrijfassistent** helpt medewerkers tijdens het schrijven.

Functies:

- Controle op taalniveau, zinslengte, lijdende vorm en vaktermen, met een score per alinea.
- Een woordenlijst met meer dan 4.000 ambtelijke termen en hun eenvoudige alternatieven, aan te vullen met eigen gemeentelijke termen.
- Bibliotheek met herschreven standaardbrieven (bijvoorbeeld over bezwaar, Wmo, parkeren en belastingen), getest met inwoners.
- Plug-ins voor Microsoft Word, de browser en zaaksystemen die werken met sjablonen.

Teksten worden niet opgeslagen; de analyse gebeurt in een Nederlandse cloudomgeving die voldoet aan de BIO. Teams krijgen een dashboard met de gemiddelde leesbaarheid van hun uitgaande post, zodat de voortgang zichtbaar wordt. De assistent wordt gebruikt door gemeenten, een provincie en enkele uitvoeringsorganisaties van het Rijk.`,
    themes: ["dienstverlening", "digitale-inclusie"],
    sdgs: [10, 16],
    maturity: "opgeschaald",
    targetGroups: ["gemeente", "provincie", "rijk"],
    deployments: [
      { code: "GM0518", status: "active", since: "2022-09-01" },
      { code: "GM0599", status: "active", since: "2023-02-01" },
      { code: "GM0784", status: "active", since: "2024-06-01" },
      { code: "GM0014", status: "ended", since: "2021-05-01" },
      { code: "PV26", status: "active", since: "2025-01-10" },
    ],
    assurances: ["avg", "bio"],
    hosting: "saas-nl",
    pricingModel: "licentie",
    website: "https://heldertaal.example/schrijfassistent",
    contact: { name: "Ruben Kortenhorst", role: "Accountmanager overheid", email: "r.kortenhorst@heldertaal.example" },
  },

  // ───────────────────────────── Balieplanner ─────────────────────────────
  {
    slug: "sb-digihulp-afspraken",
    companySlug: "cb-balieplanner",
    lang: "nl",
    title: "Digihulp Afspraken: boekingssysteem voor digitale hulppunten",
    summary:
      "Afsprakensysteem voor bibliotheken en digitale hulppunten waarmee inwoners een spreekuur, cursus of één-op-één hulp bij DigiD boeken, ook telefonisch of aan de balie.",
    description: `Bibliotheken, welzijnsorganisaties en gemeenten bieden steeds meer hulp bij de digitale overheid: spreekuren voor DigiD, cursussen digitale vaardigheden en inloopuren voor hulp bij toeslagen. **Digihulp Afspraken** brengt al dat aanbod samen in één eenvoudig boekingssysteem.

- Inwoners boeken online in drie stappen, zonder account. Wie niet digitaal vaardig is, wordt ingepland door een baliemedewerker of via de telefoon.
- Herinneringen per sms of als papieren kaartje dat aan de balie wordt meegegeven.
- Vrijwilligers zien hun rooster in een app en kunnen aangeven bij welke onderwerpen ze helpen (DigiD, MijnOverheid, zorgverzekering, belastingaangifte).
- Het cursusaanbod kan worden gekoppeld aan bestaande lesmethodes voor digitale basisvaardigheden.
- Gemeenten en bibliotheken krijgen anonieme rapportages over aantallen, onderwerpen en wachttijden, bruikbaar voor de verantwoording van het Informatiepunt Digitale Overheid.

De software voldoet aan WCAG 2.1 AA, bewaart alleen naam en telefoonnummer en verwijdert die na het gesprek. De broncode is openbaar onder de AGPL.`,
    themes: ["digitale-inclusie", "dienstverlening"],
    sdgs: [4, 10],
    maturity: "opgeschaald",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0080", status: "active", since: "2021-10-01" },
      { code: "GM1970", status: "active", since: "2022-03-01" },
      { code: "GM0074", status: "active", since: "2023-01-09" },
      { code: "GM0855", status: "active", since: "2024-09-01" },
      { code: "GM1681", status: "planned", since: "2026-12-01" },
    ],
    assurances: ["wcag", "avg", "open-source"],
    openSourceLicence: "AGPL-3.0-or-later",
    hosting: "saas-nl",
    pricingModel: "abonnement",
    website: "https://balieplanner.example/digihulp",
    contact: { name: "Wietske Hoekstra", role: "Oprichter en productowner", email: "w.hoekstra@balieplanner.example" },
  },
  {
    slug: "sb-digid-oefenomgeving",
    companySlug: "cb-balieplanner",
    lang: "nl",
    title: "Oefenomgeving digitale overheid",
    summary:
      "Een veilige nabootsing van DigiD, MijnOverheid en gemeentelijke e-formulieren waarin inwoners zonder risico kunnen oefenen, samen met een vrijwilliger of zelfstandig.",
    description: `Voor veel mensen is de eerste keer inloggen met DigiD spannend. Een fout voelt onomkeerbaar. De **Oefenomgeving digitale overheid** laat inwoners oefenen in een nagebootste omgeving die er hetzelfde uitziet als de echte, maar waar niets echt gebeurt.

Inhoud van de oefenomgeving:

- Inloggen met een oefen-DigiD, inclusief de DigiD-app en sms-controle.
- Berichten lezen in een nagebootste Berichtenbox van MijnOverheid.
- Oefenformulieren voor veelvoorkomende gemeentelijke aanvragen: verhuizing doorgeven, parkeervergunning, afvalpas.
- Korte uitlegvideo's met ondertiteling en gebarentaal.

Vrijwilligers en bibliotheekmedewerkers kunnen een oefensessie starten op een tablet en meekijken. De omgeving verzamelt geen persoonsgegevens: er wordt alleen met fictieve gegevens gewerkt. De modules worden aangepast aan de huisstijl van de gemeente, zodat inwoners later het echte formulier herkennen. Het prototype is getest met deelnemers van taalcafés en een seniorenvereniging; een eerste pilot met een bibliotheek is in voorbereiding.`,
    themes: ["digitale-inclusie"],
    sdgs: [4, 10],
    maturity: "prototype",
    targetGroups: ["gemeente"],
    deployments: [],
    assurances: ["wcag", "avg"],
    hosting: "saas-nl",
    pricingModel: "abonnement",
    website: "https://balieplanner.example/oefenen",
    contact: { name: "Wietske Hoekstra", role: "Oprichter en productowner", email: "w.hoekstra@balieplanner.example" },
  },

  // ───────────────────────────── CivicBot Labs (EN) ─────────────────────────────
  {
    slug: "sb-civicbot-resident-assistant",
    companySlug: "cb-civicbot-labs",
    lang: "en",
    title: "CivicBot: multilingual chatbot for residents",
    summary:
      "A virtual assistant for the municipal website that answers residents' questions in plain language, in 12 languages, and hands over to a human agent with the full conversation when needed.",
    description: `Contact centres of municipalities receive thousands of repetitive questions about waste collection, passports, parking permits and benefits. **CivicBot** is a chatbot for residents that answers these questions 24/7 and knows when to hand over to a person.

How it works:

- Answers are generated only from the municipality's own approved content (website, product catalogue, FAQ), using retrieval-augmented generation. The bot cites its source and never invents rules.
- Residents can ask questions in Dutch, English, Arabic, Turkish, Polish, Ukrainian and six other languages; answers are written at B1 reading level.
- A warm handover to the customer contact centre passes the full conversation to the agent's screen, so residents do not have to repeat themselves.
- Through an open API the bot can check the status of an application in a case management system based on the ZGW APIs, after login with DigiD.

Conversations are stored for 30 days and pseudonymised for analytics. A DPIA template and an algorithm register entry are provided. The model runs in an EU data centre and no data is used for training.`,
    themes: ["dienstverlening", "digitale-inclusie"],
    sdgs: [10, 16],
    maturity: "pilot",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0034", status: "active", since: "2025-02-01" },
      { code: "GM0392", status: "ended", since: "2023-06-01" },
    ],
    assurances: ["avg", "wcag"],
    hosting: "saas-eu",
    pricingModel: "abonnement",
    website: "https://civicbot.example",
    contact: { name: "Priya Raman", role: "Head of Public Sector", email: "priya@civicbot.example" },
  },
  {
    slug: "sb-civicbot-voice-line",
    companySlug: "cb-civicbot-labs",
    lang: "en",
    title: "Voice assistant for the municipal phone line",
    summary:
      "A speech-based assistant for the 14 0xx phone number that recognises the caller's question, answers simple requests and routes complex calls to the right team.",
    description: `Many residents, especially older people and people with low literacy, prefer to call rather than use a website or chatbot. Long waiting times are the result. The **CivicBot voice line** puts a friendly voice assistant in front of the existing telephone system.

What it does:

- Recognises spoken Dutch, including regional accents, and asks clarifying questions in short sentences.
- Answers simple questions directly (opening hours, waste collection days, how to make an appointment) and can book an appointment through the municipal appointment system's API.
- Routes complex or sensitive calls — debt, domestic violence, care needs — straight to a human, without any automated answering.
- Offers a call-back option when queues are long.

The prototype uses open-source speech recognition running in an EU cloud; audio is deleted immediately after transcription. The assistant can be connected to common telephony platforms via SIP. We are looking for two municipalities to co-design and test the service with residents and contact centre staff in a pilot.`,
    themes: ["dienstverlening"],
    sdgs: [16],
    maturity: "prototype",
    targetGroups: ["gemeente"],
    deployments: [],
    assurances: ["avg"],
    hosting: "saas-eu",
    pricingModel: "op-aanvraag",
    website: "https://civicbot.example/voice",
    contact: { name: "Tomás Herrera", role: "CTO", email: "tomas@civicbot.example" },
  },

  // ───────────────────────────── Zaakstroom ─────────────────────────────
  {
    slug: "sb-zaakstroom-zaakafhandeling",
    companySlug: "cb-zaakstroom",
    lang: "nl",
    title: "Zaakstroom Zaakafhandeling",
    summary:
      "Open-source zaakafhandelcomponent volgens Common Ground en de ZGW-standaarden, waarmee medewerkers aanvragen, meldingen en bezwaren zaakgericht afhandelen.",
    description: `**Zaakstroom Zaakafhandeling** is een moderne werkomgeving voor zaakgericht werken. De component slaat zelf geen gegevens op, maar gebruikt de ZGW API's (Zaken, Documenten, Catalogi, Besluiten) en registraties zoals de BRP en het Handelsregister, helemaal volgens de Common Ground-gedachte.

Belangrijkste functies:

- Werkvoorraad per team met signalering van termijnen uit de zaaktypecatalogus.
- Zaakdossier met documenten, contactmomenten en besluiten in één overzicht.
- Koppeling met e-formulieren: aanvragen komen automatisch binnen als zaak.
- Bevragingen van basisregistraties lopen via FSC (de opvolger van NLX), met logging van doelbinding per verzoek.
- Statusupdates gaan automatisch naar de inwoner via MijnOverheid of e-mail.

De software is open source (EUPL-1.2) en wordt samen met gebruikende gemeenten doorontwikkeld. Gemeenten kunnen zelf hosten of kiezen voor beheer door Zaakstroom in een BIO-gecertificeerd datacentrum in Nederland. Migratie vanuit bestaande zaaksystemen wordt ondersteund met een migratietool.`,
    themes: ["dienstverlening"],
    sdgs: [16],
    maturity: "opgeschaald",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0193", status: "active", since: "2021-03-01" },
      { code: "GM0166", status: "active", since: "2022-01-01" },
      { code: "GM0148", status: "active", since: "2022-07-01" },
      { code: "GM0268", status: "active", since: "2023-10-01" },
      { code: "GM1708", status: "planned", since: "2026-12-15" },
    ],
    assurances: ["common-ground", "open-source", "bio", "avg", "wcag"],
    openSourceLicence: "EUPL-1.2",
    hosting: "hybride",
    pricingModel: "abonnement",
    website: "https://zaakstroom.example/zaakafhandeling",
    contact: { name: "Jeroen Brinkhuis", role: "Architect Common Ground", email: "j.brinkhuis@zaakstroom.example" },
  },
  {
    slug: "sb-zaakstroom-afspraken",
    companySlug: "cb-zaakstroom",
    lang: "nl",
    title: "Afsprakenmodule voor de publiekszaal",
    summary:
      "Common Ground-component voor het plannen van afspraken aan de balie, via video of aan huis, met koppeling aan de zaak en aan het klantcontactsysteem.",
    description: `Inwoners willen zelf kiezen wanneer en hoe ze de gemeente spreken. De **Afsprakenmodule** laat inwoners online een afspraak maken voor paspoort, rijbewijs, huwelijk of een gesprek met een consulent, en laat medewerkers de capaciteit slim verdelen.

- Online boeken met of zonder DigiD; voor producten waarbij dat nodig is, wordt de identiteit vooraf gecontroleerd.
- Afspraken op locatie, via beeldbellen of aan huis bij inwoners die minder mobiel zijn.
- Capaciteitsplanning per balie en per product, met een wachtrij- en oproepsysteem voor de publiekshal.
- Elke afspraak kan worden gekoppeld aan een zaak in een ZGW-zaaksysteem, zodat de medewerker de voorgeschiedenis ziet.
- Open API voor koppeling met de website, chatbots en het telefoonsysteem.

De module is open source onder de EUPL-1.2 en voldoet aan WCAG 2.1 AA. Een gemeente heeft de module na een proefperiode vervangen door een regionale oplossing; de ervaringen zijn verwerkt in versie 2.`,
    themes: ["dienstverlening"],
    sdgs: [16],
    maturity: "bewezen",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0193", status: "active", since: "2022-05-01" },
      { code: "GM0119", status: "active", since: "2024-02-01" },
      { code: "GM0180", status: "ended", since: "2023-01-01" },
    ],
    assurances: ["common-ground", "open-source", "wcag", "avg"],
    openSourceLicence: "EUPL-1.2",
    hosting: "saas-nl",
    pricingModel: "abonnement",
    website: "https://zaakstroom.example/afspraken",
    contact: { name: "Jeroen Brinkhuis", role: "Architect Common Ground", email: "j.brinkhuis@zaakstroom.example" },
  },
  {
    slug: "sb-zaakstroom-keukentafel",
    companySlug: "cb-zaakstroom",
    lang: "nl",
    title: "Keukentafel-app voor Wmo-consulenten",
    summary:
      "Idee voor een tablet-app waarmee Wmo-consulenten het keukentafelgesprek samen met de inwoner vastleggen, offline werken en het verslag direct in de zaak plaatsen.",
    description: `Tijdens een keukentafelgesprek bespreekt een Wmo-consulent met een inwoner welke ondersteuning nodig is om zelfstandig te blijven wonen en meedoen. Nu worden aantekeningen vaak achteraf uitgewerkt, wat veel tijd kost en het verslag minder herkenbaar maakt voor de inwoner.

Met de **Keukentafel-app** willen we dit verbeteren:

- Het gespreksverslag wordt tijdens het gesprek samen met de inwoner ingevuld, in eenvoudige taal en met pictogrammen.
- De app werkt offline en synchroniseert versleuteld zodra er weer verbinding is.
- Het verslag en eventuele foto's van de woonsituatie worden als document aan de Wmo-zaak toegevoegd via de ZGW API's.
- De inwoner ondertekent digitaal of ontvangt het verslag op papier.
- Signalen over eenzaamheid, mantelzorgbelasting of schulden kunnen met toestemming worden doorgezet naar het sociaal wijkteam.

Het concept is uitgewerkt met consulenten van een gemeente in Overijssel. We zoeken gemeenten die willen meedenken over het ontwerp en een pilot in 2027. De app wordt, net als onze andere componenten, open source.`,
    themes: ["dienstverlening", "gezond-stedelijk-leven"],
    sdgs: [3, 16],
    maturity: "idee",
    targetGroups: ["gemeente"],
    deployments: [],
    assurances: ["common-ground", "open-source", "avg"],
    openSourceLicence: "EUPL-1.2",
    hosting: "hybride",
    pricingModel: "projectprijs",
    website: "https://zaakstroom.example/keukentafel",
    contact: { name: "Marloes ter Horst", role: "Ontwerper sociaal domein", email: "m.terhorst@zaakstroom.example" },
  },

  // ───────────────────────────── LuchtLab ─────────────────────────────
  {
    slug: "sb-luchtlab-sensornetwerk",
    companySlug: "cb-luchtlab",
    lang: "nl",
    title: "LuchtLab sensornetwerk voor fijnstof en stikstofdioxide",
    summary:
      "Fijnmazig meetnet van betaalbare sensoren voor fijnstof (PM2,5 en PM10) en NO2, gekalibreerd tegen officiële meetstations, met een openbaar dashboard voor inwoners.",
    description: `Het officiële meetnet heeft maar enkele stations per regio. Daardoor weten gemeenten weinig over de luchtkwaliteit in straten bij scholen, drukke wegen of bedrijventerreinen. **LuchtLab** vult dat gat met een dicht netwerk van kleine sensoren.

Hoe het werkt:

- Sensoren op lantaarnpalen, scholen en bij inwoners thuis meten elke minuut fijnstof, NO2, temperatuur en luchtvochtigheid.
- De data worden automatisch gekalibreerd tegen nabijgelegen stations van het Landelijk Meetnet Luchtkwaliteit (RIVM) en gedeeld met het landelijke burgermeetplatform.
- Een openbaar dashboard toont actuele waarden, trends en vergelijkingen met de WHO-advieswaarden, in begrijpelijke taal.
- Beleidsmedewerkers krijgen analyses per wijk, bijvoorbeeld het effect van een schoolstraat of een milieuzone.

Alle meetdata zijn open data (CC-BY) en beschikbaar via een open API. De dashboardsoftware is open source onder de MIT-licentie. Er worden geen persoonsgegevens verwerkt; bij sensoren bij inwoners thuis wordt de locatie afgerond op 100 meter.`,
    themes: ["gezond-stedelijk-leven"],
    sdgs: [3, 11],
    maturity: "opgeschaald",
    targetGroups: ["gemeente", "provincie"],
    deployments: [
      { code: "GM0268", status: "active", since: "2021-06-01" },
      { code: "GM0202", status: "active", since: "2022-04-01" },
      { code: "GM0772", status: "active", since: "2023-03-15" },
      { code: "PV25", status: "active", since: "2024-01-01" },
    ],
    assurances: ["open-source", "avg"],
    openSourceLicence: "MIT",
    hosting: "saas-nl",
    pricingModel: "abonnement",
    website: "https://luchtlab.example/meetnet",
    contact: { name: "Bas Gerritsen", role: "Directeur", email: "b.gerritsen@luchtlab.example" },
  },
  {
    slug: "sb-luchtlab-houtstookmelder",
    companySlug: "cb-luchtlab",
    lang: "nl",
    title: "Houtstookmelder: stookadvies en overlastsignalering",
    summary:
      "Combineert sensordata, weersverwachting en meldingen van inwoners tot een lokaal stookadvies en een kaart met hotspots van houtrookoverlast.",
    description: `Houtrook is in veel woonwijken een belangrijke bron van fijnstof en een groeiende bron van klachten. Tegelijk stoken inwoners hout om energiekosten te besparen. De **Houtstookmelder** helpt gemeenten om het gesprek hierover te voeren op basis van feiten.

- Een lokaal stookadvies (groen, oranje, rood) op basis van windsnelheid, temperatuur en gemeten fijnstof, te tonen op de gemeentelijke website en via een app-melding.
- Inwoners kunnen anoniem overlast melden; meldingen worden gecombineerd met sensordata tot een kaart met hotspots.
- Wijkgerichte informatie over gezondheidseffecten en schonere alternatieven, zoals warmtepompen en isolatie, gekoppeld aan het energieloket.

De melder gebruikt het bestaande LuchtLab-meetnet of losse sensoren die tijdelijk in een wijk worden geplaatst. Meldingen worden opgeslagen zonder naam of adres; alleen de buurtcode (CBS) wordt bewaard. De pilot loopt in een Gelderse gemeente; een tweede gemeente start na de evaluatie.`,
    themes: ["gezond-stedelijk-leven", "energietransitie"],
    sdgs: [3, 7, 11],
    maturity: "pilot",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0296", status: "active", since: "2024-11-01" },
      { code: "GM0289", status: "planned", since: "2026-12-01" },
    ],
    assurances: ["avg"],
    hosting: "saas-nl",
    pricingModel: "projectprijs",
    website: "https://luchtlab.example/houtstook",
    contact: { name: "Fenna Jacobs", role: "Projectleider gezonde lucht", email: "f.jacobs@luchtlab.example" },
  },

  // ───────────────────────────── QuietCity (EN) ─────────────────────────────
  {
    slug: "sb-quietcity-noise-network",
    companySlug: "cb-quietcity",
    lang: "en",
    title: "QuietCity noise monitoring network",
    summary:
      "Acoustic sensors with on-device AI that measure noise levels and classify sources (traffic, music, crowds, construction) without recording speech, with a public dashboard.",
    description: `Noise pollution from nightlife, traffic and construction is one of the most common nuisance complaints in cities, and a proven health risk. Enforcement teams often arrive too late to hear the problem. **QuietCity** gives municipalities continuous, objective insight into noise.

How it works:

- Weatherproof sensors measure sound levels (LAeq, Lmax) every second and classify the source on the device: road traffic, mopeds, amplified music, shouting crowds, construction.
- No audio is stored or transmitted, so conversations can never be reconstructed. This privacy-by-design approach was reviewed in a DPIA with two data protection officers.
- Enforcement officers receive real-time alerts when thresholds for events or terrace permits are exceeded.
- A public dashboard shows noise levels per street, helping residents, venues and the municipality discuss nightlife noise based on shared data.

Data is available through an open API and can be combined with air quality, crowd monitoring or complaint data. Sensors run on mains power or a lamppost connection and communicate via LTE-M.`,
    themes: ["gezond-stedelijk-leven", "veiligheid"],
    sdgs: [3, 11],
    maturity: "bewezen",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0363", status: "active", since: "2023-05-01" },
      { code: "GM0935", status: "active", since: "2024-04-01" },
      { code: "GM0344", status: "ended", since: "2022-09-01" },
    ],
    assurances: ["avg", "bio"],
    hosting: "saas-eu",
    pricingModel: "abonnement",
    website: "https://quietcity.example/noise",
    contact: { name: "Lena Fischer", role: "Co-founder & CEO", email: "lena@quietcity.example" },
  },
  {
    slug: "sb-quietcity-heat-kit",
    companySlug: "cb-quietcity",
    lang: "en",
    title: "Street-level heat stress sensor kit",
    summary:
      "A low-cost kit that measures felt temperature at street level in heat-vulnerable neighbourhoods, to target shade, greenery and cool spaces for elderly residents.",
    description: `During heatwaves, some streets are several degrees hotter than others, and older residents in poorly insulated homes are most at risk. Official weather stations do not show these differences. The **heat stress sensor kit** measures what residents actually experience.

The kit:

- Measures air temperature, humidity, radiation and wind to calculate a felt-temperature index (PET/WBGT) every five minutes.
- Mounts on lampposts or façades in a day, with solar power and LoRaWAN connectivity.
- Feeds a map that combines sensor data with CBS neighbourhood statistics on age and housing, highlighting heat hotspots with many vulnerable residents.
- Can trigger heat-plan alerts to social teams and home-care organisations so they can check on people living alone.

The prototype is running on the company's test street in Eindhoven. We are looking for municipalities that want to pilot the kit in summer 2027 as part of their climate adaptation and public health plans. Measurement data will be published as open data.`,
    themes: ["klimaatadaptatie", "gezond-stedelijk-leven"],
    sdgs: [3, 11, 13],
    maturity: "prototype",
    targetGroups: ["gemeente", "provincie"],
    deployments: [],
    assurances: ["avg"],
    hosting: "saas-eu",
    pricingModel: "projectprijs",
    website: "https://quietcity.example/heat",
    contact: { name: "Arjun Mehta", role: "Product lead climate", email: "arjun@quietcity.example" },
  },

  // ───────────────────────────── Buurtverbinders ─────────────────────────────
  {
    slug: "sb-maatjesmatch",
    companySlug: "cb-buurtverbinders",
    lang: "nl",
    title: "Maatjesmatch: maatjes en buurtgenoten voor ouderen",
    summary:
      "Platform waarmee welzijnsorganisaties ouderen koppelen aan een maatje of buurtgenoot met dezelfde interesses, met een telefonische route voor wie geen smartphone heeft.",
    description: `Eenzaamheid onder ouderen is groot en neemt toe. Veel welzijnsorganisaties koppelen al maatjes, maar doen dat met spreadsheets en telefoonlijsten. **Maatjesmatch** maakt dit eenvoudiger en bereikt ook ouderen die zelf niet online zijn.

Hoe het werkt:

- Een welzijnswerker, wijkverpleegkundige of mantelzorger meldt een oudere aan, met toestemming. Ouderen kunnen zich ook zelf aanmelden via een gratis telefoonnummer.
- Vrijwilligers en buurtgenoten maken een profiel met interesses, beschikbaarheid en afstand.
- Het platform stelt matches voor; een coördinator beslist altijd en legt het eerste contact.
- Na elke ontmoeting volgt een korte check-in per sms of telefoon; signalen van achteruitgang gaan naar de coördinator.
- Er is een activiteitenkalender met buurtinitiatieven, die ook als papieren weekoverzicht kan worden geprint.

Gemeenten krijgen anonieme rapportages voor hun aanpak van eenzaamheid. Het platform werkt samen met bestaande lokale coalities tegen eenzaamheid, voldoet aan de AVG en WCAG, en draait in een Nederlandse cloud.`,
    themes: ["gezond-stedelijk-leven", "digitale-inclusie"],
    sdgs: [3, 10],
    maturity: "bewezen",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0855", status: "active", since: "2022-02-01" },
      { code: "GM0785", status: "active", since: "2023-05-01" },
      { code: "GM0798", status: "active", since: "2023-09-01" },
      { code: "GM0824", status: "planned", since: "2026-12-01" },
    ],
    assurances: ["avg", "wcag"],
    hosting: "saas-nl",
    pricingModel: "per-inwoner",
    website: "https://buurtverbinders.example/maatjesmatch",
    contact: { name: "Henk van der Heijden", role: "Oprichter", email: "h.vanderheijden@buurtverbinders.example" },
  },
  {
    slug: "sb-eenzaamheidssignaal",
    companySlug: "cb-buurtverbinders",
    lang: "nl",
    title: "Eenzaamheidssignaal voor wijkteams",
    summary:
      "Eenvoudig signaleringsinstrument waarmee wijkteams, huisartsen en vrijwilligers signalen van eenzaamheid vastleggen en gericht opvolgen.",
    description: `Eenzaamheid wordt vaak pas laat opgemerkt, terwijl huisartsen, wijkagenten, postbodes en vrijwilligers van de voedselbank de signalen eerder zien. Zij weten alleen niet waar ze die kwijt kunnen. **Eenzaamheidssignaal** geeft hen een laagdrempelig meldpunt en het wijkteam een werklijst.

- Melders vullen op hun telefoon in enkele vragen in wat zij hebben gezien; namen worden alleen gedeeld met toestemming van de inwoner.
- Het wijkteam ontvangt de signalen, plant een huisbezoek en registreert de opvolging.
- Een gevalideerde korte eenzaamheidsvragenlijst helpt de ernst in te schatten en de juiste route te kiezen: maatje, activiteit, of professionele hulp.
- Op wijkniveau ontstaat een anoniem beeld van waar signalen vandaan komen, te combineren met de gezondheidsmonitor van de GGD.

Er worden geen voorspellende algoritmes gebruikt; alle beslissingen liggen bij professionals. De DPIA is opgesteld samen met de functionaris gegevensbescherming van de pilotgemeente. Na de pilot wordt de koppeling met Maatjesmatch gerealiseerd.`,
    themes: ["gezond-stedelijk-leven"],
    sdgs: [3],
    maturity: "pilot",
    targetGroups: ["gemeente"],
    deployments: [{ code: "GM0855", status: "active", since: "2025-01-15" }],
    assurances: ["avg", "bio"],
    hosting: "saas-nl",
    pricingModel: "projectprijs",
    website: "https://buurtverbinders.example/signaal",
    contact: { name: "Yasmina El Amrani", role: "Projectleider welzijn", email: "y.elamrani@buurtverbinders.example" },
  },

  // ───────────────────────────── Kinship Health (EN) ─────────────────────────────
  {
    slug: "sb-kinship-social-prescribing",
    companySlug: "cb-kinship-health",
    lang: "en",
    title: "Kinship social prescribing platform",
    summary:
      "Connects GPs, social workers and community organisations so residents with non-medical needs such as loneliness or stress are referred to local activities and followed up.",
    description: `A large share of GP visits is driven by non-medical problems: loneliness, financial stress, lack of meaningful activity. Social prescribing links these residents to a community connector who helps them find local activities. **Kinship** is the digital backbone for this approach.

Features:

- GPs and practice nurses refer a patient in two clicks from their own system; the referral reaches the community connector of the local welfare organisation.
- Connectors keep a simple wellbeing plan with the resident, using a validated wellbeing scale at the start and after three months.
- A searchable directory of local activities — walking groups, language cafés, volunteering, sports — maintained by community organisations themselves.
- Feedback to the referrer (with consent) closes the loop.
- Municipalities receive anonymised dashboards on referrals, reasons and outcomes for their public health and loneliness policy.

Data is hosted in the EU, referrals use secure messaging, and only the minimum necessary data is exchanged. Kinship supports residents without a smartphone: connectors can do everything on their behalf.`,
    themes: ["gezond-stedelijk-leven", "dienstverlening"],
    sdgs: [3, 10],
    maturity: "pilot",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0599", status: "active", since: "2024-10-01" },
      { code: "GM0606", status: "planned", since: "2026-12-01" },
    ],
    assurances: ["avg", "wcag"],
    hosting: "saas-eu",
    pricingModel: "abonnement",
    website: "https://kinship-health.example/prescribing",
    contact: { name: "Olivia Bennett", role: "Co-founder, Partnerships", email: "olivia@kinship-health.example" },
  },
  {
    slug: "sb-kinship-loneliness-map",
    companySlug: "cb-kinship-health",
    lang: "en",
    title: "Loneliness risk map for neighbourhood planning",
    summary:
      "An idea for an open model that estimates loneliness risk per neighbourhood from public statistics, helping municipalities decide where to invest in meeting places and outreach.",
    description: `Municipalities want to tackle loneliness where it matters most, but health monitor data is only available every four years and at a coarse level. We propose a **loneliness risk map** that estimates risk at neighbourhood level from public, aggregated data.

The concept:

- Inputs are open statistics only: CBS neighbourhood data (age, single-person households, income, migration background), the GGD health monitor, distance to facilities and public transport.
- A transparent, explainable model — no black box — estimates the share of residents at risk of severe loneliness per neighbourhood, with uncertainty ranges.
- The map shows which factors drive the estimate, so policymakers can discuss interventions: a community centre, a bench route, a buddy programme.
- No personal data is used, and the model never identifies individuals.

The code and model documentation will be open source (MIT). We are looking for two or three municipalities and a GGD to validate the model against their own survey results and co-design the dashboard.`,
    themes: ["gezond-stedelijk-leven"],
    sdgs: [3, 11],
    maturity: "idee",
    targetGroups: ["gemeente", "provincie"],
    deployments: [],
    assurances: ["open-source", "avg"],
    openSourceLicence: "MIT",
    hosting: "saas-eu",
    pricingModel: "gratis",
    website: "https://kinship-health.example/loneliness-map",
    contact: { name: "Daniel Okafor", role: "Data scientist", email: "daniel@kinship-health.example" },
  },

  // ───────────────────────────── CrowdSense (EN) ─────────────────────────────
  {
    slug: "sb-crowdsense-counting-sensors",
    companySlug: "cb-crowdsense",
    lang: "en",
    title: "CrowdSense privacy-by-design counting sensors",
    summary:
      "Anonymous people-counting sensors that measure crowd density and flows in shopping streets, stations and event areas without cameras storing images or tracking individuals.",
    description: `Crowd management requires reliable, real-time numbers: how many people are in a square, how fast is it filling up, where are the bottlenecks? **CrowdSense** sensors provide this without compromising privacy.

How it works:

- Sensors use thermal imaging and low-resolution depth sensing; counting happens on the device and only counts and flow directions leave the sensor. No images, MAC addresses or phone data are ever stored.
- Density (persons per m²), inflow and outflow are shown on a live map for the municipal crowd management team, police and event organisers.
- Configurable thresholds trigger alerts so stewards can close an entrance or open an extra route before it gets too crowded.
- Historic data supports policy on shopping streets, city centre accessibility and public space design.

The approach has been assessed in a DPIA and complies with the AVG. Data is processed in the Netherlands and is available via an open API in a standard format, so it can be combined with other sources in the municipal data platform.`,
    themes: ["veiligheid"],
    sdgs: [11, 16],
    maturity: "opgeschaald",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0518", status: "active", since: "2021-08-01" },
      { code: "GM0363", status: "active", since: "2022-04-27" },
      { code: "GM0935", status: "active", since: "2023-11-11" },
      { code: "GM0080", status: "ended", since: "2022-08-15" },
      { code: "GM0772", status: "active", since: "2024-06-01" },
    ],
    assurances: ["avg", "bio"],
    hosting: "saas-nl",
    pricingModel: "abonnement",
    website: "https://crowdsense.example/sensors",
    contact: { name: "Maarten Dekker", role: "Commercial Director", email: "maarten@crowdsense.example" },
  },
  {
    slug: "sb-crowdsense-event-dashboard",
    companySlug: "cb-crowdsense",
    lang: "en",
    title: "Event crowd management dashboard with flow prediction",
    summary:
      "A shared situational picture for large events that combines counting sensors, public transport data and ticketing to predict crowd pressure 15 to 45 minutes ahead.",
    description: `Large events such as King's Day, festivals and beach days put pressure on public space, public transport and emergency services. Municipalities, police, event organisers and transport operators often each look at their own data. The **event crowd management dashboard** brings these together in one situational picture.

Capabilities:

- Live input from counting sensors, public transport check-in data (aggregated), parking occupancy and ticket scans.
- Short-term crowd flow prediction (15–45 minutes ahead) per zone, based on historic events and the current situation.
- Scenario playbooks: when a zone reaches a threshold, the dashboard suggests pre-agreed measures such as one-way routes or message signs.
- A role-based view for the municipal crisis team, police, fire brigade and stewards, with a log of decisions for the evaluation.

No personal data is processed. The dashboard runs in a Dutch data centre, supports two-factor login and meets the BIO baseline. It has been used at dozens of events, from beach festivals to national celebrations.`,
    themes: ["veiligheid"],
    sdgs: [11, 16],
    maturity: "bewezen",
    targetGroups: ["gemeente", "rijk"],
    deployments: [
      { code: "GM0518", status: "active", since: "2023-03-01" },
      { code: "GM0473", status: "active", since: "2024-05-01" },
    ],
    assurances: ["avg", "bio"],
    hosting: "saas-nl",
    pricingModel: "projectprijs",
    website: "https://crowdsense.example/events",
    contact: { name: "Maarten Dekker", role: "Commercial Director", email: "maarten@crowdsense.example" },
  },
  {
    slug: "sb-crowdsense-nature-visitors",
    companySlug: "cb-crowdsense",
    lang: "en",
    title: "Visitor monitoring for beaches, dunes and nature areas",
    summary:
      "Solar-powered counting posts and a visitor-pressure forecast that help provinces and island municipalities manage crowding, safety and parking in nature and recreation areas.",
    description: `On sunny days, beaches and nature areas can become dangerously crowded: blocked access roads for emergency services, overflowing parking and damage to vulnerable dunes. Provinces and municipalities lack real-time insight in these remote locations. **CrowdSense Nature** brings visitor monitoring outdoors.

- Solar-powered counting posts on paths, beach entrances and car parks, communicating via LoRaWAN or satellite where mobile coverage is poor.
- A visitor-pressure forecast for the next three days based on weather, holidays and historic counts.
- Public information for visitors: a busy-or-quiet indicator on the tourism website and road signs, encouraging them to visit at quieter times or places.
- Alerts for the safety region when emergency access routes may be obstructed.

The posts count without cameras and store no personal data. The pilot on a provincial dune area runs since spring 2025; an island municipality will join for the 2027 season. Results feed into both visitor safety plans and nature conservation policy.`,
    themes: ["veiligheid", "gezond-stedelijk-leven"],
    sdgs: [11, 15],
    maturity: "pilot",
    targetGroups: ["provincie", "gemeente"],
    deployments: [
      { code: "PV27", status: "active", since: "2025-04-01" },
      { code: "GM0060", status: "planned", since: "2026-12-15" },
    ],
    assurances: ["avg"],
    hosting: "saas-nl",
    pricingModel: "op-aanvraag",
    website: "https://crowdsense.example/nature",
    contact: { name: "Sophie Laurent", role: "Product Manager Outdoor", email: "sophie@crowdsense.example" },
  },

  // ───────────────────────────── Conflictzicht ─────────────────────────────
  {
    slug: "sb-conflictzicht-near-miss",
    companySlug: "cb-conflictzicht",
    lang: "nl",
    title: "Near-miss analyse: verkeersveiligheid uit camerabeelden",
    summary:
      "Tijdelijke camera's en computervisie herkennen bijna-ongelukken tussen fietsers, voetgangers en auto's op kruispunten, zodat wegbeheerders risico's zien voordat er ongelukken gebeuren.",
    description: `Verkeersveiligheidsbeleid leunt vaak op ongevalsregistraties. Maar ongevallen zijn gelukkig zeldzaam en veel fietsongevallen worden niet geregistreerd. Daardoor wordt pas ingegrepen als het te laat is. **Conflictzicht** meet bijna-ongelukken (near-misses) en maakt risico's zichtbaar.

Hoe het werkt:

- Een of meer camera's worden één tot vier weken op een kruispunt of schoolroute geplaatst.
- Computervisie herkent weggebruikers en berekent per ontmoeting indicatoren zoals *time-to-collision* en *post-encroachment time*.
- Verkeerskundigen krijgen een rapport met heatmaps van conflicten, de meest voorkomende conflicttypen en korte, geanonimiseerde videofragmenten.
- Na een aanpassing van de inrichting wordt opnieuw gemeten, zodat het effect aantoonbaar is.

Beelden worden direct op het apparaat geanonimiseerd: gezichten en kentekens worden onherkenbaar gemaakt en ruwe beelden worden na analyse verwijderd. De werkwijze is beoordeeld in een DPIA en past binnen het Strategisch Plan Verkeersveiligheid. Gemeenten en provincies gebruiken de analyses voor risicogestuurd verkeersveiligheidsbeleid.`,
    themes: ["veiligheid"],
    sdgs: [3, 11],
    maturity: "bewezen",
    targetGroups: ["gemeente", "provincie"],
    deployments: [
      { code: "GM0503", status: "active", since: "2022-03-01" },
      { code: "GM0344", status: "active", since: "2023-06-01" },
      { code: "GM0153", status: "active", since: "2024-02-01" },
      { code: "PV28", status: "active", since: "2024-09-01" },
    ],
    assurances: ["avg", "bio"],
    hosting: "saas-nl",
    pricingModel: "projectprijs",
    website: "https://conflictzicht.example",
    contact: { name: "Lotte Vermeulen", role: "Verkeerskundige", email: "l.vermeulen@conflictzicht.example" },
  },
  {
    slug: "sb-conflictzicht-schoolzone",
    companySlug: "cb-conflictzicht",
    lang: "nl",
    title: "Schoolzone-monitor",
    summary:
      "Permanente, geanonimiseerde meting van snelheden, halen-en-brengen-verkeer en onveilige oversteekbewegingen rond basisscholen, met een overzicht voor gemeente, school en ouders.",
    description: `Rond basisscholen is het twee keer per dag druk en onoverzichtelijk: dubbel parkeren, keren op het zebrapad, te hard rijden. Ouders en scholen melden dit vaak, maar gemeenten hebben weinig harde gegevens om maatregelen te kiezen of te evalueren. De **Schoolzone-monitor** maakt de situatie meetbaar.

- Een compacte sensor op een lichtmast telt verkeer, meet snelheden en herkent onveilige manoeuvres zoals keren of parkeren op de stoep, alleen tijdens schooltijden.
- Een eenvoudig overzicht per school laat zien hoe het gaat, bijvoorbeeld na invoering van een schoolstraat of een kiss-and-ride-zone.
- Scholen kunnen de gegevens gebruiken in gesprekken met ouders en in verkeerslessen.

De sensor verwerkt alleen geanonimiseerde objectsporen en slaat geen beelden op. Het prototype is getest op het eigen testterrein en bij één school met toestemming van de medezeggenschapsraad. Een eerste pilot met een gemeente rond vier basisscholen wordt voorbereid.`,
    themes: ["veiligheid"],
    sdgs: [3, 11],
    maturity: "prototype",
    targetGroups: ["gemeente"],
    deployments: [],
    assurances: ["avg"],
    hosting: "saas-nl",
    pricingModel: "abonnement",
    website: "https://conflictzicht.example/schoolzone",
    contact: { name: "Koen Bakker", role: "Productontwikkelaar", email: "k.bakker@conflictzicht.example" },
  },

  // ───────────────────────────── Woonwissel ─────────────────────────────
  {
    slug: "sb-woonwissel-seniorenruil",
    companySlug: "cb-woonwissel",
    lang: "nl",
    title: "Woonwissel: woningruil en doorstroming voor senioren",
    summary:
      "Platform waarop senioren in een te grote eengezinswoning passende, gelijkvloerse woningen vinden en met voorrang kunnen verhuizen, waardoor gezinswoningen vrijkomen.",
    description: `Veel ouderen wonen in een eengezinswoning die te groot is geworden, terwijl jonge gezinnen jaren wachten. Verhuizen voelt voor senioren als een grote stap: de huur stijgt, de buurt is onbekend en het regelen is ingewikkeld. **Woonwissel** brengt doorstroming op gang.

- Senioren zien een persoonlijk overzicht van passende woningen (gelijkvloers, dichtbij voorzieningen) van alle aangesloten corporaties, met de te verwachten huur na verhuizing.
- Huurders kunnen direct ruilen met een gezin dat een grotere woning zoekt; het platform controleert de spelregels van de huisvestingsverordening.
- Een verhuiscoach helpt bij de aanvraag, verhuizing en de verhuisvergoeding van de gemeente.
- Gemeenten en corporaties zien in een dashboard hoeveel woningen vrijkomen en welke verhuisketens ontstaan.

Woningdata komen uit de BAG en de systemen van de corporaties; persoonsgegevens worden alleen gedeeld met toestemming van de huurder. Woonwissel werkt samen met regionale woonruimteverdeelsystemen en voldoet aan AVG en WCAG.`,
    themes: ["wonen"],
    sdgs: [11],
    maturity: "bewezen",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0796", status: "active", since: "2022-01-01" },
      { code: "GM0828", status: "active", since: "2023-03-01" },
      { code: "GM1948", status: "active", since: "2024-01-01" },
      { code: "GM0865", status: "ended", since: "2023-12-31" },
    ],
    assurances: ["avg", "wcag"],
    hosting: "saas-nl",
    pricingModel: "abonnement",
    website: "https://woonwissel.example/senioren",
    contact: { name: "Anke Smulders", role: "Directeur", email: "a.smulders@woonwissel.example" },
  },
  {
    slug: "sb-woonwissel-wooncoach",
    companySlug: "cb-woonwissel",
    lang: "nl",
    title: "Digitale wooncoach voor toekomstbestendig wonen",
    summary:
      "Online wooncheck en begeleidingsroute voor 55-plussers: blijven en aanpassen, of verhuizen naar een passende woning, met doorverwijzing naar Wmo, energieloket en corporatie.",
    description: `Niet elke oudere wil verhuizen. Soms is het beter om de woning aan te passen, soms is een kleinere woning de beste keuze. Gemeenten willen inwoners tijdig laten nadenken over hun woonsituatie, voordat een val of ziekte tot een noodverhuizing leidt. De **digitale wooncoach** ondersteunt dat gesprek.

- Een wooncheck in eenvoudige taal met vragen over trappen, drempels, bereikbaarheid van voorzieningen, energierekening en sociale contacten.
- Een persoonlijk adviesrapport: welke aanpassingen zijn mogelijk, wat kost dat, welke regelingen zijn er en welke woningen in de buurt passen.
- Doorverwijzing naar het Wmo-loket, het energieloket of de corporatie, met een afspraak via de afsprakenmodule van de gemeente.
- Vrijwillige wooncoaches kunnen de check samen met de inwoner aan huis doen.

De wooncoach gebruikt BAG-gegevens over het type woning en bouwjaar, maar slaat antwoorden alleen op als de inwoner dat wil. De pilot start met een brede uitnodiging aan alle 70-plussers in één gemeente.`,
    themes: ["wonen", "dienstverlening"],
    sdgs: [3, 11],
    maturity: "pilot",
    targetGroups: ["gemeente"],
    deployments: [{ code: "GM0796", status: "active", since: "2025-05-01" }],
    assurances: ["avg", "wcag"],
    hosting: "saas-nl",
    pricingModel: "projectprijs",
    website: "https://woonwissel.example/wooncoach",
    contact: { name: "Thijs van Rooij", role: "Projectleider wonen en zorg", email: "t.vanrooij@woonwissel.example" },
  },
  {
    slug: "sb-woonwissel-woningbehoefte-dashboard",
    companySlug: "cb-woonwissel",
    lang: "nl",
    title: "Woningbehoefte-dashboard",
    summary:
      "Dashboard dat woningvoorraad, bevolkingsprognoses en woningzoekenden combineert, zodat gemeenten en provincies hun woningbouwprogrammering onderbouwen per doelgroep en kern.",
    description: `Gemeenten moeten in hun woonvisie en woningbouwprogramma laten zien welke woningen nodig zijn: hoeveel betaalbare huur, hoeveel levensloopbestendig, voor starters of ouderen. Die cijfers komen uit veel verschillende bronnen. Het **Woningbehoefte-dashboard** brengt ze samen.

Bronnen en functies:

- De woningvoorraad uit de BAG, aangevuld met WOZ-waarde en eigendom (corporatie, particuliere verhuur, koop).
- Bevolkings- en huishoudensprognoses van CBS en de provincie, per kern en wijk.
- Geanonimiseerde gegevens over woningzoekenden en slaagkansen uit het regionale woonruimteverdeelsysteem.
- De plancapaciteit uit de provinciale monitor, zodat vraag en aanbod per doelgroep worden vergeleken.
- Scenario's: wat gebeurt er als 20% van de ouderen doorstroomt naar een nieuwbouwappartement?

Het dashboard ondersteunt de regionale woondeals en de afspraken over betaalbare woningen. Het werkt alleen met geaggregeerde gegevens en wordt per provincie ingericht, zodat alle gemeenten dezelfde cijfers gebruiken.`,
    themes: ["wonen"],
    sdgs: [11],
    maturity: "opgeschaald",
    targetGroups: ["gemeente", "provincie"],
    deployments: [
      { code: "PV30", status: "active", since: "2021-11-01" },
      { code: "GM0758", status: "active", since: "2022-06-01" },
      { code: "GM0855", status: "active", since: "2023-01-01" },
      { code: "GM1674", status: "active", since: "2024-04-01" },
    ],
    assurances: ["avg", "bio"],
    hosting: "saas-nl",
    pricingModel: "licentie",
    website: "https://woonwissel.example/woningbehoefte",
    contact: { name: "Anke Smulders", role: "Directeur", email: "a.smulders@woonwissel.example" },
  },

  // ───────────────────────────── FairHome (EN) ─────────────────────────────
  {
    slug: "sb-fairhome-allocation",
    companySlug: "cb-fairhome",
    lang: "en",
    title: "FairHome: transparent allocation of affordable housing",
    summary:
      "An allocation engine for social and affordable housing that applies local priority rules, urgency statuses and lotteries transparently, and explains every decision to home seekers.",
    description: `Home seekers often do not understand why they did not get a home they applied for. Municipalities want to prioritise specific groups — key workers, young people from the village, people leaving shelters — but rules in the housing ordinance are hard to implement and check. **FairHome** makes affordable housing allocation rule-based, auditable and explainable.

- Allocation rules from the local housing ordinance (priority groups, income limits, urgency, local ties) are configured as readable, versioned rules, not hidden in code.
- For every vacancy the engine ranks candidates and produces a plain-language explanation: *you were number 14 because…*
- Lottery allocation with a verifiable random seed, for homes reserved for starters.
- A case management module for urgency applications, linked to the municipal case system via the ZGW APIs.
- Monitoring reports show whether target groups actually get housed, supporting the municipal housing agreements.

Income checks use documents supplied by the applicant; no BRP or tax data is accessed without a legal basis. The algorithm is published in the municipal algorithm register.`,
    themes: ["wonen", "dienstverlening"],
    sdgs: [1, 10, 11],
    maturity: "pilot",
    targetGroups: ["gemeente"],
    deployments: [{ code: "GM0362", status: "active", since: "2025-01-01" }],
    assurances: ["avg", "wcag", "common-ground"],
    hosting: "saas-eu",
    pricingModel: "abonnement",
    website: "https://fairhome.example",
    contact: { name: "Noor Hassan", role: "Founder & CEO", email: "noor@fairhome.example" },
  },
  {
    slug: "sb-fairhome-underoccupancy",
    companySlug: "cb-fairhome",
    lang: "en",
    title: "Under-occupancy and hidden housing capacity scan",
    summary:
      "An idea for a privacy-preserving analysis of BAG and aggregated BRP data that shows where homes are under-occupied and where splitting homes or adding rooms could add affordable housing.",
    description: `The Netherlands has a large housing shortage, yet many homes are under-occupied and some buildings are suitable for splitting into smaller units. Municipalities lack a quick overview of this hidden capacity. We want to build an **under-occupancy and hidden capacity scan**.

The concept:

- Combine building data from the BAG (floor area, number of units, building type) with aggregated household size per address group, computed inside the municipal environment so no personal data leaves it.
- Identify neighbourhoods where large homes are occupied by one or two people, and buildings where home splitting or adding a small unit is technically and legally feasible under the zoning plan.
- Estimate how many affordable homes could be created, and which policy instruments (home-splitting permits, a home-swap programme, a subsidy) could unlock them.

The output is at neighbourhood level only and will never be used for enforcement against individual households. We are seeking a municipality with a data team to co-develop the method and complete a DPIA before any prototype is built.`,
    themes: ["wonen"],
    sdgs: [11],
    maturity: "idee",
    targetGroups: ["gemeente", "rijk"],
    deployments: [],
    assurances: ["avg"],
    hosting: "on-premise",
    pricingModel: "op-aanvraag",
    website: "https://fairhome.example/capacity-scan",
    contact: { name: "Lars Visser", role: "Lead data scientist", email: "lars@fairhome.example" },
  },

  // ───────────────────────────── Vergunningwijs ─────────────────────────────
  {
    slug: "sb-vergunningwijs-check",
    companySlug: "cb-vergunningwijs",
    lang: "nl",
    title: "Vergunningcheck-assistent voor de Omgevingswet",
    summary:
      "Inwoners beantwoorden in gewone taal vragen over hun bouwplan (dakkapel, schuur, uitbouw) en krijgen direct te zien of een vergunning nodig is en welke stukken ze moeten aanleveren.",
    description: `Sinds de Omgevingswet is de vraag *moet ik een vergunning aanvragen?* voor veel inwoners moeilijker te beantwoorden. De landelijke vergunningcheck is uitgebreid, maar voor veel mensen te technisch. Gemeenten krijgen daardoor veel telefoontjes en onvolledige aanvragen. De **Vergunningcheck-assistent** helpt inwoners stap voor stap.

- De inwoner voert een adres in; de assistent haalt perceel- en pandgegevens op uit de BAG en het omgevingsplan.
- Vragen worden gesteld in eenvoudige taal met tekeningen, bijvoorbeeld over de plek en de hoogte van een uitbouw.
- De uitkomst: vergunningvrij, melding of vergunning nodig, met een checklist van aan te leveren stukken en een voorbeeldtekening.
- Wie een vergunning nodig heeft, gaat met de ingevulde gegevens door naar het Omgevingsloket (DSO), of maakt een afspraak voor een vooroverleg.

De assistent gebruikt de toepasbare regels die de gemeente al in het DSO heeft gepubliceerd en vult deze aan met lokale uitleg. Er worden geen persoonsgegevens opgeslagen. De assistent is te embedden in de gemeentelijke website en voldoet aan WCAG 2.1 AA.`,
    themes: ["dienstverlening", "wonen"],
    sdgs: [11, 16],
    maturity: "bewezen",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0014", status: "active", since: "2024-01-01" },
      { code: "GM1966", status: "active", since: "2024-01-01" },
      { code: "GM1969", status: "active", since: "2024-03-01" },
    ],
    assurances: ["wcag", "avg"],
    hosting: "saas-nl",
    pricingModel: "per-inwoner",
    website: "https://vergunningwijs.example/check",
    contact: { name: "Gerrit Zijlstra", role: "Adviseur Omgevingswet", email: "g.zijlstra@vergunningwijs.example" },
  },
  {
    slug: "sb-vergunningwijs-regelbouwer",
    companySlug: "cb-vergunningwijs",
    lang: "nl",
    title: "Regelbouwer: toepasbare regels zonder programmeren",
    summary:
      "Open-source editor waarmee juristen en vergunningverleners van gemeenten en provincies toepasbare regels voor het Omgevingsloket opstellen, testen en publiceren.",
    description: `Onder de Omgevingswet moeten gemeenten, provincies en waterschappen hun regels vertalen naar *toepasbare regels*: vragenbomen die inwoners in het Omgevingsloket doorlopen. Dat vraagt nu vaak specialistische kennis en dure externe inhuur. Met de **Regelbouwer** doen vakinhoudelijke medewerkers het zelf.

- Een visuele editor waarin beslisbomen worden opgebouwd uit vragen, voorwaarden en uitkomsten, gekoppeld aan de juridische regel in het omgevingsplan.
- Automatische controles op volledigheid en tegenstrijdigheden, en testscenario's die bij elke wijziging opnieuw worden gedraaid.
- Export naar het STTR-formaat en publicatie in het DSO via de officiële koppelvlakken.
- Versiebeheer en een overzicht van welke regel in welke toepasbare regel is gebruikt.
- Een bibliotheek met gedeelde regelsets die door andere overheden zijn gepubliceerd en kunnen worden hergebruikt.

De Regelbouwer is open source onder de EUPL-1.2 en wordt door een gebruikersgroep van gemeenten en een provincie doorontwikkeld. Vergunningwijs biedt hosting, training en ondersteuning.`,
    themes: ["dienstverlening"],
    sdgs: [16],
    maturity: "opgeschaald",
    targetGroups: ["gemeente", "provincie", "waterschap"],
    deployments: [
      { code: "GM0014", status: "active", since: "2023-06-01" },
      { code: "GM0106", status: "active", since: "2023-09-01" },
      { code: "PV20", status: "active", since: "2024-01-01" },
      { code: "GM1952", status: "active", since: "2024-02-01" },
    ],
    assurances: ["open-source", "common-ground", "bio"],
    openSourceLicence: "EUPL-1.2",
    hosting: "hybride",
    pricingModel: "abonnement",
    website: "https://vergunningwijs.example/regelbouwer",
    contact: { name: "Ilse Mulder", role: "Productowner", email: "i.mulder@vergunningwijs.example" },
  },

  // ───────────────────────────── Potjesvinder ─────────────────────────────
  {
    slug: "sb-potjesvinder-regelingen",
    companySlug: "cb-potjesvinder",
    lang: "nl",
    title: "Potjesvinder: regelingenwijzer voor inwoners",
    summary:
      "Inwoners beantwoorden een paar eenvoudige vragen en zien alle landelijke en lokale regelingen, toeslagen en subsidies waar ze waarschijnlijk recht op hebben, met hulp bij het aanvragen.",
    description: `Veel huishoudens met een laag inkomen laten geld liggen omdat ze niet weten welke regelingen er zijn, of omdat aanvragen te ingewikkeld is. Denk aan huurtoeslag, bijzondere bijstand, de meedoenregeling, kwijtschelding van gemeentelijke belastingen of een vergoeding voor schoolkosten. **Potjesvinder** maakt dit overzichtelijk.

- Een korte vragenlijst in B1-taal (ook in het Engels, Arabisch en Pools) over huishouden, inkomen en woonsituatie. Inloggen is niet nodig.
- De uitkomst is een persoonlijk overzicht van regelingen, met per regeling het verwachte bedrag en wat je nodig hebt om aan te vragen.
- Direct doorklikken naar het aanvraagformulier, of een afspraak met een vrijwillige formulierenhulp of schuldhulpverlener.
- Hulpverleners kunnen de wijzer samen met een inwoner doorlopen en de uitkomst printen.

De lokale regelingen worden door de gemeente zelf beheerd in een eenvoudige beheeromgeving. Antwoorden worden niet opgeslagen. Gemeenten zien geanonimiseerd welke regelingen het vaakst worden gevonden en aangevraagd, wat helpt bij het verlagen van het niet-gebruik.`,
    themes: ["dienstverlening", "kansengelijkheid", "digitale-inclusie"],
    sdgs: [1, 10, 16],
    maturity: "opgeschaald",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0917", status: "active", since: "2021-09-01" },
      { code: "GM0928", status: "active", since: "2022-01-15" },
      { code: "GM0899", status: "active", since: "2022-06-01" },
      { code: "GM0882", status: "active", since: "2023-01-01" },
      { code: "GM0034", status: "active", since: "2024-10-01" },
    ],
    assurances: ["avg", "wcag"],
    hosting: "saas-nl",
    pricingModel: "per-inwoner",
    website: "https://potjesvinder.example",
    contact: { name: "Miriam Dassen", role: "Oprichter", email: "m.dassen@potjesvinder.example" },
  },
  {
    slug: "sb-potjesvinder-energiecheck",
    companySlug: "cb-potjesvinder",
    lang: "nl",
    title: "Energiearmoede-check en energiefonds-aanvraag",
    summary:
      "Module die huishoudens met hoge energielasten helpt om de gemeentelijke energietoeslag of het energiefonds aan te vragen en koppelt ze aan gratis energiecoaching.",
    description: `Huishoudens met een laag inkomen in slecht geïsoleerde woningen hebben vaak een hoge energierekening. Gemeenten hebben regelingen en energiecoaches, maar bereiken de doelgroep maar moeizaam. De **Energiearmoede-check** is een module van Potjesvinder die zich op deze groep richt.

- Een eenvoudige check van inkomen, woningtype en energierekening, met direct het resultaat of iemand in aanmerking komt voor de lokale energieregeling of het noodfonds.
- Digitaal aanvragen met het uploaden van een foto van de jaarafrekening; de aanvraag komt als zaak binnen bij de gemeente.
- Automatische uitnodiging voor een gratis energiecoach die kleine besparende maatregelen aan huis aanbrengt, zoals radiatorfolie en tochtstrips.
- Gemeenten zien op wijkniveau waar de aanvragen vandaan komen, te combineren met CBS-gegevens over energiearmoede.

De module werd in 2022 ingezet voor de tijdelijke energietoeslag en is daarna omgebouwd voor structurele lokale regelingen.`,
    themes: ["energietransitie", "dienstverlening"],
    sdgs: [1, 7],
    maturity: "bewezen",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0917", status: "ended", since: "2022-10-01" },
      { code: "GM0983", status: "active", since: "2024-03-01" },
    ],
    assurances: ["avg", "wcag"],
    hosting: "saas-nl",
    pricingModel: "per-inwoner",
    website: "https://potjesvinder.example/energie",
    contact: { name: "Stef Janssen", role: "Accountmanager", email: "s.janssen@potjesvinder.example" },
  },

  // ───────────────────────────── Toegankelijk Web ─────────────────────────────
  {
    slug: "sb-toegankelijkweb-wcag-scanner",
    companySlug: "cb-toegankelijk-web",
    lang: "nl",
    title: "WCAG-scanner en toegankelijkheidsmonitor",
    summary:
      "Scant dagelijks alle pagina's, formulieren en documenten op gemeentelijke websites op WCAG 2.2-fouten, geeft redacteuren concrete verbeterpunten en helpt de toegankelijkheidsverklaring actueel te houden.",
    description: `Overheidswebsites moeten voldoen aan WCAG 2.1 AA (EN 301 549), maar door dagelijkse updates sluipen er steeds nieuwe fouten in: afbeeldingen zonder alt-tekst, formulieren die niet met het toetsenbord werken, te weinig contrast. De **WCAG-scanner** houdt dit continu in de gaten.

- Automatische dagelijkse scan van alle pagina's, e-formulieren en pdf's, ook achter DigiD-inlog via een testaccount.
- Per fout een uitleg in gewone taal, de plek op de pagina en een voorstel voor de oplossing, gesorteerd op impact voor gebruikers.
- Handmatige toetsing door ons panel van testers met een visuele, motorische of cognitieve beperking, voor wat automatisch niet kan worden vastgesteld.
- Een rapportage die direct bruikbaar is voor de toegankelijkheidsverklaring en de status in het landelijke register.

De scanengine is open source (AGPL-3.0-or-later); de dashboards en het testpanel worden als dienst geleverd. Er worden geen gegevens van websitebezoekers verzameld.`,
    themes: ["digitale-inclusie", "dienstverlening"],
    sdgs: [10, 16],
    maturity: "opgeschaald",
    targetGroups: ["gemeente", "provincie", "rijk"],
    deployments: [
      { code: "GM0034", status: "active", since: "2021-05-01" },
      { code: "GM0995", status: "active", since: "2022-02-01" },
      { code: "GM0303", status: "active", since: "2022-09-01" },
      { code: "GM0050", status: "active", since: "2023-04-01" },
      { code: "GM0184", status: "ended", since: "2024-06-30" },
    ],
    assurances: ["wcag", "open-source", "avg"],
    openSourceLicence: "AGPL-3.0-or-later",
    hosting: "saas-eu",
    pricingModel: "abonnement",
    website: "https://toegankelijkweb.example/scanner",
    contact: { name: "Chantal Oosterhuis", role: "Toegankelijkheidsspecialist", email: "c.oosterhuis@toegankelijkweb.example" },
  },
  {
    slug: "sb-toegankelijkweb-pdf",
    companySlug: "cb-toegankelijk-web",
    lang: "nl",
    title: "Toegankelijke documenten: pdf-conversie voor raadsstukken en besluiten",
    summary:
      "Zet raadsstukken, Woo-besluiten en brieven automatisch om naar toegankelijke pdf's en HTML-versies die goed werken met voorleessoftware en schermlezers.",
    description: `Gemeenten en provincies publiceren duizenden documenten per jaar: raadsvoorstellen, Woo-besluiten, vergunningen en nieuwsbrieven. De meeste pdf's zijn niet toegankelijk voor mensen die een schermlezer of voorleessoftware gebruiken. Achteraf handmatig repareren is onbetaalbaar. **Toegankelijke documenten** lost dit bij de bron op.

- Koppeling met het documentmanagementsysteem en het raadsinformatiesysteem: nieuwe documenten worden automatisch opgepakt.
- Automatisch taggen van koppen, lijsten, tabellen en leesvolgorde, en het toevoegen van alt-teksten aan afbeeldingen (met controle door een redacteur).
- Naast de pdf wordt een responsieve HTML-versie gepubliceerd die ook op de telefoon goed leesbaar is.
- Controle op PDF/UA en een rapport per document.

Persoonsgegevens in documenten worden niet buiten de Nederlandse verwerkingsomgeving gebracht. Ingezet bij een gemeente voor raadsstukken en bij een provincie voor alle publicaties onder de Wet open overheid.`,
    themes: ["digitale-inclusie"],
    sdgs: [10, 16],
    maturity: "bewezen",
    targetGroups: ["gemeente", "provincie"],
    deployments: [
      { code: "GM0034", status: "active", since: "2023-03-01" },
      { code: "PV24", status: "active", since: "2024-05-01" },
    ],
    assurances: ["wcag", "avg", "bio"],
    hosting: "saas-nl",
    pricingModel: "licentie",
    website: "https://toegankelijkweb.example/documenten",
    contact: { name: "Chantal Oosterhuis", role: "Toegankelijkheidsspecialist", email: "c.oosterhuis@toegankelijkweb.example" },
  },

  // ───────────────────────────── Kenniscentrum Wijkgezondheid ─────────────────────────────
  {
    slug: "sb-wijkgezondheid-dataplatform",
    companySlug: "cb-kenniscentrum-wijkgezondheid",
    lang: "nl",
    title: "Wijkgezondheidsmonitor: dataplatform voor gezondheid op wijkniveau",
    summary:
      "Open dataplatform dat cijfers van GGD, CBS en RIVM combineert met lokale gegevens tot een wijkprofiel van gezondheid en leefomgeving, als basis voor gezondheidsbeleid en wijkaanpak.",
    description: `Gemeenten willen gezondheidsverschillen tussen wijken verkleinen, maar de benodigde cijfers staan verspreid: de gezondheidsmonitor van GGD en RIVM, CBS-wijkcijfers over inkomen en huishoudens, gegevens over groen, luchtkwaliteit en geluid, en lokale data van sportverenigingen en wijkteams. De **Wijkgezondheidsmonitor** brengt dit samen.

- Een wijkprofiel met indicatoren over leefstijl, eenzaamheid, overgewicht, psychische gezondheid en leefomgeving, met vergelijking met vergelijkbare wijken.
- Uitleg bij elke indicator in eenvoudige taal, zodat ook bewonersplatforms en raadsleden ermee kunnen werken.
- Koppeling met open meetdata van luchtkwaliteit en hitte.
- Werksessies met wijkteams en bewoners om de cijfers te duiden: wat zie je op straat?

Het platform werkt alleen met geaggregeerde, openbare of anonieme gegevens en is open source (EUPL-1.2). Het kenniscentrum ontwikkelt het samen met studenten, een GGD en twee Friese gemeenten; de pilot loopt tot eind 2026.`,
    themes: ["gezond-stedelijk-leven"],
    sdgs: [3, 10, 11],
    maturity: "pilot",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0080", status: "active", since: "2024-09-01" },
      { code: "GM1949", status: "planned", since: "2026-12-01" },
    ],
    assurances: ["open-source", "avg"],
    openSourceLicence: "EUPL-1.2",
    hosting: "saas-nl",
    pricingModel: "gratis",
    website: "https://wijkgezondheid.example/monitor",
    contact: { name: "dr. Femke Postma", role: "Lector Gezonde Wijken", email: "f.postma@wijkgezondheid.example" },
  },
  {
    slug: "sb-wijkgezondheid-beweegscan",
    companySlug: "cb-kenniscentrum-wijkgezondheid",
    lang: "nl",
    title: "Beweegvriendelijke-wijkscan",
    summary:
      "Scan die op basis van kaartdata en bewonersinput laat zien hoe uitnodigend een wijk is om te wandelen, fietsen, spelen en te verkoelen, met concrete verbeterpunten voor herinrichting.",
    description: `Een gezonde wijk nodigt uit tot bewegen en ontmoeten en biedt verkoeling op hete dagen. Bij herinrichting ontbreekt vaak een onderbouwing van wat er in een wijk nodig is. De **Beweegvriendelijke-wijkscan** geeft die onderbouwing.

- Automatische analyse van open kaartdata (BGT, BAG, OpenStreetMap, groenkaart): wandelroutes, speelplekken, bankjes, schaduw, oversteekplaatsen en afstand tot groen.
- Een korte wandelschouw-app waarmee bewoners, kinderen en ouderen knelpunten vastleggen met een foto.
- Een score per straat en buurt op bewegen, ontmoeten en hittebestendigheid, met een kaart van de belangrijkste verbeterkansen.
- Koppeling met de Wijkgezondheidsmonitor voor een compleet wijkbeeld.

Het prototype is ontwikkeld door studenten ruimtelijke ordening en gezondheid en getest in twee wijken. De scan wordt verder ontwikkeld als open-source instrument en gaat in 2027 in pilot met gemeenten die een wijk gaan herinrichten.`,
    themes: ["gezond-stedelijk-leven", "klimaatadaptatie"],
    sdgs: [3, 11, 13],
    maturity: "prototype",
    targetGroups: ["gemeente"],
    deployments: [],
    assurances: ["open-source", "avg"],
    openSourceLicence: "EUPL-1.2",
    hosting: "saas-nl",
    pricingModel: "gratis",
    website: "https://wijkgezondheid.example/beweegscan",
    contact: { name: "Jelmer de Boer", role: "Onderzoeker", email: "j.deboer@wijkgezondheid.example" },
  },

  // ───────────────────────────── Delta Urban Resilience Lab (EN) ─────────────────────────────
  {
    slug: "sb-delta-digital-twin-heat-flood",
    companySlug: "cb-delta-urban-resilience-lab",
    lang: "en",
    title: "Open digital twin for heat and flooding risks",
    summary:
      "An open-source digital twin that simulates heat stress and waterlogging during extreme weather at street level, and shows which vital facilities and vulnerable residents are at risk.",
    description: `Extreme rainfall and heatwaves are becoming more frequent. Municipalities must decide where to invest in green roofs, water squares and cool spaces, and emergency services must know which roads flood first. The **open digital twin** combines climate models with the built environment to answer these questions.

- A 3D city model built from BAG, the national elevation model (AHN) and the BGT.
- Simulation modules for extreme rainfall (waterlogging on streets and in tunnels) and heat (felt temperature per street at different times of day).
- An overlay with vital and vulnerable objects: care homes, schools, hospitals, electricity substations and evacuation routes.
- A what-if tool: test the effect of adding trees, de-paving schoolyards or building a water storage area.

All code is open source under Apache-2.0 and runs on standard geo-infrastructure. The lab is preparing a pilot with a city in Zuid-Holland and the safety region. We welcome municipalities and water authorities that want to co-develop modules for drought and flooding.`,
    themes: ["klimaatadaptatie", "veiligheid"],
    sdgs: [11, 13],
    maturity: "prototype",
    targetGroups: ["gemeente", "provincie", "waterschap"],
    deployments: [],
    assurances: ["open-source"],
    openSourceLicence: "Apache-2.0",
    hosting: "on-premise",
    pricingModel: "gratis",
    website: "https://delta-urban-lab.example/digital-twin",
    contact: { name: "Prof. Elena Marković", role: "Scientific director", email: "e.markovic@delta-urban-lab.example" },
  },
  {
    slug: "sb-delta-digital-skills-barometer",
    companySlug: "cb-delta-urban-resilience-lab",
    lang: "en",
    title: "Digital skills barometer for municipalities",
    summary:
      "A research proposal for a small-area estimate of how many residents are digitally excluded, combining survey data with public statistics so municipalities can target digital skills support.",
    description: `Municipalities invest in digital skills courses, help desks in libraries and the digital government information points, but they rarely know how many residents in which neighbourhoods lack basic digital skills. National figures suggest that several million adults struggle online, but local estimates are missing. We propose a **digital skills barometer**.

The research idea:

- Combine national survey data on digital skills and low literacy with CBS neighbourhood statistics (age, education, income, household composition) in a small-area estimation model.
- Validate the estimates with local short surveys at libraries, community centres and GP waiting rooms.
- Publish an open dashboard per neighbourhood showing the estimated share of digitally excluded residents and the nearest support points.
- Evaluate which outreach works best: letters, community workers, GP referrals or social media.

The model and code will be open source. No personal data will be used beyond anonymous survey responses. The lab is looking for four municipalities of different sizes and a library network to co-apply for research funding.`,
    themes: ["digitale-inclusie"],
    sdgs: [4, 10],
    maturity: "idee",
    targetGroups: ["gemeente", "rijk"],
    deployments: [],
    assurances: ["open-source", "avg"],
    openSourceLicence: "MIT",
    hosting: "saas-eu",
    pricingModel: "gratis",
    website: "https://delta-urban-lab.example/digital-skills",
    contact: { name: "Dr. Samuel Osei", role: "Postdoctoral researcher", email: "s.osei@delta-urban-lab.example" },
  },

  // ───────────────────────────── Signaalhuis ─────────────────────────────
  {
    slug: "sb-signaalhuis-ondermijning",
    companySlug: "cb-signaalhuis",
    lang: "nl",
    title: "Signaalhuis: signalenregistratie voor de aanpak van ondermijning",
    summary:
      "Beveiligde omgeving waarin gemeentelijke afdelingen signalen van ondermijning vastleggen, combineren en bespreken in het casusoverleg, met strikte doelbinding en autorisatie.",
    description: `Signalen van ondermijnende criminaliteit komen binnen bij veel afdelingen: handhaving, vergunningen, belastingen, sociaal domein. Door versnippering en onzekerheid over privacyregels worden ze vaak niet gecombineerd. **Signaalhuis** biedt een veilige, AVG-conforme werkwijze.

- Medewerkers registreren signalen via een eenvoudig formulier met vaste categorieën, zoals leegstand met veel energieverbruik, opvallende vastgoedtransacties of een verdacht bedrijf.
- Signalen worden verrijkt met gegevens uit BAG, Handelsregister en gemeentelijke registraties, alleen als de grondslag en het doel dat toelaten; elke bevraging wordt gelogd.
- Een gemeentelijk analist beoordeelt signalen; pas bij voldoende onderbouwing worden ze ingebracht in het casusoverleg of bij het RIEC.
- Bewaartermijnen en autorisaties zijn vooraf ingericht en worden automatisch gehandhaafd.

Er is geen geautomatiseerde risicoscore op personen: alle beoordelingen gebeuren door mensen. De oplossing voldoet aan de BIO, draait in een Nederlands datacentrum en wordt geleverd met een DPIA-model en een verwerkingsregister-invulling.`,
    themes: ["veiligheid"],
    sdgs: [16],
    maturity: "pilot",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0153", status: "active", since: "2025-01-01" },
      { code: "GM0164", status: "planned", since: "2026-12-01" },
    ],
    assurances: ["avg", "bio"],
    hosting: "saas-nl",
    pricingModel: "licentie",
    website: "https://signaalhuis.example",
    contact: { name: "Erik Nijhuis", role: "Adviseur informatieveiligheid", email: "e.nijhuis@signaalhuis.example" },
  },

  // ───────────────────────────── Kringloopdata ─────────────────────────────
  {
    slug: "sb-kringloopdata-grondstoffenpaspoort",
    companySlug: "cb-kringloopdata",
    lang: "nl",
    title: "Grondstoffenpaspoort voor gemeentelijk en sociaal vastgoed",
    summary:
      "Legt vast welke materialen in scholen, gemeentehuizen en corporatiewoningen zitten, zodat ze bij renovatie of sloop kunnen worden hergebruikt.",
    description: `Bij renovatie en sloop gaat veel waardevol materiaal verloren: kozijnen, dakpannen, staal en binnendeuren. Gemeenten en woningcorporaties willen circulair bouwen, maar weten vaak niet wat er in hun gebouwen zit. Het **Grondstoffenpaspoort** maakt dit inzichtelijk.

- Op basis van BAG-gegevens, bouwtekeningen en een korte inspectie met een app wordt per gebouw een materialenlijst opgesteld, met hoeveelheden en een inschatting van de herbruikbaarheid.
- Portefeuille-overzicht: welke materialen komen de komende jaren vrij bij geplande renovaties en sloop?
- Koppeling met regionale materiaalbanken en oogstlocaties, zodat vrijkomende materialen een nieuwe bestemming krijgen in woningbouwprojecten.
- Rapportage over CO2-besparing en circulariteit voor de duurzaamheidsverslaglegging.

Het paspoort sluit aan bij landelijke afspraken over materialenpaspoorten en wordt uitgewisseld via een open API. Het prototype is getest op vijf schoolgebouwen; een pilot met het volledige gemeentelijke vastgoed van één gemeente wordt voorbereid.`,
    themes: ["circulaire-economie", "wonen"],
    sdgs: [9, 11, 12],
    maturity: "prototype",
    targetGroups: ["gemeente", "provincie"],
    deployments: [],
    assurances: ["avg"],
    hosting: "saas-eu",
    pricingModel: "projectprijs",
    website: "https://kringloopdata.example/paspoort",
    contact: { name: "Rik Hendriks", role: "Oprichter", email: "r.hendriks@kringloopdata.example" },
  },
  {
    slug: "sb-kringloopdata-afvalcoach",
    companySlug: "cb-kringloopdata",
    lang: "nl",
    title: "Afvalscheidingscoach voor hoogbouw",
    summary:
      "Idee voor een eenvoudige, meertalige afvalcoach met pictogrammen en QR-codes bij containers, gericht op bewoners van flats waar afvalscheiding achterblijft.",
    description: `In hoogbouwwijken blijft afvalscheiding vaak achter: containers staan ver weg, regels verschillen per gemeente en veel bewoners lezen geen Nederlands. Vervuilde containers en bijplaatsingen leiden tot overlast en hoge kosten. Met de **Afvalscheidingscoach** willen we bewoners op het juiste moment helpen.

Het idee:

- QR-codes en pictogrammen op containers en in portieken; scannen geeft in de eigen taal uitleg over wat waar hoort, met foto's in plaats van tekst.
- Een wekelijkse tip via WhatsApp of sms voor bewoners die zich aanmelden, zonder app of account.
- Buurtambassadeurs krijgen een eenvoudig overzicht van de meest gemaakte fouten per container, op basis van meldingen van de inzamelaar.
- Werkt ook zonder smartphone: een gedrukte afvalkalender met dezelfde pictogrammen.

We werken het idee uit met een woningcorporatie en zoeken een gemeente met hoogbouwwijken om het in 2027 te testen. Er worden geen persoonsgegevens verwerkt behalve voor wie zich aanmeldt voor tips.`,
    themes: ["circulaire-economie", "digitale-inclusie"],
    sdgs: [11, 12],
    maturity: "idee",
    targetGroups: ["gemeente"],
    deployments: [],
    assurances: ["avg", "wcag"],
    hosting: "saas-nl",
    pricingModel: "op-aanvraag",
    website: "https://kringloopdata.example/afvalcoach",
    contact: { name: "Naomi Kuipers", role: "Ontwerper gedragsverandering", email: "n.kuipers@kringloopdata.example" },
  },

  // ───────────────────────────── Buurtwarmte Digitaal ─────────────────────────────
  {
    slug: "sb-buurtwarmte-isolatieadvies",
    companySlug: "cb-buurtwarmte-digitaal",
    lang: "nl",
    title: "Isolatiewijzer: persoonlijk verduurzamingsadvies per woning",
    summary:
      "Online isolatieadvies voor huurders en eigenaren op basis van BAG-gegevens en het energielabel, met kosten, besparing en beschikbare subsidies, gekoppeld aan het gemeentelijk energieloket.",
    description: `Veel woningeigenaren en particuliere huurders willen hun energierekening verlagen, maar weten niet waar ze moeten beginnen. Energieloketten hebben niet genoeg adviseurs om iedereen thuis te bezoeken. De **Isolatiewijzer** geeft een eerste persoonlijk advies in tien minuten.

- Op basis van het adres haalt de wijzer bouwjaar, woningtype en oppervlakte uit de BAG en het energielabel uit de landelijke registratie.
- De inwoner vult aan wat al is gedaan (bijvoorbeeld spouwmuurisolatie of HR++-glas) en krijgt een stappenplan: eerst isoleren, dan ventileren, daarna eventueel een (hybride) warmtepomp.
- Per maatregel de geschatte kosten, besparing en terugverdientijd, plus de beschikbare landelijke en gemeentelijke subsidies.
- Doorverwijzing naar een energiecoach of collectieve inkoopacties in de wijk.

Gemeenten krijgen een anoniem wijkoverzicht van de interesse per maatregel, handig voor de wijkaanpak in de transitievisie warmte. Ook huurders krijgen tips en informatie over hun rechten richting de verhuurder.`,
    themes: ["energietransitie", "wonen"],
    sdgs: [7, 11, 13],
    maturity: "bewezen",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0150", status: "active", since: "2022-10-01" },
      { code: "GM1773", status: "active", since: "2023-05-01" },
      { code: "GM0262", status: "ended", since: "2024-12-31" },
    ],
    assurances: ["avg", "wcag"],
    hosting: "saas-nl",
    pricingModel: "abonnement",
    website: "https://buurtwarmte.example/isolatiewijzer",
    contact: { name: "Marieke Lubbers", role: "Directeur", email: "m.lubbers@buurtwarmte.example" },
  },

  // ───────────────────────────── LinkUp Digital (EN) ─────────────────────────────
  {
    slug: "sb-linkup-digital-skills-path",
    companySlug: "cb-linkup-digital",
    lang: "en",
    title: "LinkUp: digital skills learning paths with personal coaching",
    summary:
      "Short, practical learning paths that help adults with limited digital skills use email, DigiD, online banking and video calling, supported by volunteer coaches in libraries and community centres.",
    description: `Millions of adults in the Netherlands lack the digital skills needed to deal with government, healthcare and banks online. Standard courses do not suit everyone: many people drop out when lessons are too long or too abstract. **LinkUp** offers bite-sized learning paths built around real tasks.

How it works:

- A short intake conversation (in person or by phone) identifies what the learner actually wants to do: video call grandchildren, renew a parking permit, book a GP appointment.
- The learner follows a personal path of 5–10 minute lessons on a tablet, with large buttons, audio instructions and subtitles in several languages.
- Volunteer coaches in libraries and community centres meet learners weekly and track progress in a simple coach app.
- A loan-tablet programme and connection to social internet subscriptions help residents who have no device.

Municipalities receive anonymous impact reports on participants, completed goals and referrals to other services such as debt counselling or language classes. LinkUp works alongside existing digital government information points and local digital inclusion networks.`,
    themes: ["digitale-inclusie", "kansengelijkheid"],
    sdgs: [4, 10],
    maturity: "bewezen",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0344", status: "active", since: "2023-01-01" },
      { code: "GM0356", status: "active", since: "2024-02-01" },
      { code: "GM0307", status: "planned", since: "2026-12-01" },
    ],
    assurances: ["wcag", "avg"],
    hosting: "saas-eu",
    pricingModel: "per-inwoner",
    website: "https://linkup-digital.example",
    contact: { name: "Grace Mwangi", role: "Co-founder, Impact & Partnerships", email: "grace@linkup-digital.example" },
  },
];
