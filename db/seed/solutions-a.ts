/**
 * Demo content, part A: 21 fictional companies / knowledge institutions and their 42 digital solutions.
 * All companies, people, KvK numbers and deployments are fictional; public bodies are real CBS codes.
 * Slugs: companies "ca-…", solutions "sa-…". 28 solutions in Dutch, 14 in English.
 */
import type { SeedCompany, SeedSolution } from "./types";

export const companiesA: SeedCompany[] = [
  {
    slug: "ca-warmtewijk",
    name: "Warmtewijk Digitaal B.V.",
    kind: "bedrijf",
    kvk: "70104817",
    city: "Zwolle",
    website: "https://warmtewijk.example",
    description:
      "Softwarebedrijf dat gemeenten helpt de warmtetransitie per buurt te plannen met digitale tweelingen en open data. Opgericht in 2019 door oud-medewerkers van een netbeheerder en een stedenbouwkundig adviesbureau.",
  },
  {
    slug: "ca-peilnet",
    name: "Peilnet Sensoring B.V.",
    kind: "bedrijf",
    kvk: "70211395",
    city: "Deventer",
    website: "https://peilnet.example",
    description:
      "Ontwikkelt draadloze sensoren en software voor het meten van grond- en oppervlaktewater. Werkt voor gemeenten, waterschappen en drinkwaterbedrijven in Oost-Nederland en daarbuiten.",
  },
  {
    slug: "ca-heatscope",
    name: "HeatScope Analytics B.V.",
    kind: "bedrijf",
    kvk: "70328460",
    city: "Delft",
    website: "https://heatscope.example",
    description:
      "Internationale startup die satellietbeelden en machine learning inzet om hittestress in steden op straatniveau in kaart te brengen. Het team van twaalf mensen werkt in het Engels.",
  },
  {
    slug: "ca-schuldsignaal",
    name: "Schuldsignaal B.V.",
    kind: "bedrijf",
    kvk: "70419752",
    city: "Utrecht",
    website: "https://schuldsignaal.example",
    description:
      "Maakt software voor vroegsignalering van schulden en laagdrempelige hulp bij geldzorgen. Ontstaan uit een samenwerking tussen schuldhulpverleners en ontwikkelaars uit het sociaal domein.",
  },
  {
    slug: "ca-faunaflux",
    name: "FaunaFlux B.V.",
    kind: "bedrijf",
    kvk: "70526318",
    city: "Wageningen",
    website: "https://faunaflux.example",
    description:
      "Spin-off van ecologen en AI-specialisten die slimme camera's en geluidssensoren bouwt voor het monitoren van biodiversiteit. Werkt voornamelijk in het Engels met een internationaal team.",
  },
  {
    slug: "ca-deelstad",
    name: "Deelstad Mobiliteit B.V.",
    kind: "bedrijf",
    kvk: "70633094",
    city: "Amsterdam",
    website: "https://deelstad.example",
    description:
      "Data- en adviesbedrijf voor deelmobiliteit en mobiliteitshubs. Helpt gemeenten om deelvervoer te reguleren en te plannen op basis van open standaarden.",
  },
  {
    slug: "ca-laadkaart",
    name: "Laadkaart B.V.",
    kind: "bedrijf",
    kvk: "70741286",
    city: "Arnhem",
    website: "https://laadkaart.example",
    description:
      "Specialist in datagedreven planning van laadinfrastructuur en slim parkeren. Werkt samen met regionale laadpaalconcessies en netbeheerders.",
  },
  {
    slug: "ca-binroute",
    name: "BinRoute Technologies B.V.",
    kind: "bedrijf",
    kvk: "70857103",
    city: "Eindhoven",
    website: "https://binroute.example",
    description:
      "Hardware- en softwarestartup van de Brainport-campus die vulgraadsensoren en route-optimalisatie levert voor afvalinzameling. Voertaal binnen het bedrijf is Engels.",
  },
  {
    slug: "ca-bouwstof-register",
    name: "Bouwstof Register B.V.",
    kind: "bedrijf",
    kvk: "70962547",
    city: "Rotterdam",
    website: "https://bouwstofregister.example",
    description:
      "Ontwikkelt materialenpaspoorten en hergebruiksplatforms voor de bouw. Opgericht door een bouwkundig ingenieur en een sloopaannemer die hergebruik van materialen de norm willen maken.",
  },
  {
    slug: "ca-litterlens",
    name: "LitterLens B.V.",
    kind: "bedrijf",
    kvk: "70073691",
    city: "Groningen",
    website: "https://litterlens.example",
    description:
      "Startup uit Groningen die met beeldherkenning zwerfafval detecteert en in kaart brengt. Het internationale team communiceert in het Engels.",
  },
  {
    slug: "ca-energiemaatje",
    name: "EnergieMaatje B.V.",
    kind: "bedrijf",
    kvk: "70180924",
    city: "Tilburg",
    website: "https://energiemaatje.example",
    description:
      "Sociale onderneming die digitale hulpmiddelen maakt voor energiecoaches en FIXteams. Richt zich op huishoudens met een laag inkomen en energiearmoede.",
  },
  {
    slug: "ca-dakatlas",
    name: "Dakatlas B.V.",
    kind: "bedrijf",
    kvk: "70297356",
    city: "Amersfoort",
    website: "https://dakatlas.example",
    description:
      "Geo-informatiebedrijf dat voor elk dak in Nederland de geschiktheid voor zonnepanelen en groene daken berekent. Levert kaarten aan gemeenten, provincies en energiecoöperaties.",
  },
  {
    slug: "ca-boomregister",
    name: "Boomregister B.V.",
    kind: "bedrijf",
    kvk: "70315872",
    city: "'s-Hertogenbosch",
    website: "https://boomregister.example",
    description:
      "Levert beheersoftware voor bomen en groen in de openbare ruimte. Het team bestaat uit boomtechnici, ecologen en GIS-ontwikkelaars.",
  },
  {
    slug: "ca-praktijklab-klimaatstad",
    name: "Praktijklab Klimaatbestendige Stad – Hogeschool Drechtstad",
    kind: "kennisinstelling",
    kvk: "70438209",
    city: "Dordrecht",
    website: "https://praktijklab-klimaatstad.example",
    description:
      "Praktijkgericht onderzoekslab van de (fictieve) Hogeschool Drechtstad. Studenten en onderzoekers ontwikkelen samen met gemeenten in de Drechtsteden open tools voor klimaatadaptatie.",
  },
  {
    slug: "ca-open-energy-lab",
    name: "Open Energy Systems Lab – Hogeschool Twente-Oost",
    kind: "kennisinstelling",
    kvk: "70549613",
    city: "Enschede",
    website: "https://open-energy-lab.example",
    description:
      "Lectoraat van de (fictieve) Hogeschool Twente-Oost dat open-source modellen maakt voor lokale energiesystemen en energiearmoede. Publiceert in het Engels en werkt met Twentse gemeenten en de provincie.",
  },
  {
    slug: "ca-floodsense",
    name: "FloodSense B.V.",
    kind: "bedrijf",
    kvk: "70650148",
    city: "Middelburg",
    website: "https://floodsense.example",
    description:
      "Zeeuwse startup met een internationaal team dat goedkope waterstandsensoren en een waarschuwingsplatform maakt voor wateroverlast en droogte.",
  },
  {
    slug: "ca-fietsteller",
    name: "Fietsteller B.V.",
    kind: "bedrijf",
    kvk: "70768435",
    city: "Houten",
    website: "https://fietsteller.example",
    description:
      "Maakt tellers en dashboards voor fiets- en voetgangersverkeer. Werkt voor gemeenten, provincies en vervoerregio's die fietsbeleid op data willen baseren.",
  },
  {
    slug: "ca-kansenkompas",
    name: "Kansenkompas B.V.",
    kind: "bedrijf",
    kvk: "70871260",
    city: "Heerlen",
    website: "https://kansenkompas.example",
    description:
      "Bureau voor data en software in het sociaal domein, met de wortels in Parkstad Limburg. Helpt gemeenten kansenongelijkheid zichtbaar te maken en gericht aan te pakken.",
  },
  {
    slug: "ca-retrofitready",
    name: "RetrofitReady B.V.",
    kind: "bedrijf",
    kvk: "70984517",
    city: "Amsterdam",
    website: "https://retrofitready.example",
    description:
      "Startup van bouwfysici en softwareontwikkelaars die woningeigenaren en VvE's helpt bij verduurzaming. Het team werkt in het Engels en heeft klanten in Nederland en Vlaanderen.",
  },
  {
    slug: "ca-tweede-ronde",
    name: "Tweede Ronde B.V.",
    kind: "bedrijf",
    kvk: "70092734",
    city: "Leeuwarden",
    website: "https://tweederonde.example",
    description:
      "Fries bedrijf dat platforms bouwt voor hergebruik van inventaris en goederen, voor overheden en kringloopbedrijven. Werkt met een team waarin ook mensen met afstand tot de arbeidsmarkt meebouwen.",
  },
  {
    slug: "ca-bloeiende-bermen",
    name: "Bloeiende Bermen B.V.",
    kind: "bedrijf",
    kvk: "70163058",
    city: "Assen",
    website: "https://bloeiendebermen.example",
    description:
      "Klein ecologisch adviesbureau met een eigen app voor bermbeheer en plantenmonitoring. Werkt voor gemeenten, provincies en waterschappen in Noord-Nederland.",
  },
];

export const solutionsA: SeedSolution[] = [
  // ── Warmtewijk Digitaal ────────────────────────────────────────────────────
  {
    slug: "sa-warmtewijk-digitale-tweeling",
    companySlug: "ca-warmtewijk",
    lang: "nl",
    title: "Warmtewijk Planner: digitale tweeling voor de warmtetransitie",
    summary:
      "Digitale tweeling van elke buurt die per gebouw de beste route naar aardgasvrij laat zien, op basis van BAG, energielabels en netcapaciteit. Helpt gemeenten het warmteprogramma op te stellen en actueel te houden.",
    description: `Warmtewijk Planner bouwt automatisch een digitale tweeling van uw gemeente: elk gebouw uit de BAG met bouwjaar, oppervlak, energielabel (EP-online), geschat gasverbruik (CBS-kerncijfers per buurt) en de ligging ten opzichte van warmtebronnen en het elektriciteitsnet.

Per buurt rekent het model de maatschappelijke kosten door van de verschillende strategieën: individuele warmtepomp, een midden- of lagetemperatuurwarmtenet of groengas. U ziet direct welke woningen eerst geïsoleerd moeten worden en waar netcongestie een knelpunt wordt. Beleidsmedewerkers vergelijken scenario's, passen aannames aan en exporteren kaarten voor bewonersavonden.

**Wat u krijgt**
- kaartviewer met 3D-gebouwen (3D BAG via PDOK) en buurtrapportages
- scenario's voor het warmteprogramma en wijkuitvoeringsplannen
- koppeling met netbeheerdersdata over capaciteit en congestie
- open API (OpenAPI 3) en export naar GeoPackage en CSV

De software draait in een Nederlands datacenter, verwerkt geen persoonsgegevens en voldoet aan de BIO. Warmtewijk Planner is bedoeld voor gemeenten en voor RES-regio's die warmteplannen afstemmen.`,
    themes: ["energietransitie", "wonen"],
    sdgs: [7, 11, 13],
    maturity: "opgeschaald",
    targetGroups: ["gemeente", "provincie"],
    deployments: [
      { code: "GM0193", status: "active", since: "2022-03-01" },
      { code: "GM0014", status: "active", since: "2023-01-16" },
      { code: "GM0301", status: "active", since: "2023-09-04" },
      { code: "GM1708", status: "ended", since: "2021-06-01" },
      { code: "GM0202", status: "planned", since: "2026-02-01" },
    ],
    assurances: ["bio", "wcag", "common-ground"],
    hosting: "saas-nl",
    pricingModel: "per-inwoner",
    website: "https://warmtewijk.example/planner",
    contact: {
      name: "Jorien Klaassen",
      role: "Accountmanager gemeenten",
      email: "j.klaassen@warmtewijk.example",
    },
  },
  {
    slug: "sa-warmtewijk-buurtwarmte-dialoog",
    companySlug: "ca-warmtewijk",
    lang: "nl",
    title: "Buurtwarmte Dialoog: digitale participatie bij de wijkaanpak",
    summary:
      "Online participatieomgeving waarin bewoners per straat zien wat de warmteplannen voor hun woning betekenen en hun voorkeuren en zorgen kunnen delen. Nog in de ideefase: we zoeken twee gemeenten om mee te ontwerpen.",
    description: `Bij de wijkaanpak aardgasvrij haken vaak juist de bewoners af die het meest geraakt worden: huurders, ouderen en mensen die het Nederlands minder goed beheersen. Buurtwarmte Dialoog wil dat veranderen.

Het idee: bewoners voeren hun adres in en krijgen zonder inlog een eenvoudig woningpaspoort met wat de gekozen warmtestrategie voor hun type woning betekent (welke isolatie, welke installatie, wat het ongeveer kost en welke subsidies er zijn). Daarna kunnen ze reageren met korte vragen, stemmen op oplossingen en aangeven of ze een huisbezoek willen.

**Uitgangspunten**
- teksten op taalniveau B1, voorleesfunctie en vertalingen
- werkt ook op papier: QR-code en antwoordkaart voor wie niet online is
- koppeling met Warmtewijk Planner, zodat gemeenten reacties per buurt zien
- alleen geaggregeerde resultaten voor de gemeente; DPIA vóór de start

We zoeken gemeenten die in 2026 of 2027 een wijkuitvoeringsplan maken en samen met ons het ontwerp en de toetsing met bewoners willen oppakken.`,
    themes: ["energietransitie", "kansengelijkheid", "digitale-inclusie"],
    sdgs: [7, 10, 11],
    maturity: "idee",
    targetGroups: ["gemeente"],
    deployments: [],
    assurances: ["wcag", "avg"],
    hosting: "saas-nl",
    pricingModel: "op-aanvraag",
    website: "https://warmtewijk.example/dialoog",
    contact: {
      name: "Mehmet Yıldız",
      role: "Productontwikkelaar participatie",
      email: "m.yildiz@warmtewijk.example",
    },
  },
  // ── Peilnet Sensoring ──────────────────────────────────────────────────────
  {
    slug: "sa-peilnet-grondwatermeetnet",
    companySlug: "ca-peilnet",
    lang: "nl",
    title: "Peilnet Grondwater: draadloos meetnet met waarschuwingen",
    summary:
      "Draadloze sensoren voor grond- en oppervlaktewater die elk kwartier meten en een dashboard dat waarschuwt bij te hoge of te lage standen. Vervangt handmatige peilbuisrondes.",
    description: `Gemeenten hebben een grondwaterzorgplicht, maar de meeste peilbuizen worden nog een paar keer per jaar met de hand uitgelezen. Peilnet Grondwater maakt van bestaande peilbuizen een realtime meetnet.

**Hoe het werkt**
- De sensor past in een standaard peilbuis en meet elk kwartier de waterstand en temperatuur.
- Data gaan via LoRaWAN of NB-IoT naar het Peilnet-dashboard; de batterij gaat ruim vijf jaar mee.
- Metingen worden automatisch naast KNMI-neerslagdata en historische reeksen uit de Basisregistratie Ondergrond (BRO) gezet.
- Per locatie stelt u drempelwaarden in; bij overschrijding krijgen buitendienst of beheerders een sms of e-mail.

Het systeem ondersteunt het onderbouwen van klachten over grondwateroverlast, het beoordelen van bemalingen en het bijhouden van droogte in parken. Meetreeksen kunnen rechtstreeks als BRO-levering worden aangeboden.

Peilnet levert een open REST-API en is gebouwd als component volgens de Common Ground-principes, zodat data ook in andere gemeentelijke systemen bruikbaar zijn. Er worden geen persoonsgegevens verwerkt. Geschikt voor gemeenten en waterschappen.`,
    themes: ["klimaatadaptatie"],
    sdgs: [6, 11, 13],
    maturity: "bewezen",
    targetGroups: ["gemeente", "waterschap"],
    deployments: [
      { code: "GM0150", status: "active", since: "2021-05-10" },
      { code: "GM0166", status: "active", since: "2022-02-01" },
      { code: "GM1896", status: "active", since: "2023-04-17" },
      { code: "GM0599", status: "ended", since: "2021-09-01" },
      { code: "GM0246", status: "planned", since: "2026-03-01" },
    ],
    assurances: ["bio", "common-ground"],
    hosting: "saas-nl",
    pricingModel: "abonnement",
    website: "https://peilnet.example/grondwater",
    contact: {
      name: "Gerrit-Jan Wolters",
      role: "Productmanager meetnetten",
      email: "gj.wolters@peilnet.example",
    },
  },
  {
    slug: "sa-peilnet-slimme-regenbuffer",
    companySlug: "ca-peilnet",
    lang: "nl",
    title: "Slimme Regenbuffer: voorspellend legen van regenwateropslag",
    summary:
      "Stuurmodule voor regentonnen, infiltratiekratten en blauwe daken die op basis van de KNMI-neerslagverwachting vooraf ruimte maakt voor piekbuien en bij droogte water vasthoudt.",
    description: `Een gewone regenton is bij een wolkbreuk vaak al vol. De Slimme Regenbuffer lost dat op met een kleine klep en een sensor die verbonden zijn met een weerverwachting.

**Werking**
- Een waterstandsensor en een motorklep worden op een regenton, ondergrondse buffer of blauw dak geplaatst.
- Het platform haalt elk uur de neerslagverwachting van het KNMI op. Wordt er een zware bui verwacht, dan loopt de buffer vooraf gecontroleerd leeg naar de tuin of een wadi.
- Bij een droge periode blijft het water juist staan, zodat bewoners en beheerders het kunnen gebruiken voor beregening.

Gemeenten zien in een dashboard hoeveel bergingscapaciteit er per buurt beschikbaar is en kunnen die meenemen in hun stresstest en rioleringsplan. Bewoners krijgen een eenvoudige app met hun eigen buffer.

De pilot loopt bij particuliere woningen en bij scholen. Omdat er data van huishoudens worden verwerkt, is een DPIA uitgevoerd; de gemeente ziet alleen geaggregeerde gegevens per buurt.`,
    themes: ["klimaatadaptatie"],
    sdgs: [6, 11, 13],
    maturity: "pilot",
    targetGroups: ["gemeente", "waterschap"],
    deployments: [
      { code: "GM0344", status: "active", since: "2024-05-01" },
      { code: "GM0150", status: "active", since: "2024-09-15" },
    ],
    assurances: ["avg"],
    hosting: "saas-nl",
    pricingModel: "abonnement",
    website: "https://peilnet.example/regenbuffer",
    contact: {
      name: "Lotte Brinkhuis",
      role: "Projectleider pilots",
      email: "l.brinkhuis@peilnet.example",
    },
  },
  // ── HeatScope Analytics (English) ─────────────────────────────────────────
  {
    slug: "sa-heatscope-heat-stress-maps",
    companySlug: "ca-heatscope",
    lang: "en",
    title: "HeatScope: street-level heat stress maps from satellite data",
    summary:
      "Combines thermal satellite imagery with land cover and 3D building data to map heat stress and perceived temperature at 10-metre resolution, refreshed every summer.",
    description: `HeatScope turns open Earth observation data into heat stress maps that planners can actually use.

**How it works**
- Land surface temperature is derived from Landsat 8/9 thermal bands and ECOSTRESS, then downscaled to 10 m using Sentinel-2, the AHN elevation model and BGT land cover.
- Shade from buildings and trees is calculated with 3D BAG, giving an estimate of perceived temperature (PET) on a typical hot day based on KNMI reference data.
- Vulnerable groups are overlaid using the CBS 100-metre grid (people over 75, young children, single-person households), together with cooling spots such as parks, water and air-conditioned public buildings.

Outputs include a web map, WMS/WFS services and GeoTIFF files that fit directly into a climate stress test and heat plan. Municipalities use the maps to prioritise tree planting, depaving and cool routes; GGD teams use them for heatwave plans.

No personal data is processed: all demographic data is aggregated CBS statistics. For municipalities and provinces; delivered as a yearly update per project.`,
    themes: ["klimaatadaptatie", "gezond-stedelijk-leven"],
    sdgs: [3, 11, 13],
    maturity: "bewezen",
    targetGroups: ["gemeente", "provincie"],
    deployments: [
      { code: "GM0518", status: "active", since: "2022-06-01" },
      { code: "GM0935", status: "active", since: "2023-05-15" },
      { code: "GM0772", status: "active", since: "2023-06-01" },
      { code: "PV28", status: "active", since: "2024-04-01" },
      { code: "GM0546", status: "ended", since: "2022-05-01" },
    ],
    assurances: ["wcag"],
    hosting: "saas-eu",
    pricingModel: "projectprijs",
    website: "https://heatscope.example/maps",
    contact: {
      name: "Priya Raman",
      role: "Head of Public Sector",
      email: "priya.raman@heatscope.example",
    },
  },
  {
    slug: "sa-heatscope-coolroutes",
    companySlug: "ca-heatscope",
    lang: "en",
    title: "CoolRoutes: shaded walking routes during heatwaves",
    summary:
      "Routing app and API that suggests the coolest walking route to shops, GP practices and cooling spots during a heatwave, designed with older residents and informal carers.",
    description: `During a heatwave, older people and people with chronic conditions often stay indoors because the walk to the shop or pharmacy feels too hot. CoolRoutes helps them go out safely.

**What it does**
- Calculates walking routes that maximise shade and avoid heat islands, using HeatScope's perceived-temperature layer and hourly sun position.
- Shows cooling spots on the way: parks, fountains, libraries, community centres and benches in the shade.
- Gives a simple heat advice for the day, based on the KNMI heat plan and warnings.

The prototype is a progressive web app with large buttons and a read-aloud function, tested with a panel of residents over 70. Municipalities can embed the routes in their own website or heat plan via an open API, and add their own cooling spots.

No account is needed and no location history is stored; route requests are processed in memory only. The routing engine is open source (MIT). We are looking for two municipalities to pilot CoolRoutes in summer 2026.`,
    themes: ["klimaatadaptatie", "gezond-stedelijk-leven"],
    sdgs: [3, 11, 13],
    maturity: "prototype",
    targetGroups: ["gemeente"],
    deployments: [],
    assurances: ["wcag", "avg", "open-source"],
    openSourceLicence: "MIT",
    hosting: "saas-eu",
    pricingModel: "gratis",
    website: "https://heatscope.example/coolroutes",
    contact: {
      name: "Tomás Oliveira",
      role: "Product Lead",
      email: "tomas.oliveira@heatscope.example",
    },
  },
  // ── Schuldsignaal ──────────────────────────────────────────────────────────
  {
    slug: "sa-schuldsignaal-vroegsignalering",
    companySlug: "ca-schuldsignaal",
    lang: "nl",
    title: "Schuldsignaal: platform voor vroegsignalering van schulden",
    summary:
      "Verzamelt signalen over betalingsachterstanden van woningcorporaties, energie- en drinkwaterbedrijven en zorgverzekeraars en ondersteunt schuldhulpverleners bij snel, outreachend contact met inwoners.",
    description: `Sinds de wijziging van de Wet gemeentelijke schuldhulpverlening moeten gemeenten inwoners benaderen zodra er signalen zijn van betalingsachterstanden bij vaste lasten. Schuldsignaal maakt dat werkproces overzichtelijk.

**Zo werkt het**
- Signalen van vaste-lastenpartners komen binnen via het landelijke koppelvlak en worden per huishouden samengevoegd.
- Een triagescherm laat zien welke huishoudens meerdere signalen hebben en wie al in beeld is bij de gemeente.
- Medewerkers plannen een brief, belpoging of huisbezoek en registreren de uitkomst in vaste categorieën.
- Dashboards tonen bereik, doorloop en resultaten en leveren de gegevens voor de landelijke monitor vroegsignalering.

**Privacy en veiligheid**
De verwerking is gebaseerd op de wettelijke grondslag uit de Wgs. Bewaartermijnen worden automatisch toegepast, toegang is rolgebaseerd en elke inzage wordt gelogd. We leveren een model-DPIA mee.

Schuldsignaal voldoet aan de BIO, werkt met de ZGW-API's (Common Ground) en koppelt met de gangbare regiesystemen voor schuldhulpverlening. Voor gemeenten en uitvoeringsorganisaties in het sociaal domein.`,
    themes: ["kansengelijkheid", "dienstverlening"],
    sdgs: [1, 10, 16],
    maturity: "opgeschaald",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0344", status: "active", since: "2021-10-01" },
      { code: "GM0599", status: "active", since: "2022-01-10" },
      { code: "GM0855", status: "active", since: "2022-06-01" },
      { code: "GM0080", status: "active", since: "2023-02-01" },
      { code: "GM1952", status: "active", since: "2024-01-15" },
    ],
    assurances: ["avg", "bio", "common-ground", "wcag"],
    hosting: "saas-nl",
    pricingModel: "per-inwoner",
    website: "https://schuldsignaal.example/vroegsignalering",
    contact: {
      name: "Sanne Verhoef",
      role: "Adviseur sociaal domein",
      email: "s.verhoef@schuldsignaal.example",
    },
  },
  {
    slug: "sa-schuldsignaal-geldcoach",
    companySlug: "ca-schuldsignaal",
    lang: "nl",
    title: "Geldcoach: anonieme zelfhulp-app bij geldzorgen",
    summary:
      "Laagdrempelige app waarmee inwoners anoniem hun geldzaken op een rij zetten, zien op welke regelingen ze recht hebben en zelf contact leggen met een vrijwilliger of schuldhulpverlener.",
    description: `Veel mensen met geldzorgen zoeken pas hulp als de schulden hoog zijn opgelopen. Schaamte en ingewikkelde formulieren houden hen tegen. Geldcoach verlaagt die drempel.

**Functies**
- een budgetcheck van vijf minuten met vragen in eenvoudige taal (B1)
- een regelingencheck voor toeslagen, kwijtschelding en gemeentelijke minimaregelingen
- stappenplannen voor veelvoorkomende situaties, zoals een betalingsregeling treffen
- direct chatten of een belafspraak maken met een vrijwilliger van de lokale geldhulp

De app werkt zonder account. Gebruikers kiezen zelf of en welke gegevens ze delen met de gemeente. Er is een voorleesfunctie en de app is beschikbaar in het Nederlands, Engels, Arabisch, Turks en Pools.

Gemeenten krijgen een beheeromgeving waarin ze hun eigen regelingen en contactgegevens invullen en anonieme gebruiksstatistieken zien. Voor gemeenten die hun vroegsignalering willen aanvullen met een preventieve, digitale ingang.`,
    themes: ["kansengelijkheid", "digitale-inclusie"],
    sdgs: [1, 4, 10],
    maturity: "pilot",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0796", status: "active", since: "2024-09-01" },
      { code: "GM0014", status: "planned", since: "2026-01-15" },
    ],
    assurances: ["avg", "wcag"],
    hosting: "saas-nl",
    pricingModel: "abonnement",
    website: "https://schuldsignaal.example/geldcoach",
    contact: {
      name: "Youssef El Amrani",
      role: "Productowner Geldcoach",
      email: "y.elamrani@schuldsignaal.example",
    },
  },
  // ── FaunaFlux (English) ────────────────────────────────────────────────────
  {
    slug: "sa-faunaflux-ai-camera-traps",
    companySlug: "ca-faunaflux",
    lang: "en",
    title: "FaunaFlux Camera Traps: AI species recognition for urban and rural nature",
    summary:
      "Solar-powered camera traps with on-device AI that recognise mammals and birds, count hedgehogs and flag invasive species, with results published as open biodiversity data.",
    description: `Biodiversity monitoring usually depends on volunteers sorting thousands of camera-trap photos by hand. FaunaFlux does the sorting at the edge.

**How it works**
- Each camera trap runs a species-recognition model trained on European wildlife (over 120 species, including hedgehog, stone marten, badger, roe deer and the invasive raccoon dog).
- Images containing people are discarded on the device; only species, count, time and location are sent via LoRaWAN or 4G.
- A dashboard shows activity trends per site and season and compares sites, for example before and after building a wildlife underpass or a green corridor.
- Observations can be exported in Darwin Core format to the national flora and fauna database (NDFF) and GBIF.

Municipalities use FaunaFlux to measure the effect of nature-inclusive development and ecological mowing; provinces use it to monitor connectivity in the Nature Network Netherlands.

The recognition model and dashboard are open source under AGPL-3.0-or-later. Hardware can be bought or leased.`,
    themes: ["biodiversiteit"],
    sdgs: [15],
    maturity: "pilot",
    targetGroups: ["gemeente", "provincie"],
    deployments: [
      { code: "GM0289", status: "active", since: "2024-03-01" },
      { code: "PV25", status: "active", since: "2024-06-01" },
      { code: "GM0228", status: "planned", since: "2026-04-01" },
    ],
    assurances: ["avg", "open-source"],
    openSourceLicence: "AGPL-3.0-or-later",
    hosting: "saas-eu",
    pricingModel: "abonnement",
    website: "https://faunaflux.example/camera-traps",
    contact: {
      name: "Hannah Lindqvist",
      role: "Ecologist and Co-founder",
      email: "hannah@faunaflux.example",
    },
  },
  {
    slug: "sa-faunaflux-bat-acoustics",
    companySlug: "ca-faunaflux",
    lang: "en",
    title: "BatEar: acoustic bat monitoring to speed up insulation programmes",
    summary:
      "Networked ultrasonic sensors that record bat and bird activity around buildings, so ecological surveys for cavity-wall insulation and renovation take weeks instead of a full season.",
    description: `Many insulation and renovation projects stall because protected species such as the common pipistrelle and house sparrow roost in cavity walls and roofs. Under nature protection rules, a full-season ecological survey is often required before work can start.

BatEar is a prototype network of low-cost ultrasonic and audio sensors that are mounted on facades in a whole neighbourhood at once. An on-device classifier identifies bat species and bird song, and the platform produces maps of roosts, flight paths and nesting activity.

**Why it matters**
- Housing associations and municipalities can plan retrofit work and compensating nest boxes per street.
- Ecologists spend their time on interpretation instead of night-time field visits.
- The data supports a species-management plan at neighbourhood level, which can replace survey-by-survey permits.

BatEar is being tested with an ecological consultancy and a housing association. The classifier and data format are open source (EUPL-1.2). We are looking for a municipality with a large insulation programme to run a field pilot.`,
    themes: ["biodiversiteit", "energietransitie"],
    sdgs: [7, 11, 15],
    maturity: "prototype",
    targetGroups: ["gemeente", "provincie"],
    deployments: [],
    assurances: ["open-source"],
    openSourceLicence: "EUPL-1.2",
    hosting: "hybride",
    pricingModel: "op-aanvraag",
    website: "https://faunaflux.example/batear",
    contact: {
      name: "Daan Mulder",
      role: "Acoustic Engineer",
      email: "daan@faunaflux.example",
    },
  },
  // ── Deelstad Mobiliteit ────────────────────────────────────────────────────
  {
    slug: "sa-deelstad-dashboard",
    companySlug: "ca-deelstad",
    lang: "nl",
    title: "Deelstad Dashboard: grip op deelmobiliteit",
    summary:
      "Dashboard dat de datastromen van aanbieders van deelscooters, deelfietsen en deelauto's bundelt, zodat gemeenten vergunningseisen kunnen handhaven en deelmobiliteit per wijk kunnen sturen.",
    description: `Steeds meer gemeenten werken met vergunningen voor deelmobiliteit, maar hebben weinig zicht op wat er op straat gebeurt. Deelstad Dashboard brengt alle aanbieders samen in één beeld.

**Functies**
- realtime beschikbaarheid van deelvoertuigen per wijk, op basis van de open standaarden GBFS en MDS
- controle op vergunningsvoorwaarden: maximale aantallen, verboden parkeerzones, verdeling over wijken
- analyses van gebruik: ritten per buurt, bezettingsgraad van hubs, combinatie met OV-haltes
- meldingen van overlast gekoppeld aan locatie en aanbieder

Aanbieders leveren hun data via een API; Deelstad toetst die automatisch op volledigheid. Ritdata worden direct geaggregeerd, zodat er geen herleidbare verplaatsingen van gebruikers worden opgeslagen.

Het dashboard is gebouwd op Common Ground-principes en de broncode is open (EUPL-1.2). Gemeenten kunnen zelf hosten of gebruikmaken van onze beheerde dienst in Nederland. Voor gemeenten en vervoerregio's.`,
    themes: ["duurzame-mobiliteit"],
    sdgs: [9, 11],
    maturity: "bewezen",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0363", status: "active", since: "2022-04-01" },
      { code: "GM0344", status: "active", since: "2022-09-01" },
      { code: "GM0307", status: "active", since: "2023-03-15" },
      { code: "GM0392", status: "ended", since: "2021-07-01" },
      { code: "GM0758", status: "planned", since: "2026-01-01" },
    ],
    assurances: ["avg", "common-ground", "open-source"],
    openSourceLicence: "EUPL-1.2",
    hosting: "saas-nl",
    pricingModel: "abonnement",
    website: "https://deelstad.example/dashboard",
    contact: {
      name: "Ruben Smit",
      role: "Consultant deelmobiliteit",
      email: "r.smit@deelstad.example",
    },
  },
  {
    slug: "sa-deelstad-hubplanner",
    companySlug: "ca-deelstad",
    lang: "nl",
    title: "Mobiliteitshub Planner voor nieuwbouwwijken",
    summary:
      "Planningstool die voor nieuwbouwwijken met een lage parkeernorm berekent hoeveel deelauto's, deelfietsen en hubplekken nodig zijn en waar mobiliteitshubs het best kunnen komen.",
    description: `Nieuwe woonwijken worden steeds vaker gebouwd met minder parkeerplaatsen. Dat werkt alleen als er goede alternatieven zijn. De Mobiliteitshub Planner helpt gemeenten en ontwikkelaars om dat vooraf te onderbouwen.

**Hoe het werkt**
- U laadt het woningbouwprogramma in (aantallen, woningtypen, fasering) of kiest plannen uit de BAG.
- Het model schat autobezit en mobiliteitsvraag op basis van CBS-gegevens over vergelijkbare wijken, afstand tot OV-haltes en fietsnetwerk.
- Per scenario ziet u het benodigde aantal deelauto's, de omvang van hubs en het effect op parkeerdruk en verkeersbewegingen.
- Een locatiekaart toont geschikte hubplekken op loopafstand, rekening houdend met de BGT en bestaande voorzieningen.

De uitkomsten zijn bruikbaar in het omgevingsplan, het parkeerbeleid en anterieure overeenkomsten met ontwikkelaars. Er worden geen persoonsgegevens verwerkt. Voor gemeenten met grote woningbouwopgaven.`,
    themes: ["duurzame-mobiliteit", "wonen"],
    sdgs: [9, 11],
    maturity: "pilot",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0034", status: "active", since: "2025-02-01" },
      { code: "GM0637", status: "planned", since: "2026-05-01" },
    ],
    assurances: ["bio"],
    hosting: "saas-nl",
    pricingModel: "projectprijs",
    website: "https://deelstad.example/hubplanner",
    contact: {
      name: "Femke de Groot",
      role: "Mobiliteitsplanner",
      email: "f.degroot@deelstad.example",
    },
  },
  // ── Laadkaart ──────────────────────────────────────────────────────────────
  {
    slug: "sa-laadkaart-laadpaalplanner",
    companySlug: "ca-laadkaart",
    lang: "nl",
    title: "Laadkaart Planner: datagedreven planning van publieke laadpalen",
    summary:
      "Voorspelt per buurt tot 2030 de vraag naar publieke laadpunten en stelt concrete locaties voor, rekening houdend met netcapaciteit, parkeerdruk en bestaande laadpalen.",
    description: `Gemeenten moeten steeds sneller publieke laadpalen plaatsen, terwijl het elektriciteitsnet op veel plekken vol raakt. Laadkaart Planner helpt om proactief en slim te plannen.

**Data en werking**
- Prognose van elektrische auto's per buurt op basis van geaggregeerde RDW-kentekendata, CBS-inkomens- en huishoudstatistiek en landelijke groeiscenario's.
- Gebruiksdata van bestaande laadpalen via het OCPI-protocol van de laadpaalexploitant.
- Parkeervakken uit de BGT, adressen uit de BAG en capaciteit van middenspanningsruimtes van de netbeheerder.

Het resultaat is een kaart met voorgestelde locaties en een prioritering per jaar. Aanvragen van inwoners voor een laadpaal worden automatisch getoetst aan het plan. Vanuit de tool genereert u concept-verkeersbesluiten en overzichten voor de concessiehouder.

De tool wordt gebruikt door gemeenten en provincies die laadinfrastructuur regionaal aanbesteden. Laadkaart voldoet aan de BIO, verwerkt alleen geaggregeerde voertuigdata en biedt open API's volgens Common Ground.`,
    themes: ["duurzame-mobiliteit", "energietransitie"],
    sdgs: [7, 9, 11],
    maturity: "opgeschaald",
    targetGroups: ["gemeente", "provincie"],
    deployments: [
      { code: "GM0202", status: "active", since: "2021-04-01" },
      { code: "GM0268", status: "active", since: "2021-11-01" },
      { code: "PV25", status: "active", since: "2022-05-01" },
      { code: "GM0014", status: "active", since: "2023-01-01" },
      { code: "GM1680", status: "active", since: "2024-03-01" },
    ],
    assurances: ["avg", "bio", "common-ground"],
    hosting: "saas-nl",
    pricingModel: "licentie",
    website: "https://laadkaart.example/planner",
    contact: {
      name: "Bart Hendriks",
      role: "Senior adviseur laadinfrastructuur",
      email: "b.hendriks@laadkaart.example",
    },
  },
  {
    slug: "sa-laadkaart-slim-parkeren",
    companySlug: "ca-laadkaart",
    lang: "nl",
    title: "Slim Parkeren: bezettingssensoren voor parkeer- en laadplekken",
    summary:
      "Sensoren in parkeervakken en bij laadpalen meten realtime de bezetting, signaleren auto's die een laadplek bezet houden zonder te laden en voeden parkeerverwijzing en open data.",
    description: `Parkeerzoekverkeer veroorzaakt onnodige uitstoot en laadplekken worden vaak bezet door auto's die al lang vol zijn. Slim Parkeren geeft gemeenten inzicht en sturing.

**Onderdelen**
- draadloze bodemsensoren of camera-tellers per parkeervak of per terrein
- koppeling met laadpaaldata om 'laadpaalklevers' te signaleren voor handhaving
- realtime bezetting voor dynamische parkeerverwijzing en publicatie als open data volgens de landelijke specificaties voor parkeerdata
- rapportages over bezetting, parkeerduur en effecten van tariefwijzigingen

Camera-tellers verwerken beelden op het apparaat zelf en slaan geen kentekens of herkenbare beelden op. Er is een DPIA beschikbaar en de oplossing voldoet aan de BIO.

De sensoren worden beheerd via ons platform; data kunnen ook lokaal in het gemeentelijke datacenter worden ontsloten. Geschikt voor binnensteden, P+R-terreinen en woonwijken met hoge parkeerdruk.`,
    themes: ["duurzame-mobiliteit"],
    sdgs: [9, 11],
    maturity: "bewezen",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0153", status: "active", since: "2022-10-01" },
      { code: "GM0935", status: "active", since: "2023-06-01" },
      { code: "GM0983", status: "ended", since: "2022-01-01" },
    ],
    assurances: ["avg", "bio"],
    hosting: "hybride",
    pricingModel: "abonnement",
    website: "https://laadkaart.example/slim-parkeren",
    contact: {
      name: "Ilse Jansen",
      role: "Productmanager parkeren",
      email: "i.jansen@laadkaart.example",
    },
  },
  // ── BinRoute Technologies (English) ───────────────────────────────────────
  {
    slug: "sa-binroute-fill-level-sensors",
    companySlug: "ca-binroute",
    lang: "en",
    title: "BinRoute Sense: fill-level sensors for underground containers and litter bins",
    summary:
      "Retrofit ultrasonic sensors that measure fill levels of underground residual-waste containers, glass and paper banks and street litter bins, with overflow alerts and waste analytics per neighbourhood.",
    description: `Waste collection in most municipalities still follows fixed schedules, so half-empty containers are emptied while others overflow and attract dumped rubbish. BinRoute Sense measures what is actually there.

**How it works**
- A compact ultrasonic sensor is fitted inside existing underground containers, recycling banks or litter bins in under fifteen minutes.
- Fill level, temperature (for early fire detection) and lid openings are sent via NB-IoT several times a day; batteries last around seven years.
- The dashboard shows fill levels on a map, predicts when each container will be full and sends alerts for overflows or fires.

Analytics show waste volumes and separation rates per neighbourhood, which helps municipalities evaluate container placement, pay-as-you-throw schemes and communication campaigns.

BinRoute Sense integrates through an open REST API with existing waste-management and fleet systems and publishes aggregated data as open data. No personal data is collected: access-card data stays in the municipality's own system. Suitable for municipalities and joint waste-collection companies.`,
    themes: ["circulaire-economie"],
    sdgs: [11, 12],
    maturity: "bewezen",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0772", status: "active", since: "2022-02-01" },
      { code: "GM0794", status: "active", since: "2022-08-15" },
      { code: "GM0861", status: "active", since: "2023-05-01" },
      { code: "GM0599", status: "active", since: "2024-01-10" },
    ],
    assurances: ["bio"],
    hosting: "saas-eu",
    pricingModel: "abonnement",
    website: "https://binroute.example/sense",
    contact: {
      name: "Lukas Becker",
      role: "Business Development Manager",
      email: "lukas.becker@binroute.example",
    },
  },
  {
    slug: "sa-binroute-route-optimiser",
    companySlug: "ca-binroute",
    lang: "en",
    title: "BinRoute Optimise: dynamic waste-collection routes",
    summary:
      "Turns fill-level data into optimised daily routes for waste trucks, cutting kilometres, emissions and overflowing bins, and plans charging for zero-emission collection vehicles.",
    description: `Once you know how full every container is, fixed collection rounds no longer make sense. BinRoute Optimise plans each day's routes dynamically.

**Features**
- Daily route planning based on predicted fill levels, vehicle capacity, opening hours of transfer stations and time windows in pedestrian zones.
- Charging and range planning for electric refuse trucks, including zero-emission zones in city centres.
- Driver app with turn-by-turn navigation, digital proof of emptying and photo reports of dumped waste.
- Reports on kilometres driven, CO₂ savings and service levels for the municipal council.

In the pilot, collection kilometres for underground containers dropped by roughly a quarter and overflow complaints by almost half.

The optimiser works with BinRoute Sense but also accepts data from other sensor suppliers via an open API. Driver location data is only used for operational planning and is deleted after 30 days, as described in the DPIA. For municipalities and waste-collection companies.`,
    themes: ["circulaire-economie", "duurzame-mobiliteit"],
    sdgs: [11, 12, 13],
    maturity: "pilot",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0772", status: "active", since: "2024-04-01" },
      { code: "GM1771", status: "planned", since: "2026-02-01" },
    ],
    assurances: ["avg", "bio"],
    hosting: "saas-eu",
    pricingModel: "abonnement",
    website: "https://binroute.example/optimise",
    contact: {
      name: "Aisha Okafor",
      role: "Operations Research Lead",
      email: "aisha.okafor@binroute.example",
    },
  },
  // ── Bouwstof Register ──────────────────────────────────────────────────────
  {
    slug: "sa-bouwstof-materialenpaspoort",
    companySlug: "ca-bouwstof-register",
    lang: "nl",
    title: "Materialenpaspoort voor gemeentelijk en provinciaal vastgoed",
    summary:
      "Legt per gebouw vast welke materialen en producten erin zitten, hoeveel, waar en hoe herbruikbaar ze zijn, zodat bij renovatie of sloop hergebruik de standaard wordt.",
    description: `Wie niet weet wat er in een gebouw zit, kan het ook niet hergebruiken. Het Materialenpaspoort maakt de materiaalvoorraad van uw vastgoed inzichtelijk.

**Hoe het werkt**
- Bestaande BIM-modellen (IFC) en bestekken worden automatisch ingelezen; voor oudere gebouwen is er een inventarisatie-app voor ter plaatse.
- Materialen worden geclassificeerd volgens NL-SfB en gekoppeld aan milieuprofielen uit de Nationale Milieudatabase.
- Per gebouw ziet u hoeveel ton materiaal er is, de milieu-impact (MKI) en een losmaakbaarheids- en circulariteitsscore.
- Gebouwen zijn gekoppeld aan het BAG-pand-id, zodat paspoorten meebewegen met de basisregistraties.

Het paspoort volgt de landelijke afspraken over materialenpaspoorten en is uitwisselbaar via open standaarden; het datamodel is gepubliceerd onder EUPL-1.2.

Gemeenten en provincies gebruiken het voor hun eigen vastgoed, voor onderhoudsplanning en om circulair uitvragen bij renovatie of sloop te onderbouwen. Ook woningcorporaties kunnen aansluiten.`,
    themes: ["circulaire-economie", "wonen"],
    sdgs: [9, 12],
    maturity: "bewezen",
    targetGroups: ["gemeente", "provincie"],
    deployments: [
      { code: "GM0599", status: "active", since: "2022-03-01" },
      { code: "GM0505", status: "active", since: "2023-01-01" },
      { code: "PV28", status: "active", since: "2023-10-01" },
      { code: "GM0603", status: "planned", since: "2026-03-01" },
    ],
    assurances: ["bio", "open-source"],
    openSourceLicence: "EUPL-1.2",
    hosting: "saas-nl",
    pricingModel: "licentie",
    website: "https://bouwstofregister.example/materialenpaspoort",
    contact: {
      name: "Koen van Leeuwen",
      role: "Adviseur circulair bouwen",
      email: "k.vanleeuwen@bouwstofregister.example",
    },
  },
  {
    slug: "sa-bouwstof-oogstkaart",
    companySlug: "ca-bouwstof-register",
    lang: "nl",
    title: "Oogstkaart: vraag en aanbod van secundaire bouwmaterialen in de regio",
    summary:
      "Kaart die voorspelt welke bouwmaterialen de komende jaren vrijkomen uit sloop en renovatie in een regio en die koppelt aan geplande nieuwbouw- en infraprojecten.",
    description: `Hergebruik van bouwmaterialen mislukt vaak op timing: het hout, staal of de gevelstenen komen vrij op een moment dat niemand ze nodig heeft. De Oogstkaart brengt vraag en aanbod eerder samen.

**Werking**
- Op basis van BAG-bouwjaren, sloopmeldingen uit het omgevingsloket en materialenpaspoorten schat het model welke materialen wanneer vrijkomen.
- Geplande projecten uit gemeentelijke en provinciale investeringsprogramma's worden als vraag ingevoerd.
- Het platform stelt matches voor en laat zien waar een tijdelijke opslag (materialenhub) nodig is.

Het prototype is ontwikkeld voor één regio in Zuid-Holland en wordt nu uitgebreid naar infra-materialen zoals bestrating en straatmeubilair.

De kaart gebruikt uitsluitend open data en projectgegevens van deelnemende overheden. Broncode en rekenregels worden gepubliceerd onder de EUPL-1.2, zodat regio's de Oogstkaart ook zelf kunnen draaien.`,
    themes: ["circulaire-economie"],
    sdgs: [9, 12],
    maturity: "prototype",
    targetGroups: ["gemeente", "provincie"],
    deployments: [],
    assurances: ["open-source"],
    openSourceLicence: "EUPL-1.2",
    hosting: "saas-nl",
    pricingModel: "op-aanvraag",
    website: "https://bouwstofregister.example/oogstkaart",
    contact: {
      name: "Noor Bakker",
      role: "Data-analist",
      email: "n.bakker@bouwstofregister.example",
    },
  },
  // ── LitterLens (English) ───────────────────────────────────────────────────
  {
    slug: "sa-litterlens-litter-detection",
    companySlug: "ca-litterlens",
    lang: "en",
    title: "LitterLens: litter detection with image recognition",
    summary:
      "Cameras on street sweepers and refuse trucks detect and classify litter — cans, plastic bottles, cigarette butts and dumped bulky waste — while driving, producing a street-by-street litter map.",
    description: `Municipalities spend millions on cleaning streets, but rarely know where litter builds up and why. LitterLens measures it automatically during normal rounds.

**How it works**
- A rugged camera unit is mounted on vehicles that already drive through the city, such as street sweepers or refuse trucks.
- An image-recognition model on the device detects and classifies litter into more than 20 categories, including drinks cans and bottles covered by the deposit scheme, cigarette butts, face masks and fly-tipped bulky waste.
- Faces and licence plates are blurred on the device; only detections and GPS positions are sent to the platform.

The dashboard shows litter hotspots, trends over time and the effect of measures such as extra bins, deposit schemes or enforcement. Cleaning schedules can be adjusted per street, and reports of fly-tipping can be forwarded automatically to the public-space reporting system.

LitterLens has a DPIA and is hosted in the EU. For municipalities and provinces (roadside litter along provincial roads).`,
    themes: ["circulaire-economie", "gezond-stedelijk-leven"],
    sdgs: [11, 12, 14],
    maturity: "pilot",
    targetGroups: ["gemeente", "provincie"],
    deployments: [
      { code: "GM0014", status: "active", since: "2024-02-01" },
      { code: "GM0080", status: "active", since: "2024-10-01" },
      { code: "GM0106", status: "planned", since: "2026-03-01" },
    ],
    assurances: ["avg", "bio"],
    hosting: "saas-eu",
    pricingModel: "abonnement",
    website: "https://litterlens.example/detection",
    contact: {
      name: "Marta Kowalska",
      role: "Co-founder and CEO",
      email: "marta@litterlens.example",
    },
  },
  {
    slug: "sa-litterlens-community-app",
    companySlug: "ca-litterlens",
    lang: "en",
    title: "LitterLens Community: gamified litter picking for volunteers",
    summary:
      "Concept for an app in which volunteer litter pickers log clean-ups, photos are classified automatically and municipalities see hotspots and can arrange collection of full bags.",
    description: `Thousands of residents pick up litter in their own neighbourhood, but their work is invisible to the municipality and their data is lost. LitterLens Community wants to connect volunteers and public-space teams.

**The idea**
- Volunteers start a clean-up in the app, take a photo of what they collect and the same recognition model used in LitterLens classifies the litter.
- Routes and hotspots are shown on a map; teams, schools and sports clubs can set challenges and earn badges.
- When a bag is full, volunteers drop a pin and the municipality's cleaning team collects it on its next round.
- Aggregated data feeds the municipal litter map and can be shared as open data for research on packaging waste.

We want to design the app with volunteer groups and at least one municipality, making sure it is accessible and works for older volunteers as well. The app will be free for residents and open source (MIT); location data is stored only with consent.`,
    themes: ["circulaire-economie", "gezond-stedelijk-leven"],
    sdgs: [11, 12],
    maturity: "idee",
    targetGroups: ["gemeente"],
    deployments: [],
    assurances: ["avg", "open-source"],
    openSourceLicence: "MIT",
    hosting: "saas-eu",
    pricingModel: "gratis",
    website: "https://litterlens.example/community",
    contact: {
      name: "Jonas Weber",
      role: "Community Manager",
      email: "jonas@litterlens.example",
    },
  },
  // ── EnergieMaatje ──────────────────────────────────────────────────────────
  {
    slug: "sa-energiemaatje-coach-app",
    companySlug: "ca-energiemaatje",
    lang: "nl",
    title: "EnergieMaatje: app voor energiecoaching van huishoudens",
    summary:
      "App en beheeromgeving waarmee vrijwillige energiecoaches huishoudens helpen energie te besparen, maatregelen registreren en gemeenten de aanpak van energiearmoede kunnen volgen.",
    description: `Gemeenten zetten steeds vaker energiecoaches in om huishoudens met hoge energielasten te helpen. EnergieMaatje ondersteunt de hele keten, van werving tot resultaat.

**Voor gemeenten**
- kaarten met buurten waar het risico op energiearmoede het hoogst is (op basis van CBS- en TNO-indicatoren)
- planning en verdeling van huisbezoeken over coaches
- rapportages over bereik, maatregelen en geschatte besparing, bruikbaar voor de verantwoording van rijksmiddelen

**Voor coaches**
- een checklist per woningtype en stapsgewijze uitleg van kleine maatregelen (radiatorfolie, tochtstrips, ledlampen, waterbesparende douchekop)
- inzicht in het energieverbruik via de slimme meter, alleen met toestemming van het huishouden
- verwijzing naar regelingen zoals het energiefonds en de gemeentelijke energietoeslag

Persoonsgegevens worden alleen met toestemming verwerkt; er is een model-DPIA en een verwerkersovereenkomst. De app is beschikbaar in het Nederlands, Engels, Turks, Arabisch en Pools en voldoet aan WCAG 2.1 AA.`,
    themes: ["energietransitie", "kansengelijkheid"],
    sdgs: [1, 7, 10],
    maturity: "opgeschaald",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0855", status: "active", since: "2021-11-01" },
      { code: "GM0758", status: "active", since: "2022-01-15" },
      { code: "GM0917", status: "active", since: "2022-10-01" },
      { code: "GM0363", status: "active", since: "2023-01-09" },
      { code: "GM0114", status: "active", since: "2023-09-01" },
    ],
    assurances: ["avg", "wcag", "bio"],
    hosting: "saas-nl",
    pricingModel: "per-inwoner",
    website: "https://energiemaatje.example/app",
    contact: {
      name: "Esther Vermeulen",
      role: "Directeur-bestuurder",
      email: "e.vermeulen@energiemaatje.example",
    },
  },
  {
    slug: "sa-energiemaatje-fixteam-planner",
    companySlug: "ca-energiemaatje",
    lang: "nl",
    title: "FIXteam Planner: kleine energiemaatregelen slim inplannen",
    summary:
      "Plannings- en voorraadsysteem voor FIXteams die bij huurders en eigenaar-bewoners kleine isolatiemaatregelen aanbrengen, met afspraakbevestiging per sms en rapportage per wijk.",
    description: `FIXteams brengen gratis kleine maatregelen aan zoals tochtstrips, radiatorfolie en deurdrangers. Vaak werken er mensen met een afstand tot de arbeidsmarkt, die zo werkervaring opdoen. De FIXteam Planner maakt de organisatie eenvoudig.

**Functies**
- aanmeldformulier voor inwoners in eenvoudige taal, ook telefonisch in te voeren door het klantcontactcentrum
- slimme planning van afspraken per wijk en per team, met sms-herinneringen aan bewoners
- materiaalvoorraad per bus en automatische bestellijsten
- registratie van aangebrachte maatregelen en geschatte besparing per woning
- overzicht van werkervaringsuren per teamlid voor de re-integratieverantwoording

De planner koppelt met het woningbestand van corporaties (alleen adres en woningtype) en levert rapportages per buurt en per financieringsbron. Persoonsgegevens van bewoners worden na afronding van het bezoek en de nazorgperiode verwijderd.

Voor gemeenten, woningcorporaties en sociale ondernemingen die een FIXteam of klusteam organiseren.`,
    themes: ["energietransitie", "kansengelijkheid"],
    sdgs: [7, 8, 10],
    maturity: "bewezen",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0855", status: "active", since: "2022-09-01" },
      { code: "GM0828", status: "active", since: "2023-03-01" },
      { code: "GM0988", status: "ended", since: "2022-11-01" },
    ],
    assurances: ["avg"],
    hosting: "saas-nl",
    pricingModel: "abonnement",
    website: "https://energiemaatje.example/fixteam",
    contact: {
      name: "Rachid Bouzid",
      role: "Coördinator FIXteams",
      email: "r.bouzid@energiemaatje.example",
    },
  },
  // ── Dakatlas ───────────────────────────────────────────────────────────────
  {
    slug: "sa-dakatlas-zonnedaken",
    companySlug: "ca-dakatlas",
    lang: "nl",
    title: "Dakatlas Zon: geschiktheidskaart voor zonnepanelen",
    summary:
      "Berekent voor elk dak in de gemeente de geschiktheid voor zonnepanelen, de verwachte opbrengst en de terugverdientijd, en toont inwoners en bedrijven dat via een adrescheck op de gemeentelijke website.",
    description: `Dakatlas Zon helpt gemeenten om het potentieel van zonne-energie op daken te benutten, van woningen tot grote bedrijfsdaken.

**Hoe het werkt**
- Dakvlakken, hellingen en oriëntatie worden bepaald uit de AHN-hoogtedata en 3D BAG.
- Schaduw van bomen en gebouwen wordt per uur door het jaar heen gesimuleerd; instraling komt van KNMI-gegevens.
- Per dakvlak berekent het model het aantal panelen, de jaaropbrengst in kWh en een indicatieve terugverdientijd.
- Monumenten en beschermde stadsgezichten worden gemarkeerd, met een link naar de lokale regels.

Inwoners vullen hun adres in op de website van de gemeente en krijgen direct advies, met verwijzing naar het energieloket. Voor beleidsmedewerkers is er een kaart met grote daken en een analyse van netcongestie, zodat u gericht bedrijven en energiecoöperaties kunt benaderen.

De adrescheck voldoet aan WCAG 2.1 AA en verwerkt geen persoonsgegevens. Dakatlas Zon wordt gebruikt door gemeenten, provincies en RES-regio's.`,
    themes: ["energietransitie"],
    sdgs: [7, 13],
    maturity: "opgeschaald",
    targetGroups: ["gemeente", "provincie"],
    deployments: [
      { code: "GM0307", status: "active", since: "2021-03-01" },
      { code: "GM0342", status: "active", since: "2021-09-01" },
      { code: "GM0355", status: "active", since: "2022-04-01" },
      { code: "PV26", status: "active", since: "2022-06-01" },
      { code: "GM0448", status: "active", since: "2023-05-01" },
    ],
    assurances: ["wcag", "bio"],
    hosting: "saas-nl",
    pricingModel: "licentie",
    website: "https://dakatlas.example/zon",
    contact: {
      name: "Wouter Meijer",
      role: "Accountmanager overheid",
      email: "w.meijer@dakatlas.example",
    },
  },
  {
    slug: "sa-dakatlas-groenblauwe-daken",
    companySlug: "ca-dakatlas",
    lang: "nl",
    title: "Dakatlas Groen-Blauw: potentie voor groene en blauwe daken",
    summary:
      "Kaart die per plat dak laat zien of het geschikt is voor een groen dak, waterberging of een combinatie met zonnepanelen, gekoppeld aan hittestress en wateroverlast in de buurt.",
    description: `Platte daken zijn een grote, onbenutte ruimte voor klimaatadaptatie en biodiversiteit. Dakatlas Groen-Blauw helpt gemeenten om de meest kansrijke daken te vinden.

**Werking**
- Platte daken worden uit AHN en 3D BAG gehaald; op basis van bouwjaar, gebruiksfunctie en daktype schat het model de draagkracht.
- Elk dak krijgt een score voor een sedumdak, een biodivers daktuin, een blauw dak met waterberging of een combinatie van groen en zon.
- De score weegt mee hoe groot de hittestress en het risico op wateroverlast in de directe omgeving zijn (uit de klimaatstresstest en de Klimaateffectatlas).
- Eigenaren zien een indicatie van kosten, subsidiemogelijkheden en voordelen zoals een langere levensduur van de dakbedekking.

In de pilot gebruiken gemeenten de kaart om eigenaren van grote daken gericht te benaderen en om hun subsidieregeling groene daken te evalueren. De publieksversie voldoet aan WCAG 2.1 AA.`,
    themes: ["klimaatadaptatie", "biodiversiteit", "energietransitie"],
    sdgs: [11, 13, 15],
    maturity: "pilot",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0307", status: "active", since: "2024-04-01" },
      { code: "GM0632", status: "active", since: "2025-03-01" },
    ],
    assurances: ["wcag"],
    hosting: "saas-nl",
    pricingModel: "licentie",
    website: "https://dakatlas.example/groen-blauw",
    contact: {
      name: "Marloes Kuipers",
      role: "Adviseur klimaatadaptatie",
      email: "m.kuipers@dakatlas.example",
    },
  },
  // ── Boomregister ───────────────────────────────────────────────────────────
  {
    slug: "sa-boomregister-bomenbeheer",
    companySlug: "ca-boomregister",
    lang: "nl",
    title: "Boomregister: bomenbeheer, boomveiligheid en ecosysteemdiensten",
    summary:
      "Digitaal bomenregister met boomveiligheidscontroles, werkorders en een berekening van wat elke boom oplevert aan verkoeling, waterberging, CO₂-opslag en biodiversiteit.",
    description: `Gemeenten beheren tienduizenden bomen en hebben een zorgplicht voor de veiligheid ervan. Tegelijk worden bomen steeds belangrijker voor verkoeling en natuur. Boomregister brengt beheer en beleid samen.

**Functies**
- boomkaart op basis van de BGT, met soort, plantjaar, stamdiameter, conditie en standplaats
- offline inspectie-app voor boomveiligheidscontroles (VTA), inclusief foto's en risicoklasse
- werkorders voor snoei, kap en herplant, ook voor aannemers
- berekening van ecosysteemdiensten per boom en per buurt: verkoeling, wateropvang, koolstofopslag en waarde voor insecten en vogels
- monitoring van kroonbedekking per buurt, bijvoorbeeld om de 3-30-300-richtlijn te volgen

Gegevens worden ontsloten via open API's en als WFS-dienst, zodat ze ook in de omgevingsvisie, de klimaatstresstest en de openbare boomkaart voor inwoners gebruikt kunnen worden. Boomregister is gebouwd volgens Common Ground en voldoet aan de BIO. Voor gemeenten en provincies met bomen langs provinciale wegen.`,
    themes: ["biodiversiteit", "klimaatadaptatie"],
    sdgs: [11, 13, 15],
    maturity: "bewezen",
    targetGroups: ["gemeente", "provincie"],
    deployments: [
      { code: "GM0796", status: "active", since: "2021-06-01" },
      { code: "GM1948", status: "active", since: "2022-01-01" },
      { code: "GM0865", status: "active", since: "2022-05-01" },
      { code: "PV30", status: "active", since: "2023-02-01" },
      { code: "GM0384", status: "ended", since: "2021-04-01" },
    ],
    assurances: ["common-ground", "bio", "wcag"],
    hosting: "saas-nl",
    pricingModel: "abonnement",
    website: "https://boomregister.example/beheer",
    contact: {
      name: "Pieter van den Heuvel",
      role: "Boomtechnisch adviseur",
      email: "p.vandenheuvel@boomregister.example",
    },
  },
  {
    slug: "sa-boomregister-kroonscan",
    companySlug: "ca-boomregister",
    lang: "nl",
    title: "KroonScan: boomvitaliteit uit luchtfoto's en hoogtedata",
    summary:
      "Prototype dat met jaarlijkse infraroodluchtfoto's en AHN-hoogtedata automatisch vaststelt welke bomen achteruitgaan door droogte, ziekte of bouwwerkzaamheden.",
    description: `Bij droge zomers en ziektes zoals essentaksterfte gaat de conditie van bomen snel achteruit. Inspecteurs kunnen niet elk jaar elke boom bezoeken. KroonScan helpt prioriteren.

**Hoe het werkt**
- Per boom uit het bomenregister wordt de kroon afgebakend met de AHN-puntenwolk.
- Uit de jaarlijkse luchtfoto's van PDOK (inclusief het infraroodkanaal) berekent een model vegetatie-indexen per kroon.
- Veranderingen ten opzichte van voorgaande jaren en vergelijkbare bomen in de buurt leveren een vitaliteitsscore op.
- Bomen met een dalende score komen bovenaan de inspectielijst te staan.

Het prototype is getest op historische data van drie gemeenten en herkende het merendeel van de later gekapte, zieke essen een jaar eerder dan de reguliere inspectie.

KroonScan gebruikt alleen open geodata. De analysecode komt beschikbaar onder Apache-2.0 en kan losstaand of als module van Boomregister worden gebruikt.`,
    themes: ["biodiversiteit", "klimaatadaptatie"],
    sdgs: [13, 15],
    maturity: "prototype",
    targetGroups: ["gemeente", "provincie"],
    deployments: [],
    assurances: ["open-source"],
    openSourceLicence: "Apache-2.0",
    hosting: "saas-nl",
    pricingModel: "projectprijs",
    website: "https://boomregister.example/kroonscan",
    contact: {
      name: "Eline Schouten",
      role: "GIS-specialist",
      email: "e.schouten@boomregister.example",
    },
  },
  // ── Praktijklab Klimaatbestendige Stad (kennisinstelling) ──────────────────
  {
    slug: "sa-klimaatlab-open-stresstest",
    companySlug: "ca-praktijklab-klimaatstad",
    lang: "nl",
    title: "Open Stresstest Toolkit voor kleinere gemeenten",
    summary:
      "Open-source rekentool met stappenplan waarmee kleinere gemeenten zelf een klimaatstresstest uitvoeren voor wateroverlast, hitte, droogte en overstroming, met open data en de KNMI-klimaatscenario's.",
    description: `Kleinere gemeenten hebben vaak geen budget om hun klimaatstresstest elke zes jaar door een adviesbureau te laten actualiseren. Het Praktijklab ontwikkelt met studenten een toolkit waarmee ze dat zelf kunnen.

**Wat zit erin**
- een QGIS-plugin die met één klik de benodigde open data ophaalt: AHN-hoogtemodel, BGT, bodemkaart, riooldata uit de eigen GWSW-bestanden
- eenvoudige modellen voor water op straat bij een bui van 70 mm in 2 uur, hitte (gevoelstemperatuur), droogte en overstroming
- toepassing van de KNMI'23-klimaatscenario's
- sjablonen voor kaarten en een risicodialoog met inwoners, conform de landelijke standaard voor stresstesten

De toolkit draait lokaal en vraagt geen licenties. Resultaten zijn vergelijkbaar met die van commerciële stresstesten, al zijn ze grover voor complexe stedelijke situaties; in de handleiding staat wanneer extra modellering nodig is.

Het lab zoekt gemeenten die de toolkit willen testen en studenten een stageplek bieden.`,
    themes: ["klimaatadaptatie"],
    sdgs: [6, 11, 13],
    maturity: "prototype",
    targetGroups: ["gemeente", "waterschap"],
    deployments: [],
    assurances: ["open-source"],
    openSourceLicence: "EUPL-1.2",
    hosting: "on-premise",
    pricingModel: "gratis",
    website: "https://praktijklab-klimaatstad.example/stresstest",
    contact: {
      name: "Dr. Ingrid Voskuilen",
      role: "Lector Klimaatbestendige Stad",
      email: "i.voskuilen@praktijklab-klimaatstad.example",
    },
  },
  {
    slug: "sa-klimaatlab-schoolpleinmonitor",
    companySlug: "ca-praktijklab-klimaatstad",
    lang: "nl",
    title: "Groene Schoolpleinen Monitor",
    summary:
      "Meetnet en lesprogramma waarmee leerlingen samen met onderzoekers temperatuur, bodemvocht en gebruik van vergroende schoolpleinen meten, met voorrang voor scholen in wijken met weinig groen.",
    description: `Kinderen in wijken met weinig groen en veel verharding hebben vaker last van hitte en minder plek om buiten te spelen. Vergroende schoolpleinen helpen, maar het effect wordt zelden gemeten.

**Hoe het werkt**
- Op elk plein komen kleine sensoren voor luchttemperatuur, oppervlaktetemperatuur en bodemvocht, die via LoRaWAN data doorsturen.
- Leerlingen doen mee als onderzoekers: met een lespakket meten ze zelf schaduw, tellen insecten en houden bij hoe het plein gebruikt wordt.
- Een openbaar dashboard vergelijkt groene en grijze pleinen en rekent het effect op hitte en wateropvang uit.
- Met CBS-buurtcijfers en gegevens over onderwijsachterstanden helpt de monitor gemeenten kiezen welke pleinen eerst vergroend moeten worden.

Er worden geen persoonsgegevens van leerlingen vastgelegd. De software en het lesmateriaal zijn open (MIT). Het lab voert de monitor uit in samenwerking met gemeenten, schoolbesturen en het waterschap.`,
    themes: ["klimaatadaptatie", "kansengelijkheid", "gezond-stedelijk-leven"],
    sdgs: [4, 11, 13],
    maturity: "pilot",
    targetGroups: ["gemeente", "waterschap"],
    deployments: [
      { code: "GM0505", status: "active", since: "2023-09-01" },
      { code: "GM0590", status: "active", since: "2024-03-01" },
      { code: "GM0642", status: "ended", since: "2023-03-01" },
    ],
    assurances: ["avg", "open-source"],
    openSourceLicence: "MIT",
    hosting: "saas-nl",
    pricingModel: "projectprijs",
    website: "https://praktijklab-klimaatstad.example/schoolpleinen",
    contact: {
      name: "Joost Hoogendoorn",
      role: "Onderzoeker en projectleider",
      email: "j.hoogendoorn@praktijklab-klimaatstad.example",
    },
  },
  // ── Open Energy Systems Lab (kennisinstelling, English) ────────────────────
  {
    slug: "sa-oesl-gridscope",
    companySlug: "ca-open-energy-lab",
    lang: "en",
    title: "GridScope: neighbourhood grid congestion explorer",
    summary:
      "Open-source model that estimates when low-voltage grids in a neighbourhood reach their limits as heat pumps, EV chargers and rooftop solar are added, so municipalities can phase heat and charging plans.",
    description: `Grid congestion is becoming the bottleneck of the local energy transition. Municipalities plan gas-free neighbourhoods and charging points, but only the grid operator knows where the cables are full. GridScope gives both sides a shared picture.

**How it works**
- Building stock and heat demand come from BAG, energy labels and CBS gas and electricity statistics per postcode area.
- Scenarios add heat pumps, EV charging and rooftop solar year by year, using national projections or local plans.
- A simplified load-flow model estimates peak loads per substation area, using public grid-capacity maps and, where a grid operator shares them, anonymised transformer data.
- Results show which neighbourhoods hit limits first and which measures help: insulation first, smart charging, home batteries or community heat.

GridScope is a research prototype developed with Twente municipalities and students. It runs locally or in a notebook environment, and all code and assumptions are published under Apache-2.0 so that results can be checked and reused.`,
    themes: ["energietransitie", "duurzame-mobiliteit"],
    sdgs: [7, 9, 11],
    maturity: "prototype",
    targetGroups: ["gemeente", "provincie"],
    deployments: [],
    assurances: ["open-source"],
    openSourceLicence: "Apache-2.0",
    hosting: "on-premise",
    pricingModel: "gratis",
    website: "https://open-energy-lab.example/gridscope",
    contact: {
      name: "Dr. Stefan Kruse",
      role: "Senior Researcher, Energy Systems",
      email: "s.kruse@open-energy-lab.example",
    },
  },
  {
    slug: "sa-oesl-energy-poverty-radar",
    companySlug: "ca-open-energy-lab",
    lang: "en",
    title: "Energy Poverty Radar: street-level risk index for targeted retrofit",
    summary:
      "Combines CBS statistics on income, energy labels and household energy costs into a street-level energy poverty risk index, helping municipalities target insulation and outreach without processing personal data.",
    description: `Energy poverty is concentrated in specific streets: older rented homes with poor insulation, occupied by households on low incomes. National indicators exist, but only at neighbourhood level. Energy Poverty Radar zooms in further.

**Method**
- Combines open data: energy labels and building year (BAG, EP-online), CBS statistics on income and household composition, average gas and electricity use per postcode, and housing-association ownership.
- A transparent scoring model estimates the share of households with a high energy burden, low-quality housing or both, per street segment.
- Results are suppressed for small groups to prevent identification of individual households.

Municipalities use the Radar to decide where energy coaches go door to door, where insulation grants are promoted and which streets to prioritise in the heat programme. The method is documented in a public report, and the code is open source under EUPL-1.2.

The lab runs the Radar as a free service for municipalities in the pilot and trains policy officers to use and update it themselves.`,
    themes: ["energietransitie", "kansengelijkheid"],
    sdgs: [1, 7, 10],
    maturity: "pilot",
    targetGroups: ["gemeente", "provincie"],
    deployments: [
      { code: "GM0153", status: "active", since: "2024-01-15" },
      { code: "GM0164", status: "active", since: "2024-06-01" },
      { code: "PV23", status: "active", since: "2025-02-01" },
      { code: "GM0141", status: "planned", since: "2026-01-15" },
    ],
    assurances: ["open-source", "avg"],
    openSourceLicence: "EUPL-1.2",
    hosting: "saas-nl",
    pricingModel: "gratis",
    website: "https://open-energy-lab.example/energy-poverty-radar",
    contact: {
      name: "Femke Nijhuis",
      role: "Researcher, Energy Justice",
      email: "f.nijhuis@open-energy-lab.example",
    },
  },
  // ── FloodSense (English) ───────────────────────────────────────────────────
  {
    slug: "sa-floodsense-street-flood-sensors",
    companySlug: "ca-floodsense",
    lang: "en",
    title: "FloodSense: street flood sensors and early warning",
    summary:
      "Low-cost water-level sensors in streets, underpasses, gullies and sewer overflows that warn field staff and residents when flooding builds up during cloudbursts.",
    description: `Cloudbursts are getting heavier and sewers cannot handle every storm. FloodSense helps municipalities see waterlogging as it happens and respond before damage is done.

**How it works**
- Compact flood sensors are mounted in underpasses, low-lying streets, kerb gullies and at combined sewer overflows. They measure water depth every minute during rainfall.
- The platform combines sensor data with KNMI radar nowcasts to forecast where flooding is likely in the next hour.
- Alerts go to field staff by app and SMS; optionally residents and businesses in high-risk streets can subscribe to warnings.
- After each event, a report shows where and how long water stood on the street, which helps prioritise sewer and climate-adaptation investments.

Data is available through an open API and can be shared with the water board. Resident subscriptions are stored separately with explicit consent, as described in the DPIA. FloodSense is hosted in the EU and meets BIO requirements. For municipalities and water boards.`,
    themes: ["klimaatadaptatie", "veiligheid"],
    sdgs: [6, 11, 13],
    maturity: "bewezen",
    targetGroups: ["gemeente", "waterschap"],
    deployments: [
      { code: "GM0687", status: "active", since: "2022-06-01" },
      { code: "GM0718", status: "active", since: "2022-09-01" },
      { code: "GM0664", status: "active", since: "2023-04-01" },
      { code: "GM0599", status: "active", since: "2023-07-01" },
      { code: "GM0363", status: "planned", since: "2026-04-01" },
    ],
    assurances: ["bio", "avg"],
    hosting: "saas-eu",
    pricingModel: "abonnement",
    website: "https://floodsense.example/street-sensors",
    contact: {
      name: "Emma Clarke",
      role: "Customer Success Manager",
      email: "emma.clarke@floodsense.example",
    },
  },
  {
    slug: "sa-floodsense-droughtwatch",
    companySlug: "ca-floodsense",
    lang: "en",
    title: "DroughtWatch: soil moisture and drought monitoring for nature and green space",
    summary:
      "Combines soil moisture sensors, Sentinel-1 radar and groundwater data to monitor drought in nature areas, parks and young tree plantings, and tells managers when and where to act.",
    description: `Dry summers damage nature reserves, peat areas and newly planted trees. Most organisations only notice when the damage is visible. DroughtWatch gives an early signal.

**How it works**
- Wireless soil moisture probes are installed at representative locations at several depths.
- Satellite radar (Sentinel-1) is used to estimate soil moisture between the probes at field scale, updated every few days.
- Groundwater levels from existing monitoring networks and the national subsurface register are added, together with KNMI precipitation deficit data.
- Managers get a map with drought stress per area and alerts, for example when young street trees need watering or when water levels in a Natura 2000 area drop below target.

Provinces use DroughtWatch to monitor vulnerable nature, water boards to support water-level management and municipalities to plan watering rounds more efficiently. No personal data is processed. Delivered as a project with annual reporting.`,
    themes: ["klimaatadaptatie", "biodiversiteit"],
    sdgs: [6, 13, 15],
    maturity: "pilot",
    targetGroups: ["provincie", "waterschap", "gemeente"],
    deployments: [
      { code: "PV29", status: "active", since: "2024-05-01" },
      { code: "GM1676", status: "active", since: "2024-07-01" },
      { code: "PV30", status: "active", since: "2025-04-01" },
    ],
    assurances: ["bio"],
    hosting: "saas-eu",
    pricingModel: "projectprijs",
    website: "https://floodsense.example/droughtwatch",
    contact: {
      name: "Pieter-Jan Dhondt",
      role: "Hydrologist",
      email: "pj.dhondt@floodsense.example",
    },
  },
  // ── Fietsteller ────────────────────────────────────────────────────────────
  {
    slug: "sa-fietsteller-telnetwerk",
    companySlug: "ca-fietsteller",
    lang: "nl",
    title: "Fietsteller: slimme fietstellingen en routemonitor",
    summary:
      "Netwerk van camera-tellers en detectielussen dat fietsers, voetgangers, speed-pedelecs en bromfietsers onderscheidt en in een dashboard laat zien hoe fietsroutes worden gebruikt.",
    description: `Wie fietsbeleid maakt, wil weten hoeveel mensen waar fietsen en of nieuwe routes werken. Fietsteller levert die cijfers continu.

**Onderdelen**
- camera-tellers met beeldherkenning op het apparaat, die onderscheid maken tussen gewone fietsen, e-bikes, speed-pedelecs, bakfietsen, bromfietsen en voetgangers
- koppeling met bestaande detectielussen bij verkeerslichten
- een dashboard met intensiteiten per uur, dag en seizoen, snelheden en het effect van weer (KNMI-data)
- signalering van drukte op smalle fietspaden, als basis voor verkeersveiligheidsmaatregelen

De tellers slaan geen beelden op; alleen tellingen en geanonimiseerde snelheden worden verstuurd. Tellingen kunnen worden doorgeleverd aan het Nationaal Dataportaal Wegverkeer, zodat ze ook in regionale verkeersmodellen gebruikt worden.

Fietsteller wordt ingezet door gemeenten en provincies bij snelfietsroutes, schoolroutes en binnensteden, en voor de evaluatie van nieuwe fietsinfrastructuur.`,
    themes: ["duurzame-mobiliteit", "veiligheid"],
    sdgs: [3, 11],
    maturity: "bewezen",
    targetGroups: ["gemeente", "provincie"],
    deployments: [
      { code: "GM0321", status: "active", since: "2021-08-01" },
      { code: "GM0344", status: "active", since: "2022-03-15" },
      { code: "PV26", status: "active", since: "2022-09-01" },
      { code: "GM0513", status: "active", since: "2023-06-01" },
      { code: "GM0356", status: "ended", since: "2021-05-01" },
    ],
    assurances: ["avg", "bio"],
    hosting: "saas-nl",
    pricingModel: "abonnement",
    website: "https://fietsteller.example/telnetwerk",
    contact: {
      name: "Anouk van Dijk",
      role: "Verkeerskundige",
      email: "a.vandijk@fietsteller.example",
    },
  },
  {
    slug: "sa-fietsteller-veilige-schoolroutes",
    companySlug: "ca-fietsteller",
    lang: "nl",
    title: "Veilige Schoolroutes: samen met kinderen knelpunten in kaart",
    summary:
      "Idee voor een platform waarop kinderen, ouders en scholen onveilige plekken op de route naar school markeren, aangevuld met tellingen en ongevallendata, zodat gemeenten gericht maatregelen kunnen nemen.",
    description: `In sommige wijken fietsen veel minder kinderen naar school dan elders, vaak omdat ouders de route onveilig vinden of omdat kinderen nooit goed hebben leren fietsen. Veilige Schoolroutes wil dat zichtbaar maken en aanpakken.

**Het idee**
- Leerlingen van groep 6 tot en met 8 tekenen in een les hun route en markeren plekken waar ze zich onveilig voelen; ouders kunnen thuis aanvullen.
- Het platform combineert die meldingen met fietstellingen, snelheidsmetingen en ongevallendata.
- Gemeenten krijgen per school een overzicht van knelpunten en een prioritering, die aansluit op het landelijke beleid voor verkeersveiligheid.
- Extra aandacht voor wijken waar weinig kinderen fietsen, gekoppeld aan fietslessen en een fietsenbank.

We zoeken een gemeente en enkele scholen om het concept uit te werken. Er worden geen namen van kinderen vastgelegd; meldingen zijn anoniem en de toepassing wordt ontworpen volgens WCAG 2.1 AA.`,
    themes: ["duurzame-mobiliteit", "veiligheid", "kansengelijkheid"],
    sdgs: [3, 4, 11],
    maturity: "idee",
    targetGroups: ["gemeente"],
    deployments: [],
    assurances: ["avg", "wcag"],
    hosting: "saas-nl",
    pricingModel: "op-aanvraag",
    website: "https://fietsteller.example/schoolroutes",
    contact: {
      name: "Sem de Boer",
      role: "Innovatiemanager",
      email: "s.deboer@fietsteller.example",
    },
  },
  // ── Kansenkompas ───────────────────────────────────────────────────────────
  {
    slug: "sa-kansenkompas-wijkmonitor",
    companySlug: "ca-kansenkompas",
    lang: "nl",
    title: "Kansenkompas Wijkmonitor: kansenongelijkheid per buurt in beeld",
    summary:
      "Monitor die per wijk en buurt onderwijs, inkomen, gezondheid, werk en laaggeletterdheid combineert, zodat gemeenten zien waar kansen ongelijk verdeeld zijn en of hun aanpak effect heeft.",
    description: `Kansenongelijkheid stapelt zich op in dezelfde buurten: lagere schooladviezen, meer armoede, slechtere gezondheid. Beleid is vaak versnipperd over teams. De Kansenkompas Wijkmonitor brengt alles samen in één beeld.

**Inhoud**
- indicatoren uit CBS-statistieken (inkomen, uitkeringen, jeugd), DUO-gegevens over schooladviezen en onderwijsachterstanden, en de Gezondheidsmonitor van GGD en RIVM
- inschattingen van laaggeletterdheid en digitale vaardigheden per buurt
- ruimte voor eigen gemeentelijke data, zoals gebruik van minimaregelingen en schuldhulp
- een wijkprofiel dat te gebruiken is in gesprekken met bewoners, scholen en partners

Met de trendfunctie volgt u of een wijkaanpak effect heeft, bijvoorbeeld in gebieden van het Nationaal Programma Leefbaarheid en Veiligheid. Alle gegevens zijn geaggregeerd en kleine aantallen worden afgeschermd, zodat ze niet herleidbaar zijn tot personen.

Voor beleidsmakers en onderzoekers in het sociaal domein van gemeenten.`,
    themes: ["kansengelijkheid"],
    sdgs: [1, 4, 10],
    maturity: "bewezen",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0917", status: "active", since: "2021-09-01" },
      { code: "GM0928", status: "active", since: "2022-02-01" },
      { code: "GM0899", status: "active", since: "2022-02-01" },
      { code: "GM1883", status: "active", since: "2023-01-01" },
      { code: "GM0935", status: "planned", since: "2026-02-01" },
    ],
    assurances: ["avg", "wcag", "bio"],
    hosting: "saas-nl",
    pricingModel: "abonnement",
    website: "https://kansenkompas.example/wijkmonitor",
    contact: {
      name: "Lieke Frissen",
      role: "Senior onderzoeker sociaal domein",
      email: "l.frissen@kansenkompas.example",
    },
  },
  {
    slug: "sa-kansenkompas-taalmaatje",
    companySlug: "ca-kansenkompas",
    lang: "nl",
    title: "Taalmaatje Digitaal: taalvrijwilligers en laaggeletterden slim koppelen",
    summary:
      "Platform waarmee Taalhuizen, bibliotheken en welzijnsorganisaties taalvrijwilligers koppelen aan inwoners die beter willen leren lezen, schrijven of digitaal meedoen.",
    description: `Veel gemeenten hebben lange wachtlijsten voor taalmaatjes, terwijl vrijwilligers afhaken omdat de matching traag gaat. Taalmaatje Digitaal versnelt dat proces.

**Functies**
- intake met eenvoudige vragen en pictogrammen, ook door een medewerker in te vullen
- automatische matchvoorstellen op basis van buurt, beschikbaarheid, leerdoel en interesses
- een oefenomgeving met korte opdrachten over dagelijkse situaties, zoals een brief van de gemeente of een DigiD-aanvraag
- voortgangsregistratie en rapportage voor de regionale aanpak laaggeletterdheid

Het platform is ontworpen met en voor mensen met beperkte taal- en digitale vaardigheden: grote knoppen, voorleesfunctie en video-uitleg. Deelnemers kunnen zelf zien welke gegevens over hen zijn vastgelegd.

Gegevens worden in Nederland opgeslagen; er is een DPIA en een verwerkersovereenkomst. Voor gemeenten, bibliotheken en Taalhuizen.`,
    themes: ["kansengelijkheid", "digitale-inclusie"],
    sdgs: [4, 10],
    maturity: "pilot",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0917", status: "active", since: "2024-02-01" },
      { code: "GM0983", status: "active", since: "2024-09-01" },
    ],
    assurances: ["avg", "wcag"],
    hosting: "saas-nl",
    pricingModel: "per-inwoner",
    website: "https://kansenkompas.example/taalmaatje",
    contact: {
      name: "Bram Lemmens",
      role: "Projectleider basisvaardigheden",
      email: "b.lemmens@kansenkompas.example",
    },
  },
  {
    slug: "sa-kansenkompas-regelingenwijzer",
    companySlug: "ca-kansenkompas",
    lang: "nl",
    title: "Regelingenwijzer: proactief inkomensondersteuning aanbieden",
    summary:
      "Idee voor een module waarmee gemeenten inwoners proactief wijzen op minimaregelingen waar ze waarschijnlijk recht op hebben, om niet-gebruik van bijvoorbeeld het kindpakket en de inkomenstoeslag te verminderen.",
    description: `Een groot deel van de huishoudens met een laag inkomen maakt geen gebruik van regelingen waar ze recht op hebben, zoals de individuele inkomenstoeslag, bijzondere bijstand of het kindpakket. Het aanvragen is ingewikkeld en mensen weten vaak niet dat de regeling bestaat.

**Het idee**
- De Regelingenwijzer gebruikt gegevens die de gemeente al rechtmatig heeft (bijvoorbeeld over een bijstandsuitkering of kwijtschelding) om te bepalen wie waarschijnlijk in aanmerking komt.
- Medewerkers krijgen een lijst met huishoudens om proactief te benaderen, met een vooringevulde aanvraag.
- Elke stap wordt getoetst aan de juridische grondslag; het ontwerp sluit aan op de landelijke plannen voor proactieve dienstverlening in de sociale zekerheid.
- Er wordt geen risicoprofilering gedaan: de module zoekt alleen naar rechten, niet naar fraude.

We willen de Regelingenwijzer ontwikkelen als Common Ground-component met een uitlegbaar regelbestand, samen met twee gemeenten, een privacy-officer en ervaringsdeskundigen.`,
    themes: ["kansengelijkheid", "dienstverlening"],
    sdgs: [1, 10, 16],
    maturity: "idee",
    targetGroups: ["gemeente"],
    deployments: [],
    assurances: ["avg", "common-ground"],
    hosting: "saas-nl",
    pricingModel: "op-aanvraag",
    website: "https://kansenkompas.example/regelingenwijzer",
    contact: {
      name: "Naima Ouali",
      role: "Adviseur inkomensondersteuning",
      email: "n.ouali@kansenkompas.example",
    },
  },
  // ── RetrofitReady (English) ────────────────────────────────────────────────
  {
    slug: "sa-retrofitready-roadmaps",
    companySlug: "ca-retrofitready",
    lang: "en",
    title: "RetrofitReady: personal retrofit roadmaps for owner-occupiers",
    summary:
      "Generates a step-by-step retrofit roadmap — insulation, ventilation, hybrid or all-electric heat pump — for every home type in a neighbourhood, so municipalities can run collective gas-free campaigns.",
    description: `Owner-occupiers want to make their homes more sustainable but get lost in conflicting advice. RetrofitReady gives each household a clear roadmap and helps municipalities organise collective action.

**How it works**
- Homes are grouped into archetypes using BAG building year, floor area, dwelling type and energy labels, refined with street-view and roof data.
- For each archetype, building physicists define a roadmap: which insulation measures first, when ventilation is needed, and whether a hybrid heat pump, all-electric heat pump or future heat network fits best.
- Residents enter their address and answer a few questions to get a personal plan with costs, expected savings, subsidies and loans from the national heat fund.
- Municipalities see aggregated interest per street and can organise group purchases of insulation or heat pumps with local installers.

RetrofitReady complements municipal energy desks and heat programmes. Resident data is only stored with consent and never shared with installers without explicit permission. The web app meets WCAG 2.1 AA.`,
    themes: ["energietransitie", "wonen"],
    sdgs: [7, 11, 13],
    maturity: "pilot",
    targetGroups: ["gemeente"],
    deployments: [
      { code: "GM0363", status: "active", since: "2024-03-01" },
      { code: "GM0362", status: "active", since: "2024-10-01" },
      { code: "GM0439", status: "planned", since: "2026-03-01" },
    ],
    assurances: ["avg", "wcag"],
    hosting: "saas-eu",
    pricingModel: "per-inwoner",
    website: "https://retrofitready.example/roadmaps",
    contact: {
      name: "Sofia Martínez",
      role: "Co-founder, Partnerships",
      email: "sofia@retrofitready.example",
    },
  },
  {
    slug: "sa-retrofitready-hoa-navigator",
    companySlug: "ca-retrofitready",
    lang: "en",
    title: "HOA Retrofit Navigator for apartment owners' associations",
    summary:
      "Concept for a tool that helps small homeowners' associations turn their long-term maintenance plan into a retrofit plan, prepare decisions for the owners' meeting and find financing.",
    description: `Apartment buildings are hard to retrofit: every owner has a vote, many small homeowners' associations (VvE's) are run by volunteers, and their maintenance plans rarely include sustainability. The HOA Retrofit Navigator aims to change that.

**The concept**
- Upload or enter the existing long-term maintenance plan; the tool links each planned job (roof, window frames, facade) to a matching sustainability upgrade such as roof insulation, HR++ glazing or a collective heat pump.
- Building data from BAG and energy labels is used to estimate savings and the impact on each apartment's energy label.
- The tool produces a clear proposal for the owners' meeting, including voting scenarios and monthly costs per apartment.
- Financing options such as the national heat fund's VvE loans and municipal subsidies are shown automatically.

Municipalities could offer the Navigator through their energy desk or VvE support programme and see which buildings are preparing a retrofit. We are looking for municipalities with many small VvE's to co-design the first version.`,
    themes: ["energietransitie", "wonen"],
    sdgs: [7, 11],
    maturity: "idee",
    targetGroups: ["gemeente"],
    deployments: [],
    assurances: ["avg"],
    hosting: "saas-eu",
    pricingModel: "abonnement",
    website: "https://retrofitready.example/hoa",
    contact: {
      name: "Oliver Grant",
      role: "Product Designer",
      email: "oliver@retrofitready.example",
    },
  },
  // ── Tweede Ronde ───────────────────────────────────────────────────────────
  {
    slug: "sa-tweederonde-inventarisplatform",
    companySlug: "ca-tweede-ronde",
    lang: "nl",
    title: "Tweede Ronde: hergebruikplatform voor overheidsinventaris",
    summary:
      "Interne en interbestuurlijke marktplaats waarop overheden overtollig meubilair, ICT-apparatuur en materialen aanbieden en hergebruiken, met rapportage over CO₂- en kostenbesparing.",
    description: `Bij verhuizingen en verbouwingen gooien overheden nog veel bruikbaar meubilair en apparatuur weg, terwijl een andere afdeling of gemeente hetzelfde nieuw inkoopt. Tweede Ronde maakt hergebruik de eerste keuze.

**Hoe het werkt**
- Medewerkers melden overtollige spullen aan met foto en een paar kenmerken; het platform stelt zelf de categorie en staat voor.
- Collega's in de eigen organisatie zien het aanbod eerst; daarna komt het beschikbaar voor andere aangesloten overheden, scholen en maatschappelijke organisaties.
- Bij een nieuwe inkoopaanvraag toont het platform eerst passend tweedehands aanbod.
- Per object wordt de vermeden CO₂-uitstoot en de besparing op inkoop berekend, voor rapportage over circulair inkopen.

Tweede Ronde koppelt met inkoop- en assetmanagementsystemen via een open API. De webapplicatie voldoet aan WCAG 2.1 AA en de BIO. Voor gemeenten, provincies, waterschappen en rijksorganisaties.`,
    themes: ["circulaire-economie"],
    sdgs: [12, 13],
    maturity: "opgeschaald",
    targetGroups: ["gemeente", "provincie", "waterschap", "rijk"],
    deployments: [
      { code: "GM0080", status: "active", since: "2021-02-01" },
      { code: "PV21", status: "active", since: "2021-06-01" },
      { code: "GM0193", status: "active", since: "2022-05-01" },
      { code: "GM0014", status: "active", since: "2022-11-01" },
      { code: "GM0072", status: "active", since: "2023-08-01" },
    ],
    assurances: ["bio", "wcag"],
    hosting: "saas-nl",
    pricingModel: "abonnement",
    website: "https://tweederonde.example/inventaris",
    contact: {
      name: "Hylke Postma",
      role: "Oprichter",
      email: "h.postma@tweederonde.example",
    },
  },
  {
    slug: "sa-tweederonde-kringloop-inzicht",
    companySlug: "ca-tweede-ronde",
    lang: "nl",
    title: "Kringloop Inzicht: impact- en re-integratiemonitor voor kringloopbedrijven",
    summary:
      "Prototype dat bij de inname, sortering en kassa van kringloopbedrijven vastlegt welke goederen worden hergebruikt, de milieuwinst berekent en werkervaringstrajecten van medewerkers volgt.",
    description: `Kringloopbedrijven zijn belangrijke partners van gemeenten: ze verminderen afval en bieden werkplekken aan mensen met een afstand tot de arbeidsmarkt. Maar hun impact is moeilijk aan te tonen. Kringloop Inzicht maakt die zichtbaar.

**Onderdelen**
- registratie bij inname en sortering met een tablet en weegschaal, per productgroep
- koppeling met het kassasysteem, zodat verkochte goederen als hergebruik worden geteld
- berekening van vermeden afval en CO₂-uitstoot volgens gangbare rekenregels voor hergebruik
- een module waarmee begeleiders de voortgang van werkervaringstrajecten vastleggen, als basis voor de afspraken met de gemeente over re-integratie

Gemeenten krijgen kwartaalrapportages over hergebruikpercentages en het aantal trajecten, zonder persoonsgegevens van deelnemers. Het prototype draait bij twee kringloopbedrijven in Friesland; we zoeken gemeenten die de rapportages in hun subsidierelatie willen gebruiken.`,
    themes: ["circulaire-economie", "kansengelijkheid"],
    sdgs: [8, 10, 12],
    maturity: "prototype",
    targetGroups: ["gemeente"],
    deployments: [],
    assurances: ["avg"],
    hosting: "saas-nl",
    pricingModel: "abonnement",
    website: "https://tweederonde.example/kringloop-inzicht",
    contact: {
      name: "Tjitske de Vries",
      role: "Productontwikkelaar",
      email: "t.devries@tweederonde.example",
    },
  },
  // ── Bloeiende Bermen ───────────────────────────────────────────────────────
  {
    slug: "sa-bloeiende-bermen-bermbeheer",
    companySlug: "ca-bloeiende-bermen",
    lang: "nl",
    title: "Bloeiende Bermen: ecologisch bermbeheer met data",
    summary:
      "App en beheerkaart voor ecologisch maaibeheer van bermen en dijken: plantenmonitoring met beeldherkenning, maaibestekken op maat en inzicht in de ontwikkeling van bloemrijke vegetatie en insecten.",
    description: `Bermen en dijken vormen samen een groot netwerk voor wilde planten, bijen en vlinders, mits ze ecologisch worden beheerd. Bloeiende Bermen helpt beheerders om dat goed te doen én te laten zien.

**Functies**
- beheerkaart op basis van de BGT met per bermvak het beheertype, zoals maaien en afvoeren, sinusbeheer of gefaseerd maaien
- een veldapp waarmee ecologen, aannemers en vrijwilligers planten vastleggen; beeldherkenning stelt de soort voor
- automatisch een vegetatiescore en advies per bermvak, met trends over meerdere jaren
- genereren van maaibestekken en werkplanningen voor aannemers
- export van waarnemingen naar de nationale databank flora en fauna

De app is ontwikkeld met gemeenten en een provincie in Drenthe en sluit aan bij de landelijke aanpak voor bestuivers. De broncode is open (EUPL-1.2). Geschikt voor gemeenten, provincies en waterschappen.`,
    themes: ["biodiversiteit"],
    sdgs: [15],
    maturity: "pilot",
    targetGroups: ["gemeente", "provincie", "waterschap"],
    deployments: [
      { code: "GM0106", status: "active", since: "2023-04-01" },
      { code: "GM1730", status: "active", since: "2024-03-01" },
      { code: "PV22", status: "active", since: "2024-05-01" },
      { code: "GM1699", status: "planned", since: "2026-03-01" },
    ],
    assurances: ["open-source", "bio"],
    openSourceLicence: "EUPL-1.2",
    hosting: "saas-nl",
    pricingModel: "abonnement",
    website: "https://bloeiendebermen.example/bermbeheer",
    contact: {
      name: "Geertje Hofstra",
      role: "Ecoloog",
      email: "g.hofstra@bloeiendebermen.example",
    },
  },
];
