/**
 * Demo challenges, set B. Fictional content; public bodies are referenced by CBS code.
 * Slugs are prefixed with "b-" to keep them apart from other seed sets.
 */
import type { SeedChallenge } from "./types";

export const challengesB: SeedChallenge[] = [
  // 1. Den Haag: DigiD for digitally vulnerable residents (pair A, see also Pekela)
  {
    slug: "b-denhaag-digid-hulp-digitaal-kwetsbaren",
    ownerCode: "GM0518",
    lang: "nl",
    title: "Digitaal kwetsbare Hagenaars zelfstandig en veilig hun DigiD laten aanvragen en gebruiken",
    summary:
      "Duizenden Haagse inwoners lukt het niet om zelf een DigiD aan te vragen, te activeren of te herstellen. We zoeken een digitale oplossing die hen stap voor stap begeleidt en hulpverleners veilig laat meekijken, zonder dat inloggegevens worden gedeeld.",
    problemStatement: `Steeds meer regelingen – van toeslagen en kwijtschelding tot de Wmo-aanvraag en de parkeervergunning – vereisen inloggen met DigiD. Een grote groep Hagenaars loopt daarbij vast: de activeringsbrief komt niet aan omdat iemand op een briefadres staat, de sms-code werkt niet met een prepaid toestel, of de DigiD-app wordt niet begrepen.

Het gevolg is dat inwoners hun inloggegevens aan buren, kinderen of zelfs onbekenden geven, of helemaal afhaken en inkomen mislopen. Onze baliemedewerkers en de vrijwilligers van de Informatiepunten Digitale Overheid (IDO) besteden gemiddeld 25 minuten per hulpvraag, vaak herhaaldelijk voor dezelfde persoon.

We zoeken een oplossing die:
- inwoners in eenvoudige taal (en in het Turks, Arabisch en Pools) door aanvraag, activering en herstel leidt;
- hulpverleners via veilig meekijken of machtigen laat ondersteunen, zonder wachtwoorden te delen;
- signaleert waar mensen in het proces vastlopen, zodat we de hulp gericht kunnen inzetten.`,
    localContext:
      "In Den Haag heeft naar schatting 18% van de volwassenen onvoldoende digitale vaardigheden; in de Schilderswijk, Transvaal en Moerwijk ligt dat boven de 30%. De IDO's in de bibliotheken registreerden in 2026 ruim 11.400 hulpvragen, waarvan 42% over DigiD. De wachttijd voor een afspraak bij het Digicafé in Escamp loopt op tot drie weken. Eerder probeerden we een papieren stappenplan en telefonische ondersteuning via de Digihulplijn; dat hielp, maar loste het activeringsprobleem niet op.",
    affected:
      "Ouderen, laaggeletterden, nieuwkomers met beperkte Nederlandse taalvaardigheid en inwoners met een briefadres; daarnaast baliemedewerkers, IDO-vrijwilligers en maatschappelijk werkers die nu zonder goede hulpmiddelen moeten ondersteunen.",
    desiredOutcome:
      "Een toegankelijke (WCAG 2.2 AA) digitale hulp die aansluit op de voorzieningen van Logius en de IDO-aanpak, meertalig werkt en hulpverleners een veilige manier biedt om mee te kijken. De oplossing geeft inzicht in knelpunten in het aanvraagproces zonder persoonsgegevens langer te bewaren dan nodig.",
    successCriteria: `- 30% minder herhaalde DigiD-hulpvragen bij balie en IDO binnen een jaar
- Gemiddelde hulptijd per vraag van 25 naar 12 minuten
- Minimaal 70% van de begeleide inwoners activeert DigiD binnen 14 dagen
- Geen meldingen van gedeelde inloggegevens via de ondersteuning`,
    themes: ["digitale-inclusie", "dienstverlening"],
    sdgs: [4, 10, 16],
    budgetMin: 150000,
    budgetMax: 400000,
    launchingCustomerIntent: true,
    procurementRoute: "marktconsultatie",
    timeline: "Marktconsultatie februari–maart 2027, pilot in twee stadsdelen (Centrum en Escamp) vanaf september 2027",
    responseDeadline: "2027-03-12",
    status: "published",
    contact: {
      name: "Sanne Verhoeven",
      role: "Programmamanager digitale inclusie",
      email: "s.verhoeven@denhaag.example",
    },
  },

  // 2. Den Haag: registration of international newcomers (English)
  {
    slug: "b-denhaag-international-newcomers-registration",
    ownerCode: "GM0518",
    lang: "en",
    title: "Faster, clearer registration for international newcomers in The Hague",
    summary:
      "Thousands of international newcomers wait weeks for a BRP registration appointment and their citizen service number. We are looking for a digital pre-registration and document-check service that shortens waiting times and reduces incomplete appointments.",
    problemStatement: `Every year around 14,000 international newcomers – knowledge migrants, EU workers, students and their families – register with the municipality of The Hague. Without a registration in the Personal Records Database (BRP) they get no citizen service number (BSN), which they need for a job, a bank account, health insurance and a GP.

Today, newcomers book an appointment online and bring their documents in person. About one in four appointments cannot be completed because a rental contract, birth certificate or apostille is missing or not accepted. The result is repeat visits, long queues and frustrated employers.

We are looking for a solution that:
- lets newcomers upload and pre-check documents before their appointment, in English and other languages;
- explains clearly which documents apply to their personal situation;
- integrates with our appointment system and case management, and meets BIO and GDPR requirements.`,
    localContext:
      "The Hague International Centre in the city hall atrium handles registrations for highly skilled migrants together with the IND. Regular registrations take place at the city offices in Centrum, Escamp and Leyweg. In peak months (August–October) the waiting time for a first appointment reaches 4 to 6 weeks. A chatbot on our website answers general questions but cannot check documents. Employers, including international organisations, regularly ask us for a faster route.",
    affected:
      "International newcomers and their families, HR departments of employers and universities, and front office staff at the international centre and the city offices who handle incomplete files and repeat appointments.",
    desiredOutcome:
      "A user-friendly pre-registration service in which newcomers know in advance what to bring, upload documents securely and receive a first automated check, so that the appointment itself is short and conclusive. Staff see a prepared file in their case management system.",
    successCriteria: `- Share of appointments that cannot be completed drops from 25% to below 8%
- Waiting time for a registration appointment below 2 weeks, also in peak months
- Appointment duration down from 20 to 10 minutes
- Newcomer satisfaction score of at least 7.5 out of 10`,
    themes: ["dienstverlening"],
    sdgs: [8, 16],
    budgetMin: 50000,
    budgetMax: 120000,
    launchingCustomerIntent: false,
    procurementRoute: "onderhandse-gunning",
    timeline: "Multiple-quote procedure in Q2 2027, service live before the August 2027 peak",
    responseDeadline: "2027-04-30",
    status: "published",
    contact: {
      name: "Joost van der Linden",
      role: "Product owner registration services",
      email: "j.vanderlinden@denhaag.example",
    },
  },

  // 3. Utrecht: heat and vulnerable elderly
  {
    slug: "b-utrecht-hitte-kwetsbare-ouderen",
    ownerCode: "GM0344",
    lang: "nl",
    title: "Kwetsbare ouderen beschermen tegen hitte in versteende Utrechtse wijken",
    summary:
      "Tijdens hittegolven lopen thuiswonende ouderen in Kanaleneiland, Overvecht en Zuilen gezondheidsrisico's door opwarmende woningen. We zoeken een oplossing die binnentemperatuur en risico's signaleert en zorg- en buurtnetwerken tijdig in actie laat komen.",
    problemStatement: `Utrecht warmt sneller op dan het omliggende gebied: op hete dagen is het in versteende wijken tot 7 graden warmer dan in het buitengebied. Vooral in portiekflats uit de jaren vijftig en zestig zakt de binnentemperatuur 's nachts niet meer onder de 26 graden. Thuiswonende ouderen met een chronische aandoening drinken te weinig, merken de hitte zelf niet op en hebben vaak geen netwerk dat even langskomt.

Ons Hitteplan werkt nu met algemene waarschuwingen via media en huisartsen. We weten echter niet welke woningen het warmst worden en wie er het meest kwetsbaar is.

We zoeken een oplossing die:
- binnen- en buitentemperatuur op buurt- of woningniveau betrouwbaar meet of modelleert;
- op basis daarvan risico's voorspelt en buurtteams, thuiszorg en vrijwilligers gericht alarmeert;
- bruikbaar is voor ouderen zonder smartphone;
- bijdraagt aan keuzes voor vergroening en woningaanpassing op de langere termijn.`,
    localContext:
      "Op basis van de hittekaart en CBS-gegevens schatten we dat ongeveer 9.500 alleenwonende 75-plussers in buurten met een sterk hitte-eilandeffect wonen, vooral in Kanaleneiland, Overvecht, Zuilen en Hoograven. In de zomer van 2026 plaatsten we met twee woningcorporaties en een hogeschool 60 temperatuursensoren in woningen; op 40% van de meetpunten bleef het langer dan vijf nachten boven 27 graden. Het belteam van de buurtteams bereikte slechts een fractie van de risicogroep.",
    affected:
      "Alleenwonende ouderen en chronisch zieken in slecht geïsoleerde woningen, hun mantelzorgers, wijkverpleging en thuiszorg, buurtteams, woningcorporaties en de GGD regio Utrecht.",
    desiredOutcome:
      "Een werkend hittesignaleringssysteem in minimaal twee wijken dat meetdata, weersverwachting en (met toestemming) persoonlijke risicofactoren combineert, zodat zorg- en buurtnetwerken gericht kunnen handelen. De data helpen bovendien om vergroening en verkoeling van woningen te prioriteren.",
    successCriteria: `- Minimaal 2.000 kwetsbare ouderen met toestemming in het bereik van de aanpak
- Bij een hittegolf wordt 90% van de hoogrisicohuishoudens binnen 24 uur benaderd
- Minder hittegerelateerde spoedritten in de pilotwijken (referentie: GGD-data 2025–2026)
- Openbaar dashboard met geanonimiseerde temperatuurdata per buurt`,
    themes: ["klimaatadaptatie", "gezond-stedelijk-leven"],
    sdgs: [3, 11, 13],
    budgetMin: 200000,
    budgetMax: 500000,
    launchingCustomerIntent: true,
    procurementRoute: "sbir",
    timeline:
      "SBIR fase 1 (haalbaarheid, max. € 50.000 per partij) april–juni 2027; fase 2 (prototype in twee wijken) in de zomer van 2028",
    responseDeadline: "2027-03-19",
    status: "published",
    contact: {
      name: "Marloes Kuipers",
      role: "Beleidsadviseur klimaatadaptatie en gezondheid",
      email: "m.kuipers@utrecht.example",
    },
  },

  // 4. Utrecht: homesharing students and seniors (English)
  {
    slug: "b-utrecht-homeshare-students-seniors",
    ownerCode: "GM0344",
    lang: "en",
    title: "Matching students with older homeowners who have a spare room",
    summary:
      "Utrecht has a shortage of more than 10,000 student rooms, while many older residents live alone in homes that are too large. We seek a trusted digital matching and support platform for homesharing (hospitawonen) that also reduces loneliness.",
    problemStatement: `Utrecht's universities and universities of applied sciences attract more students every year, but the supply of rooms lags far behind. Students commute for hours, pay excessive rents or accept poor and unsafe rooms. At the same time, thousands of older residents live alone in family homes with one or two unused bedrooms.

Homesharing – renting a room to a student in your own home – can help both groups, but uptake is low. Older homeowners worry about safety, house rules, tax and benefit consequences and what happens when things go wrong. Small existing initiatives rely on personal matching by volunteers and cannot scale.

We are looking for a platform that:
- matches students and hosts on lifestyle, expectations and practical needs;
- guides both sides through contracts, benefit rules (such as the cost-sharing rule) and house agreements;
- offers follow-up and mediation, and gives the municipality insight into uptake and results.`,
    localContext:
      "The municipality estimates a shortage of around 10,500 student rooms. Roughly 22,000 residents aged 65 and over live alone in a home with three or more rooms, many of them in Lunetten, Tuindorp, Oog in Al and Leidsche Rijn. A 2025–2026 homesharing pilot with a local foundation produced 38 matches in 18 months; 90% of participants were positive, but matching took 11 weeks on average and depended on a single coordinator.",
    affected:
      "Students (including international students) looking for a room, older homeowners and tenants with a spare room, housing associations, the universities, and social workers who see loneliness among seniors.",
    desiredOutcome:
      "A scalable and trusted homesharing service that makes several hundred matches per year, supports participants throughout the stay and shows the effect on both the housing shortage and the wellbeing of older hosts.",
    successCriteria: `- 300 active homesharing matches within two years
- Average matching time below 4 weeks
- At least 80% of matches last the full agreed period
- Measurable decrease in self-reported loneliness among hosts (baseline survey at start)`,
    themes: ["wonen", "gezond-stedelijk-leven"],
    sdgs: [3, 4, 11],
    budgetMin: 80000,
    budgetMax: 250000,
    launchingCustomerIntent: true,
    procurementRoute: "marktconsultatie",
    timeline: "Market consultation in March 2027, procurement in Q3 2027, launch before the 2028–2029 academic year",
    responseDeadline: "2027-03-26",
    status: "published",
    contact: {
      name: "Pieter Hoogendoorn",
      role: "Senior policy advisor housing",
      email: "p.hoogendoorn@utrecht.example",
    },
  },

  // 5. Nijmegen: wood smoke and air quality
  {
    slug: "b-nijmegen-houtrook-luchtkwaliteit",
    ownerCode: "GM0268",
    lang: "nl",
    title: "Houtrookoverlast meten en voorspellen in Nijmeegse woonwijken",
    summary:
      "Houtstook veroorzaakt in Nijmegen steeds meer klachten over stank en fijnstof. We zoeken een meet- en voorspellingssysteem dat houtrook op buurtniveau zichtbaar maakt en een lokaal stookadvies mogelijk maakt.",
    problemStatement: `Houtkachels en vuurkorven zijn in Nijmegen een belangrijke bron van fijnstof en roet in woonwijken, vooral op windstille winteravonden. Omwonenden met astma, COPD of hart- en vaatziekten krijgen klachten en kunnen op zulke avonden hun huis niet ventileren. Het aantal meldingen over houtrook steeg van 140 in 2023 naar ruim 390 in 2026.

De landelijke Stookwijzer geeft een advies per regio, maar houdt geen rekening met lokale omstandigheden zoals dichte bebouwing of de ligging aan de Waal. Klachten zijn bovendien moeilijk te objectiveren: toezichthouders komen vaak pas als de rook al is opgetrokken.

We zoeken een oplossing die:
- houtrook (PM2,5, roet en geur) met betaalbare sensoren op buurtniveau meet;
- op basis van meetdata, weer en bebouwing een lokaal stookadvies voorspelt;
- inwoners via een app of website informeert en meldingen koppelt aan meetdata.`,
    localContext:
      "Nijmegen heeft ervaring met burgermeetnetten: via eerdere citizen-science-projecten en het programma Samen Meten hangen sensoren bij inwoners en scholen. De meeste houtrookmeldingen komen uit Lindenholt, Dukenburg, Hatert en Oosterhout. Naar schatting heeft 14% van de huishoudens een houtkachel of open haard. Een voorlichtingscampagne in 2025 verhoogde de bekendheid van de Stookwijzer, maar het aantal meldingen daalde niet.",
    affected:
      "Inwoners met long- en hartaandoeningen, kinderen en ouderen in wijken met veel houtstook, stokers die willen weten wanneer stoken verantwoord is, toezichthouders en de GGD Gelderland-Zuid.",
    desiredOutcome:
      "Een gevalideerd meetnet in minimaal vier wijken en een lokaal, voorspellend stookadvies dat inwoners dagelijks raadplegen. De gemeente krijgt betrouwbaar inzicht in de blootstelling aan houtrook als basis voor beleid, zoals stookalerts of subsidie voor het vervangen van kachels.",
    successCriteria: `- Sensoren gevalideerd tegen een referentiemeetstation (afwijking kleiner dan 20%)
- Lokaal stookadvies voor minimaal 4 wijken, dagelijks bijgewerkt
- 25% minder houtrookmeldingen in de pilotwijken na twee stookseizoenen
- Meetdata als open data beschikbaar via een API`,
    themes: ["gezond-stedelijk-leven", "energietransitie"],
    sdgs: [3, 7, 11],
    budgetMin: 300000,
    budgetMax: 750000,
    launchingCustomerIntent: true,
    procurementRoute: "pcp",
    timeline:
      "PCP in drie fasen: oplossingsontwerp (najaar 2027), prototype (stookseizoen 2027–2028), veldtest (stookseizoen 2028–2029)",
    responseDeadline: "2027-05-28",
    status: "published",
    contact: {
      name: "Ruud Janssen",
      role: "Adviseur luchtkwaliteit",
      email: "r.janssen@nijmegen.example",
    },
  },

  // 6. Tilburg: loneliness among older residents (pair B, see also Aa en Hunze)
  {
    slug: "b-tilburg-eenzaamheid-ouderen-signaleren",
    ownerCode: "GM0855",
    lang: "nl",
    title: "Eenzaamheid onder thuiswonende ouderen eerder signaleren en doorbreken",
    summary:
      "Ruim de helft van de Tilburgse 75-plussers voelt zich eenzaam. We zoeken een digitale oplossing die eenzaamheid vroeg signaleert en ouderen laagdrempelig verbindt met activiteiten, buren en vrijwilligers in de wijk.",
    problemStatement: `Eenzaamheid onder ouderen leidt tot somberheid, minder bewegen, ondervoeding en een eerder beroep op zorg. In Tilburg wonen steeds meer ouderen langer zelfstandig thuis, vaak alleen en met een klein netwerk. Wie eenzaam is, meldt zich zelden zelf: schaamte en gebrek aan energie houden mensen binnen.

In de wijken is juist veel aanbod: koffieochtenden, wandelgroepen, maatjesprojecten en buurthuizen. Maar dat aanbod is versnipperd, staat op tientallen websites en flyers en bereikt de mensen die het het hardst nodig hebben niet.

We zoeken een oplossing die:
- signalen van eenzaamheid uit huisbezoeken, thuiszorg en wijkteams (met toestemming) bundelt;
- het lokale aanbod actueel in één overzicht brengt, ook voor ouderen zonder smartphone;
- ouderen actief en persoonlijk koppelt aan een activiteit, buur of vrijwilliger, en opvolgt of het contact ook echt ontstaat.`,
    localContext:
      "Volgens de Gezondheidsmonitor 2024 voelt 54% van de Tilburgse 75-plussers zich eenzaam en 13% ernstig eenzaam. In Tilburg Noord, Groenewoud en Stokhasselt liggen die percentages hoger. De preventieve huisbezoeken aan 75-plussers door de welzijnsorganisatie bereiken zo'n 2.400 ouderen per jaar. Een eerdere proef met tablets voor beeldbellen strandde: de ouderen gebruikten ze nauwelijks zonder begeleiding.",
    affected:
      "Alleenwonende ouderen, met name 75-plussers en recent verweduwden, hun mantelzorgers, vrijwilligers, welzijnswerkers, wijkverpleegkundigen en huisartsen die eenzaamheid zien maar niet goed kunnen doorverwijzen.",
    desiredOutcome:
      "Een wijkgerichte aanpak met digitale ondersteuning waarmee professionals en vrijwilligers eenzame ouderen eerder herkennen, makkelijk doorverwijzen en opvolgen, en waarmee ouderen zonder digitale vaardigheden toch toegang krijgen tot activiteiten in hun buurt.",
    successCriteria: `- Binnen twee jaar 1.500 ouderen gekoppeld aan een activiteit, maatje of buur
- 60% van hen is na drie maanden nog actief betrokken
- Aandeel ernstig eenzame 75-plussers in de pilotwijken daalt met 3 procentpunt (Gezondheidsmonitor 2028)
- 90% van het aanbod in het overzicht is maximaal een maand oud`,
    themes: ["gezond-stedelijk-leven", "digitale-inclusie"],
    sdgs: [3, 10, 11],
    budgetMin: 100000,
    budgetMax: 300000,
    launchingCustomerIntent: false,
    procurementRoute: "marktconsultatie",
    timeline: "Marktconsultatie januari–februari 2027, aanbesteding voorjaar 2027, start in Tilburg Noord in het najaar van 2027",
    responseDeadline: "2027-02-12",
    status: "published",
    contact: {
      name: "Ingrid van Beek",
      role: "Beleidsmedewerker ouderen en welzijn",
      email: "i.vanbeek@tilburg.example",
    },
  },

  // 7. Tilburg: address quality and overcrowding (in pilot)
  {
    slug: "b-tilburg-adreskwaliteit-overbewoning",
    ownerCode: "GM0855",
    lang: "nl",
    title: "Overbewoning en onjuiste inschrijvingen sneller en zorgvuldig opsporen",
    summary:
      "Op een deel van de Tilburgse adressen wonen meer mensen dan er ingeschreven staan, vaak arbeidsmigranten in slechte omstandigheden. In een lopende pilot testen we een datatool die signalen bundelt, zodat toezichthouders gerichter en met een menselijke toets op huisbezoek gaan.",
    problemStatement: `Onjuiste inschrijvingen in de BRP hebben grote gevolgen: arbeidsmigranten wonen met te veel mensen in één woning, met brandgevaar en uitbuiting als risico, terwijl de gemeente niet weet wie er woont. Tegelijk leiden spookbewoning en fictieve inschrijvingen tot fraude met toeslagen en uitkeringen.

Signalen komen uit veel bronnen: meldingen van buren, afvalgegevens, gegevens van woningcorporaties, verhuurvergunningen en de Landelijke Aanpak Adreskwaliteit (LAA). Toezichthouders beoordelen deze nu handmatig in losse systemen, waardoor een adresonderzoek gemiddeld zeven weken duurt.

Het doel is een tool die:
- signalen per adres bundelt en uitlegbaar prioriteert;
- geen gebruik maakt van nationaliteit, etniciteit of andere discriminerende kenmerken;
- altijd een menselijke beoordeling vereist voordat er actie volgt;
- voldoet aan de eisen van het Algoritmeregister, een IAMA en een DPIA.`,
    localContext:
      "Tilburg telt naar schatting 12.000 tot 15.000 arbeidsmigranten, van wie een groot deel in particuliere huurwoningen in Korvel, Theresia en Tilburg Noord woont. In 2025 onderzocht het team Adreskwaliteit 2.100 adressen; bij 38% bleek de registratie onjuist. Sinds april 2026 loopt een pilot in twee wijken met een prioriteringsdashboard, ontwikkeld met een innovatiepartner en vooraf getoetst door een onafhankelijke ethische commissie.",
    affected:
      "Arbeidsmigranten en andere bewoners van overbewoonde panden, omwonenden die overlast ervaren, toezichthouders en medewerkers Burgerzaken, woningcorporaties en de brandweer.",
    desiredOutcome:
      "Een uitlegbare, rechtmatige tool waarmee toezichthouders de juiste adressen eerder onderzoeken, slechte huisvesting sneller wordt aangepakt en de BRP betrouwbaarder wordt, zonder onterechte verdenking van groepen inwoners. Na de pilot willen we de aanpak kunnen delen met andere gemeenten.",
    successCriteria: `- Doorlooptijd van een adresonderzoek van 7 naar 3 weken
- Hitrate (onjuiste registratie bij onderzoek) van 38% naar minimaal 55%
- Geen aantoonbare vertekening naar herkomst of wijk (jaarlijkse bias-audit)
- Publicatie in het Algoritmeregister vóór opschaling`,
    themes: ["wonen", "veiligheid"],
    sdgs: [8, 11, 16],
    budgetMin: 150000,
    budgetMax: 350000,
    launchingCustomerIntent: true,
    procurementRoute: "innovatiepartnerschap",
    timeline:
      "Innovatiepartnerschap gegund in februari 2026; pilot in twee wijken april 2026 – maart 2027; besluit over opschaling medio 2027",
    responseDeadline: "2025-12-19",
    status: "in_pilot",
    contact: {
      name: "Bart Willems",
      role: "Projectleider adreskwaliteit",
      email: "b.willems@tilburg.example",
    },
  },

  // 8. Leeuwarden: helping seniors move to suitable homes
  {
    slug: "b-leeuwarden-doorstroming-senioren",
    ownerCode: "GM0080",
    lang: "nl",
    title: "Senioren helpen verhuizen naar een passende woning",
    summary:
      "Veel oudere Leeuwarders wonen in een te grote of ongeschikte eengezinswoning, terwijl gezinnen jaren wachten. We zoeken een digitale woonwensen- en verhuiscoach die senioren persoonlijk begeleidt naar een geschikte woning.",
    problemStatement: `De woningmarkt in Leeuwarden zit op slot. Gezinnen wachten gemiddeld ruim vier jaar op een eengezinshuurwoning, terwijl een groot deel van die woningen bewoond wordt door één of twee ouderen. Veel van hen zouden wel willen verhuizen naar een gelijkvloerse, levensloopbestendige woning in hun eigen buurt, maar zien op tegen het zoeken, de kosten, de verhuizing en het regelwerk.

Bestaande regelingen – voorrang bij de corporatie, een verhuisvergoeding, hulp van een wooncoach – zijn bij weinig ouderen bekend. De wooncoaches kunnen bovendien maar een beperkt aantal mensen tegelijk begeleiden.

We zoeken een oplossing die:
- senioren en hun familie inzicht geeft in woonwensen, mogelijkheden en financiële gevolgen;
- passend aanbod uit nieuwbouw en bestaande voorraad proactief koppelt;
- de wooncoach ondersteunt met een overzicht van lopende trajecten;
- ook werkt voor ouderen die beperkt digitaal vaardig zijn.`,
    localContext:
      "Leeuwarden telt bijna 126.000 inwoners. Ongeveer 6.800 huishoudens van 70 jaar en ouder wonen in een eengezinswoning, vooral in Camminghaburen, Heechterp-Schieringen en Bilgaard. In de woonvisie is afgesproken tot 2030 1.200 seniorenwoningen bij te bouwen. Een pilot met een wooncoach van corporaties en gemeente leidde in 2025 tot 46 verhuizingen; 70% van de ouderen die zich meldden, haakte echter af voordat er een woning gevonden was.",
    affected:
      "Oudere huurders en eigenaar-bewoners in te grote of ongeschikte woningen, hun kinderen, woningzoekende gezinnen, wooncoaches en medewerkers van corporaties en het Wmo-loket.",
    desiredOutcome:
      "Een digitale en persoonlijke verhuisbegeleiding waarmee ouderen een weloverwogen keuze maken en sneller doorstromen, zodat eengezinswoningen vrijkomen voor gezinnen en minder dure woningaanpassingen via de Wmo nodig zijn. Corporaties en gemeente werken daarbij vanuit één gezamenlijk overzicht.",
    successCriteria: `- 150 verhuizingen van senioren per jaar vanaf 2028
- Uitval tijdens het traject daalt van 70% naar 40%
- 20% minder Wmo-aanvragen voor woningaanpassingen onder deelnemers
- Gemiddelde tevredenheid van deelnemers minimaal een 8`,
    themes: ["wonen", "dienstverlening"],
    sdgs: [3, 11],
    budgetMin: 75000,
    budgetMax: 175000,
    launchingCustomerIntent: true,
    procurementRoute: "sbir",
    timeline:
      "SBIR fase 1: drie haalbaarheidsstudies van € 25.000 in het voorjaar van 2027; fase 2: ontwikkeling en test vanaf januari 2028",
    responseDeadline: "2027-03-05",
    status: "published",
    contact: {
      name: "Hylke de Boer",
      role: "Beleidsadviseur wonen",
      email: "h.deboer@leeuwarden.example",
    },
  },

  // 9. Almere: safe underpasses (English)
  {
    slug: "b-almere-safe-cycle-underpasses",
    ownerCode: "GM0034",
    lang: "en",
    title: "Making Almere's cycle and pedestrian underpasses feel safe at night",
    summary:
      "Almere's separated road network has around 420 underpasses that many residents avoid after dark. We seek smart lighting, sensing and data solutions that improve real and perceived safety while respecting privacy.",
    problemStatement: `Almere was designed with separate networks for cars, buses and cyclists. This makes cycling fast and safe from traffic, but it also means that cyclists and pedestrians pass through hundreds of tunnels and underpasses, often along green strips without houses nearby. Many residents – especially women, young people and older adults – avoid these routes at night and take the car or a longer route instead.

Reports of harassment, vandalism and drug dealing concentrate around a limited number of underpasses, but we lack data on where and when people actually feel unsafe. Permanent camera surveillance is expensive, legally complex and not always desirable.

We are looking for solutions that:
- measure use, incidents and perceived safety in underpasses in a privacy-friendly way (e.g. anonymous sensors, sound detection, feedback apps);
- enable adaptive lighting and rapid response by enforcement officers;
- provide a dashboard to prioritise redesign and maintenance.`,
    localContext:
      "Almere has over 220,000 inhabitants and around 420 underpasses. In the 2025 safety survey, 41% of residents of Almere Buiten and Almere Haven said they avoid certain places at night, compared with 33% citywide. Most reports come from underpasses near Almere Buiten station, the Stedenwijk and the Waterwijk. A 2026 trial with brighter LED lighting in six tunnels was appreciated, but graffiti and complaints about loitering continued.",
    affected:
      "Cyclists and pedestrians using the slow-traffic network at night, particularly women, students, shift workers and older residents; also municipal enforcement officers, police and public space maintenance teams.",
    desiredOutcome:
      "Fewer incidents and higher perceived safety in underpasses, supported by a data-driven way of deciding where to invest in lighting, redesign or enforcement, without blanket camera surveillance. The approach should be reusable for the rest of the city's slow-traffic network.",
    successCriteria: `- Perceived safety score in pilot areas up by 15% (municipal safety survey)
- 25% fewer reports of vandalism and harassment at pilot locations
- Average enforcement response time to alerts below 15 minutes
- DPIA approved; no storage of identifiable personal data`,
    themes: ["veiligheid", "gezond-stedelijk-leven"],
    sdgs: [5, 11, 16],
    budgetMin: 250000,
    budgetMax: 600000,
    launchingCustomerIntent: false,
    procurementRoute: "marktconsultatie",
    timeline: "Market consultation February 2027; tender mid-2027; pilot in Almere Buiten from winter 2027–2028",
    responseDeadline: "2027-02-19",
    status: "published",
    contact: {
      name: "Femke Dijkstra",
      role: "Programme manager public safety",
      email: "f.dijkstra@almere.example",
    },
  },

  // 10. Almere: material passports for circular construction
  {
    slug: "b-almere-materialenpaspoort-pampus",
    ownerCode: "GM0034",
    lang: "nl",
    title: "Materialenpaspoorten en een materialenbank voor circulaire woningbouw in Almere Pampus",
    summary:
      "In Almere Pampus komen de komende decennia tot 25.000 woningen. We zoeken een digitale materialenbank en materialenpaspoort waarmee bouwmaterialen worden geregistreerd, hergebruikt en aantoonbaar circulair worden ingezet.",
    problemStatement: `Almere wil in de nieuwe stadsdelen zo circulair mogelijk bouwen. In Almere Pampus worden tienduizenden woningen gebouwd, met strenge eisen aan de milieuprestatie (MPG) en het aandeel hergebruikte en biobased materialen. Tegelijk vervangen corporaties in Almere Haven en Almere Stad duizenden keukens, kozijnen en gevelelementen bij renovatie – materialen die nu grotendeels als afval worden afgevoerd.

Vraag en aanbod van secundaire bouwmaterialen komen nauwelijks bij elkaar. Er is geen overzicht van beschikbare materialen, hun kwaliteit en herkomst, en aannemers kunnen hergebruik lastig verantwoorden richting gemeente en financiers.

We zoeken een oplossing die:
- materialenpaspoorten vastlegt voor nieuwbouw- en renovatieprojecten, aansluitend op bestaande registers, NL-SfB en het BIM-model;
- vrijkomende materialen uit sloop en renovatie ontsluit via een regionale materialenbank met logistiek en opslag;
- de gemeente helpt circulaire ambities in tenders te toetsen en te monitoren.`,
    localContext:
      "De gebiedsontwikkeling Almere Pampus voorziet in 25.000 woningen, met een eerste bouwstroom vanaf 2030. In Almere Haven en Almere Stad renoveren corporaties tot 2030 circa 9.000 woningen. Uit een verkenning in 2026 met twee corporaties bleek dat 35% van de vrijkomende materialen technisch herbruikbaar was, maar dat minder dan 5% daadwerkelijk werd hergebruikt, vooral door gebrek aan opslag, logistiek en informatie.",
    affected:
      "Ontwikkelaars, aannemers en corporaties, sloop- en renovatiebedrijven, toekomstige bewoners van Pampus en de gemeentelijke afdelingen grondzaken en vergunningverlening die circulaire eisen moeten toetsen.",
    desiredOutcome:
      "Een werkende keten van materialenpaspoort tot materialenbank waarmee in Almere aantoonbaar meer bouwmaterialen worden hergebruikt, en waarmee de gemeente circulaire prestaties in tenders objectief kan beoordelen en monitoren. De oplossing moet ook bruikbaar zijn voor andere gebiedsontwikkelingen in Almere.",
    successCriteria: `- Materialenpaspoort voor 100% van de woningen in de eerste bouwstroom van Pampus
- Hergebruik van vrijkomende renovatiematerialen stijgt van 5% naar 25% in 2030
- Minimaal 10 aannemers en 2 corporaties actief op het platform
- Koppeling met het gemeentelijke 3D-stadsmodel gerealiseerd`,
    themes: ["circulaire-economie", "wonen"],
    sdgs: [9, 11, 12],
    budgetMin: 400000,
    budgetMax: 1200000,
    launchingCustomerIntent: true,
    procurementRoute: "innovatiepartnerschap",
    timeline:
      "Selectie innovatiepartner in het najaar van 2027, ontwikkelfase in 2028, toepassing in de eerste bouwstroom van Pampus vanaf 2030",
    responseDeadline: "2027-06-18",
    status: "published",
    contact: {
      name: "Wouter Meijer",
      role: "Programmamanager circulair bouwen",
      email: "w.meijer@almere.example",
    },
  },

  // 11. Provincie Utrecht: road verges, biodiversity and mowing residue
  {
    slug: "b-provincie-utrecht-bermen-biodiversiteit",
    ownerCode: "PV26",
    lang: "nl",
    title: "Biodiversiteit in provinciale wegbermen monitoren en maaisel hoogwaardig verwerken",
    summary:
      "De provincie Utrecht beheert ruim 800 hectare wegberm. We zoeken slimme monitoring van plantensoorten en insecten én een digitale ketenoplossing om maaisel als grondstof te verwerken.",
    problemStatement: `Wegbermen zijn belangrijke verbindingszones voor planten, insecten en kleine zoogdieren. De provincie Utrecht is overgestapt op ecologisch bermbeheer: minder vaak maaien en het maaisel afvoeren om de bodem te verschralen. Maar of dat werkt, weten we onvoldoende. Vegetatieopnames door ecologen zijn duur en beslaan slechts enkele procenten van de bermen; aannemers maaien nog vaak op vaste data in plaats van op het juiste moment.

Daarnaast komt jaarlijks zo'n 6.000 ton maaisel vrij, dat grotendeels tegen betaling wordt gecomposteerd. Toepassingen als bouwmateriaal, verpakking of biogas bestaan, maar vraag en aanbod zijn niet gekoppeld.

We zoeken oplossingen die:
- met beeldherkenning, drones, akoestische sensoren of eDNA de biodiversiteit in bermen grootschalig en betaalbaar monitoren;
- maaimomenten per bermvak adviseren aan aannemers, rekening houdend met droogte en bloei;
- maaiselstromen traceren en koppelen aan afnemers voor hoogwaardige verwerking.`,
    localContext:
      "De provincie beheert circa 330 kilometer provinciale weg met ruim 800 hectare berm, onder meer langs de N225 over de Utrechtse Heuvelrug en de N201 bij Vinkeveen. Sinds 2022 werken we met een handboek ecologisch bermbeheer. Een proef in 2025 met camera's op maaimachines leverde bruikbare beelden op, maar de soortherkenning van grassen en kruiden was onvoldoende nauwkeurig. De droge zomers van 2025 en 2026 verschoven bovendien het bloeimoment sterk.",
    affected:
      "Beheerders en ecologen van de provincie, maaiaannemers, natuur- en imkersorganisaties, verwerkers van maaisel en omwonenden langs provinciale wegen.",
    desiredOutcome:
      "Een schaalbaar monitoringsysteem dat jaarlijks een betrouwbaar beeld geeft van de biodiversiteit in alle provinciale bermen, een maaiadvies per bermvak en een keten waarin maaisel als grondstof wordt ingezet in plaats van als afval.",
    successCriteria: `- Minimaal 80% van het bermareaal jaarlijks gemonitord
- Herkenning van indicatorsoorten met minimaal 85% nauwkeurigheid
- 30% van het maaisel hoogwaardig verwerkt in 2030
- 20% meer bermvakken in de kwaliteitsklasse 'bloemrijk'`,
    themes: ["biodiversiteit", "circulaire-economie", "klimaatadaptatie"],
    sdgs: [12, 13, 15],
    budgetMin: 500000,
    budgetMax: 1500000,
    launchingCustomerIntent: true,
    procurementRoute: "pcp",
    timeline:
      "PCP in drie fasen: oplossingsontwerp (eind 2027), prototype (maaiseizoen 2028), veldtest op 200 kilometer weg (maaiseizoen 2029)",
    responseDeadline: "2027-09-10",
    status: "published",
    contact: {
      name: "Annelies Brouwer",
      role: "Senior adviseur ecologie en beheer",
      email: "a.brouwer@provincie-utrecht.example",
    },
  },

  // 12. Provincie Zuid-Holland: near-miss detection at junctions (in pilot)
  {
    slug: "b-zuid-holland-bijna-ongevallen-kruispunten",
    ownerCode: "PV28",
    lang: "nl",
    title: "Bijna-ongevallen op provinciale kruispunten detecteren met slimme sensoren",
    summary:
      "Ongevallenregistratie komt pas na een ongeluk en is onvolledig. Provincie Zuid-Holland test op zes kruispunten slimme sensoren die conflicten tussen fietsers en auto's automatisch en privacyvriendelijk herkennen, zodat we kunnen ingrijpen voordat er slachtoffers vallen.",
    problemStatement: `Provincie Zuid-Holland wil het aantal verkeersslachtoffers op provinciale wegen terugdringen, in lijn met het Strategisch Plan Verkeersveiligheid 2030. Onze aanpak is nu grotendeels reactief: we analyseren ongevallen uit de landelijke registratie, maar die is onvolledig – vooral enkelvoudige fietsongevallen en lichte ongevallen ontbreken – en een kruispunt komt pas in beeld als er slachtoffers zijn gevallen.

Bijna-ongevallen (conflicten) zijn een goede voorspeller van het ongevalsrisico. Ze handmatig analyseren op videobeelden is echter arbeidsintensief en privacygevoelig.

Daarom testen we een oplossing die:
- met camera's of radar conflicten tussen weggebruikers automatisch detecteert en classificeert (bijvoorbeeld op time-to-collision);
- beelden direct op de sensor verwerkt, zodat geen herleidbare gegevens worden opgeslagen;
- risico's per kruispunt in een dashboard zichtbaar maakt voor wegbeheerders;
- het effect van maatregelen, zoals een aangepaste verkeerslichtregeling, meetbaar maakt.`,
    localContext:
      "Zuid-Holland beheert ruim 550 kilometer provinciale weg. Tussen 2021 en 2025 vielen daarop jaarlijks gemiddeld 18 verkeersdoden. Sinds juni 2026 loopt een SBIR-pilot met twee partijen op zes kruispunten, onder meer op de N207 bij Alphen aan den Rijn, de N470 bij Delft en de N211 in het Westland. De eerste maanden laten gemiddeld 30 ernstige conflicten per kruispunt per week zien, vooral tussen rechtsafslaand verkeer en rechtdoorgaande fietsers.",
    affected:
      "Fietsers, voetgangers en automobilisten op provinciale wegen, met name scholieren en oudere fietsers op e-bikes; wegbeheerders, verkeerskundigen en gemeenten langs de wegen.",
    desiredOutcome:
      "Een bewezen methode om verkeersonveilige situaties proactief te signaleren en het effect van maatregelen te meten, die na de pilot op meer kruispunten in Zuid-Holland en bij andere wegbeheerders kan worden ingezet.",
    successCriteria: `- Detectie van conflicten met minimaal 90% precisie (gevalideerd met een handmatige steekproef)
- Geen opslag van herleidbare persoonsgegevens (DPIA goedgekeurd)
- Op minimaal 2 pilotkruispunten een maatregel genomen en het effect aangetoond
- Kosten per kruispunt onder € 15.000 per jaar bij opschaling`,
    themes: ["veiligheid", "duurzame-mobiliteit"],
    sdgs: [3, 11],
    budgetMin: 350000,
    budgetMax: 800000,
    launchingCustomerIntent: true,
    procurementRoute: "sbir",
    timeline:
      "SBIR fase 1 afgerond eind 2025; fase 2 pilot op zes kruispunten juni 2026 – juni 2027; besluit over opschaling eind 2027",
    responseDeadline: "2025-09-30",
    status: "in_pilot",
    contact: {
      name: "Erik van Dam",
      role: "Adviseur verkeersveiligheid",
      email: "e.vandam@pzh.example",
    },
  },

  // 13. Aa en Hunze: loneliness among older residents in villages (pair B)
  {
    slug: "b-aaenhunze-eenzaamheid-ouderen-dorpen",
    ownerCode: "GM1680",
    lang: "nl",
    title: "Eenzame ouderen in onze dorpen eerder in beeld en beter verbonden",
    summary:
      "In de kleine dorpen van Aa en Hunze raken steeds meer ouderen geïsoleerd, terwijl voorzieningen verdwijnen. We zoeken een digitale oplossing die eenzaamheid helpt signaleren en ouderen verbindt met dorpsgenoten, vrijwilligers en activiteiten.",
    problemStatement: `Aa en Hunze bestaat uit 26 dorpen en buurtschappen. De bevolking vergrijst snel: jongeren trekken weg, winkels en buurthuizen sluiten en de bus rijdt in veel dorpen nog maar een paar keer per dag. Ouderen die hun partner verliezen of niet meer kunnen autorijden, raken daardoor snel geïsoleerd.

Dorpen hebben van oudsher sterke sociale netwerken, maar die zijn niet meer vanzelfsprekend. Signalen van eenzaamheid komen bij de huisarts, de wijkverpleging of de dorpscoöperatie terecht, maar worden niet gedeeld en er volgt zelden actie.

We zoeken een oplossing die:
- vrijwilligers, dorpshuizen en professionals helpt signalen van eenzaamheid te delen en op te volgen (met toestemming van de oudere);
- ouderen eenvoudig in contact brengt met dorpsgenoten voor vervoer, een kop koffie of een klusje;
- werkt voor ouderen zonder smartphone, bijvoorbeeld via de telefoon of een vaste contactpersoon.`,
    localContext:
      "Aa en Hunze telt ruim 25.000 inwoners; 29% is 65 jaar of ouder, in dorpen als Gasselte, Gieten en Annerveenschekanaal meer dan een derde. Volgens de GGD voelt 47% van de 75-plussers zich eenzaam. De gemeente werkt met dorpsconsulenten en doet mee aan de Week tegen Eenzaamheid, maar heeft geen overzicht van wie wel en niet bereikt wordt. Een WhatsApp-burenhulpgroep in Rolde werkt goed, maar sluit ouderen zonder smartphone uit.",
    affected:
      "Alleenwonende ouderen in kleine dorpen, met name zonder rijbewijs of eigen vervoer; mantelzorgers, dorpscoöperaties, vrijwilligers, huisartsen, wijkverpleging en het sociaal team van de gemeente.",
    desiredOutcome:
      "Een eenvoudig, betaalbaar en door vrijwilligers te beheren hulpmiddel dat signalen van eenzaamheid bundelt en ouderen koppelt aan hulp en contact in hun eigen dorp, zodat minder ouderen ongezien vereenzamen.",
    successCriteria: `- Binnen een jaar actief in minimaal 8 dorpen
- 250 ouderen bereikt, van wie 40% zonder smartphone
- 75% van de gedeelde signalen binnen twee weken opgevolgd
- Dorpscoöperaties beoordelen het gebruiksgemak met minimaal een 7`,
    themes: ["gezond-stedelijk-leven", "digitale-inclusie"],
    sdgs: [3, 10],
    budgetMin: null,
    budgetMax: null,
    launchingCustomerIntent: false,
    procurementRoute: "onbekend",
    timeline: "Verkennende gesprekken met aanbieders in het voorjaar van 2027; route en budget worden daarna bepaald",
    responseDeadline: "2027-05-14",
    status: "published",
    contact: {
      name: "Gerrit Hofstee",
      role: "Beleidsadviseur sociaal domein",
      email: "g.hofstee@aaenhunze.example",
    },
  },

  // 14. Texel: holiday rentals and housing
  {
    slug: "b-texel-vakantieverhuur-woningonttrekking",
    ownerCode: "GM0448",
    lang: "nl",
    title: "Grip op vakantieverhuur zodat woningen beschikbaar blijven voor Texelaars",
    summary:
      "Op Texel worden steeds meer woningen aan de woningmarkt onttrokken voor toeristische verhuur. We zoeken een tool die online advertenties automatisch vergelijkt met registraties en vergunningen, zodat handhaving gericht kan plaatsvinden.",
    problemStatement: `Texel ontvangt jaarlijks honderdduizenden toeristen. De druk van vakantieverhuur op de woningmarkt is groot: woningen in dorpen als Den Burg, De Koog en Oosterend worden verkocht aan beleggers en verhuurd via verhuurplatforms, terwijl jonge Texelaars, leraren en zorgpersoneel geen woning kunnen vinden.

Voor toeristische verhuur van woningen gelden op Texel een registratieplicht en een maximum van 60 nachten per jaar. Controle is echter lastig: advertenties staan op meerdere platforms, adressen zijn niet altijd zichtbaar en onze twee handhavers zoeken nu handmatig.

We zoeken een oplossing die:
- advertenties op de grote verhuurplatforms automatisch verzamelt en aan adressen koppelt;
- deze vergelijkt met het registratienummer, de BAG en verleende vergunningen;
- het aantal verhuurde nachten schat en overschrijdingen signaleert;
- overzichtelijk en zonder specialistische kennis te gebruiken is door een kleine organisatie.`,
    localContext:
      "Texel heeft ongeveer 13.800 inwoners en 6.500 woningen. De wachttijd voor een sociale huurwoning is opgelopen tot gemiddeld 7 jaar. Een steekproef in 2026 vond 410 advertenties voor hele woningen, terwijl slechts 180 adressen geregistreerd waren. De gemeente verkende een gezamenlijke oplossing met andere Waddeneilanden, maar een gezamenlijke aanschaf bleek te traag voor de urgentie op Texel.",
    affected:
      "Woningzoekende Texelaars, vooral starters, jonge gezinnen en personeel in zorg, onderwijs en horeca; eerlijke verhuurders en recreatieondernemers; handhavers en medewerkers vergunningen van de gemeente.",
    desiredOutcome:
      "Een betaalbare, direct inzetbare tool die niet-geregistreerde en illegale vakantieverhuur zichtbaar maakt en handhaving ondersteunt, zodat woningen weer beschikbaar komen voor permanente bewoning. Eerlijke verhuurders worden zo ook beter beschermd tegen oneerlijke concurrentie.",
    successCriteria: `- Binnen een jaar 90% van de advertenties voor hele woningen gekoppeld aan een adres
- Verdubbeling van het aantal geregistreerde verhuurders
- Minimaal 40 woningen teruggebracht naar permanente bewoning binnen twee jaar
- Beheer en analyse kosten maximaal één dag per week`,
    themes: ["wonen"],
    sdgs: [1, 8, 11],
    budgetMin: 35000,
    budgetMax: 80000,
    launchingCustomerIntent: false,
    procurementRoute: "onderhandse-gunning",
    timeline: "Meervoudig onderhandse offerteaanvraag in het eerste kwartaal van 2027, in gebruik voor het zomerseizoen van 2027",
    responseDeadline: "2027-01-29",
    status: "published",
    contact: {
      name: "Marijke Eelman",
      role: "Coördinator vergunningen en handhaving",
      email: "m.eelman@texel.example",
    },
  },

  // 15. Vaals: multilingual digital services (finished)
  {
    slug: "b-vaals-meertalige-digitale-dienstverlening",
    ownerCode: "GM0981",
    lang: "nl",
    title: "Meertalige digitale dienstverlening voor grensbewoners in Vaals",
    summary:
      "Ruim een kwart van de inwoners van Vaals heeft de Duitse nationaliteit. In een afgeronde pilot testten we een meertalig digitaal loket met chatbot en videobellen voor de meest gevraagde producten.",
    problemStatement: `Vaals ligt op de grens met Duitsland en België en heeft een groot aandeel inwoners met de Duitse nationaliteit, onder wie veel studenten en medewerkers van instellingen in Aken. Veel van hen spreken beperkt Nederlands, hebben geen DigiD of begrijpen niet hoe zij met een Duitse eID gemeentelijke zaken kunnen regelen.

Gevolg: veel telefoontjes en baliebezoeken voor eenvoudige vragen over inschrijving, afvalstoffenheffing, parkeervergunningen en verhuizingen, vaak met tolkende familieleden. Voor onze kleine KCC-bezetting was dit niet meer op te vangen.

We zochten een oplossing die:
- veelgestelde vragen en aanvragen in het Nederlands, Duits en Engels afhandelt;
- inloggen met een Europese eID (eIDAS) ondersteunt waar dat kan;
- een videobelafspraak met een Duitstalige medewerker mogelijk maakt voor complexere vragen;
- aansluit op onze website en ons zaaksysteem.`,
    localContext:
      "Vaals telt ongeveer 10.000 inwoners, van wie circa 27% de Duitse nationaliteit heeft; in de kern Vaals en in Lemiers ligt dat aandeel hoger. Het KCC bestaat uit 4,5 fte. In 2024 ging 31% van de telefoontjes over vragen van Duitstalige inwoners, met een gemiddelde gespreksduur van 9 minuten. Een Duitstalige pagina op de website was verouderd en werd weinig gebruikt.",
    affected:
      "Duitse en andere internationale inwoners, grensarbeiders en studenten; medewerkers van het KCC en Burgerzaken; ondernemers met Duitstalige klanten en personeel.",
    desiredOutcome:
      "Internationale inwoners regelen eenvoudige zaken zelfstandig online in hun eigen taal, en het KCC houdt meer tijd over voor inwoners die persoonlijke hulp nodig hebben. De oplossing moet ook voor andere grensgemeenten bruikbaar zijn.",
    successCriteria: `- 30% minder telefoontjes van Duitstalige inwoners
- Minimaal 60% van de chatgesprekken opgelost zonder doorverwijzing
- Gebruikerstevredenheid minimaal een 7,5
- Voldoet aan WCAG 2.1 AA en de AVG`,
    themes: ["dienstverlening", "digitale-inclusie"],
    sdgs: [10, 16],
    budgetMin: 40000,
    budgetMax: 90000,
    launchingCustomerIntent: false,
    procurementRoute: "onderhandse-gunning",
    timeline: "Pilot van september 2025 tot en met juni 2026, evaluatie afgerond in september 2026",
    responseDeadline: "2025-05-16",
    status: "finished",
    outcome: `In de pilot is een meertalige chatbot (Nederlands, Duits en Engels) op de website gekoppeld aan de kennisbank van het KCC, aangevuld met videobellen met twee Duitstalige medewerkers op dinsdag en donderdag.

**Resultaten:**
- 4.200 chatgesprekken in tien maanden, waarvan 64% zonder doorverwijzing werd afgerond;
- 26% minder telefoontjes van Duitstalige inwoners (doel was 30%);
- gebruikerstevredenheid 7,8.

**Geleerd:** inloggen met een Duitse eID via eIDAS werkte technisch, maar slechts voor enkele producten, omdat onze leverancier van e-formulieren het nog niet ondersteunde. Videobellen werd vooral gebruikt bij verhuizingen en vragen over de afvalstoffenheffing. De kennisbank vroeg meer onderhoud dan verwacht (circa 6 uur per week). Vaals zet de oplossing voort en wil de Duitstalige kennisbank delen met buurgemeenten in Zuid-Limburg.`,
    contact: {
      name: "Lars Hermans",
      role: "Teamleider Publiekszaken",
      email: "l.hermans@vaals.example",
    },
  },

  // 16. Noord-Beveland: permanent residence and fire safety on holiday parks
  {
    slug: "b-noordbeveland-veiligheid-recreatieparken",
    ownerCode: "GM1695",
    lang: "nl",
    title: "Zicht op permanente bewoning en brandveiligheid op vakantieparken",
    summary:
      "Op vakantieparken in Noord-Beveland wonen steeds meer mensen permanent, onder wie arbeidsmigranten en mensen die geen woning vinden. We zoeken een digitale oplossing om bewoning, brandveiligheid en kwetsbaarheid per park in beeld te brengen.",
    problemStatement: `Noord-Beveland telt tientallen vakantieparken en campings, vooral langs het Veerse Meer en de Oosterschelde. Op een deel van de parken wonen mensen permanent, hoewel het omgevingsplan dat niet toestaat: arbeidsmigranten die in de land- en tuinbouw werken, mensen na een scheiding en mensen met schulden. Soms wonen zij in verouderde chalets met gasflessen, elektrische kachels en te weinig vluchtwegen.

De gemeente weet niet precies wie waar woont. Bij een brand of ontruiming weten hulpdiensten niet hoeveel mensen aanwezig zijn. Kwetsbare bewoners vallen buiten beeld van zorg en ondersteuning, en een BRP-inschrijving ontbreekt vaak.

We zoeken een oplossing die:
- informatie van parkeigenaren, BRP, meldingen en inspecties per park samenbrengt;
- brandveiligheidsrisico's per park inzichtelijk maakt voor gemeente en Veiligheidsregio Zeeland;
- helpt om kwetsbare bewoners in contact te brengen met hulp en woonoplossingen.`,
    localContext:
      "Noord-Beveland heeft ongeveer 7.600 inwoners, maar in het hoogseizoen verblijven er meer dan 30.000 gasten. Er zijn 38 recreatieterreinen, waarvan bij 11 signalen van permanente bewoning zijn. Een handmatige inventarisatie in 2025 kwam uit op naar schatting 350 tot 450 permanente bewoners, van wie minder dan de helft ingeschreven. Bij een chaletbrand op een van de parken in 2026 was onduidelijk hoeveel mensen op het terrein verbleven.",
    affected:
      "Permanente bewoners van vakantieparken, onder wie arbeidsmigranten en kwetsbare inwoners; parkeigenaren en recreatieondernemers; brandweer en Veiligheidsregio Zeeland; handhavers en het sociaal team.",
    desiredOutcome:
      "Een actueel overzicht van bewoning en veiligheidsrisico's per park, waarmee de gemeente samen met parkeigenaren en hulpdiensten gericht kan handhaven, branden kan voorkomen en kwetsbare bewoners tijdig kan helpen. Parkeigenaren krijgen zelf ook inzicht in hun risico's.",
    successCriteria: `- Alle 38 parken in beeld, met een actuele risicoscore per park
- 90% van de permanente bewoners binnen twee jaar ingeschreven in de BRP
- Binnen een jaar een brandveiligheidsinspectie op alle hoogrisicoparken
- Minimaal 50 kwetsbare bewoners in contact gebracht met het sociaal team`,
    themes: ["veiligheid", "wonen"],
    sdgs: [8, 11, 16],
    budgetMin: 30000,
    budgetMax: 75000,
    launchingCustomerIntent: false,
    procurementRoute: "onbekend",
    timeline: "Informatiebijeenkomst voor aanbieders in maart 2027; de inkoopprocedure hangt af van de reacties",
    responseDeadline: "2027-04-09",
    status: "published",
    contact: {
      name: "Dirk Kodde",
      role: "Adviseur openbare orde en veiligheid",
      email: "d.kodde@noord-beveland.example",
    },
  },

  // 17. Ommen: energy poverty
  {
    slug: "b-ommen-energiearmoede-isolatie",
    ownerCode: "GM0175",
    lang: "nl",
    title: "Energiearmoede gericht aanpakken in Ommen met data en persoonlijke begeleiding",
    summary:
      "In Ommen wonen honderden huishoudens met een laag inkomen in slecht geïsoleerde woningen. We zoeken een oplossing die deze huishoudens vindt en ontzorgend begeleidt naar energiebesparing en isolatie.",
    problemStatement: `Hoge energierekeningen treffen vooral huishoudens met een laag inkomen in oude, slecht geïsoleerde woningen. In Ommen gaat het zowel om huurders als om eigenaar-bewoners van vooroorlogse woningen en boerderijen in het buitengebied. Veel van hen maken geen gebruik van subsidies, energiecoaches of de gemeentelijke isolatieaanpak, omdat ze er niet van weten, het te ingewikkeld vinden of de eigen bijdrage niet kunnen betalen.

In 2023 en 2024 zetten we energiefixers en de tijdelijke energietoeslag in, maar we bereikten vooral inwoners die zelf al actief waren.

We zoeken een oplossing die:
- op basis van open data (energielabels, bouwjaar, CBS-inkomensgegevens) buurten en woningtypen met een hoog risico op energiearmoede in beeld brengt;
- helpt deze huishoudens persoonlijk en laagdrempelig te benaderen;
- bespaarmaatregelen, subsidie en uitvoering in één ontzorgend traject aanbiedt;
- het effect op energieverbruik en woonlasten meetbaar maakt.`,
    localContext:
      "Ommen telt ruim 18.500 inwoners. Naar schatting heeft circa 7% van de huishoudens een hoge energiequote of woont met een laag inkomen in een slecht geïsoleerde woning. Veel woningen hebben energielabel E, F of G, vooral in de oude kern en in Vilsteren en Beerze. Met Hardenberg en Dalfsen werken we in het Vechtdal aan een gezamenlijke aanpak, maar de uitvoering verschilt nog per gemeente.",
    affected:
      "Huishoudens met een laag of middeninkomen in slecht geïsoleerde huur- en koopwoningen, vooral ouderen en alleenstaande ouders; energiecoaches, de lokale woningcorporatie en installateurs uit de regio.",
    desiredOutcome:
      "Een aanpak waarin de gemeente huishoudens met risico op energiearmoede gericht vindt en ontzorgt, zodat hun woning aantoonbaar beter geïsoleerd is en hun energierekening daalt. Inwoners hebben daarbij één vast aanspreekpunt, van eerste gesprek tot uitvoering.",
    successCriteria: `- 400 huishoudens bereikt binnen twee jaar, van wie 60% een maatregel uitvoert
- Gemiddelde besparing van minimaal € 300 per huishouden per jaar
- 150 woningen minimaal twee labelstappen verbeterd
- Aanpak overdraagbaar naar Hardenberg en Dalfsen`,
    themes: ["energietransitie", "wonen"],
    sdgs: [1, 7, 13],
    budgetMin: null,
    budgetMax: null,
    launchingCustomerIntent: false,
    procurementRoute: "onbekend",
    timeline:
      "Verkenning met aanbieders en de Vechtdal-gemeenten in 2027; de uitvoering hangt af van rijksmiddelen voor de aanpak van energiearmoede",
    responseDeadline: "2027-06-04",
    status: "published",
    contact: {
      name: "Janneke Slot",
      role: "Beleidsmedewerker duurzaamheid",
      email: "j.slot@ommen.example",
    },
  },

  // 18. Pekela: DigiD help for residents who cannot go online alone (pair A)
  {
    slug: "b-pekela-digid-hulp-aan-huis",
    ownerCode: "GM0765",
    lang: "nl",
    title: "Hulp bij DigiD en digitale overheidszaken voor inwoners die niet zelf online kunnen",
    summary:
      "Veel Pekelders krijgen hun DigiD niet zelf aangevraagd of geactiveerd en zijn afhankelijk van familie of van het beperkte spreekuur in de bibliotheek. We zoeken een digitale oplossing die hen thuis en op afstand veilig helpt.",
    problemStatement: `Wie in Pekela een toeslag, kwijtschelding van gemeentelijke belastingen of een Wmo-voorziening wil aanvragen, heeft vrijwel altijd DigiD nodig. Een relatief grote groep inwoners lukt het niet om zelf een DigiD aan te vragen, de activeringscode op tijd te gebruiken of een verlopen account te herstellen. Zij komen daarvoor naar het gemeentehuis of de bibliotheek, of vragen een buurman of kleinkind om in te loggen – met alle risico's van dien.

Als kleine gemeente hebben we geen capaciteit voor een uitgebreid digitaal spreekuur. We zoeken daarom een oplossing die:
- inwoners thuis, in eenvoudige taal en met beeld, stap voor stap door aanvraag en activering leidt;
- een vrijwilliger of medewerker op afstand veilig laat meekijken, zonder dat inloggegevens worden gedeeld;
- eenvoudig te beheren is door een kleine organisatie en samen met buurgemeenten te gebruiken is.`,
    localContext:
      "Pekela telt ruim 12.000 inwoners, verdeeld over Oude en Nieuwe Pekela. Het aandeel 65-plussers ligt met 26% boven het landelijk gemiddelde en naar schatting één op de vijf volwassenen is laaggeletterd. Het Informatiepunt Digitale Overheid in de bibliotheek is twee ochtenden per week open en heeft een wachtlijst van gemiddeld tien dagen. Aan de balie in het gemeentehuis gaan wekelijks zo'n 35 gesprekken over DigiD.",
    affected:
      "Ouderen, laaggeletterde inwoners, mensen met een licht verstandelijke beperking en inwoners zonder eigen computer; daarnaast baliemedewerkers, bibliotheekvrijwilligers en consulenten van het sociaal team.",
    desiredOutcome:
      "Inwoners kunnen hun DigiD zelfstandig of met begeleiding op afstand aanvragen, activeren en gebruiken, zonder naar het gemeentehuis te hoeven. De oplossing is betaalbaar voor een gemeente van onze omvang, voldoet aan WCAG en AVG, en kan worden gedeeld met buurgemeenten in Oost-Groningen.",
    successCriteria: `- Halvering van het aantal DigiD-gesprekken aan de balie binnen twaalf maanden
- Wachttijd voor digitale hulp van tien naar maximaal drie dagen
- Minimaal 150 inwoners in het eerste jaar geholpen, van wie 80% een 7 of hoger geeft
- Beheer kost maximaal 4 uur per week`,
    themes: ["digitale-inclusie", "dienstverlening"],
    sdgs: [4, 10, 16],
    budgetMin: 25000,
    budgetMax: 60000,
    launchingCustomerIntent: false,
    procurementRoute: "onderhandse-gunning",
    timeline: "Offertes uiterlijk april 2027, start na de zomer van 2027",
    responseDeadline: "2027-04-16",
    status: "published",
    contact: {
      name: "Harm Wubbels",
      role: "Teamleider Klantcontact",
      email: "h.wubbels@pekela.example",
    },
  },

  // 19. Kempengemeenten (joint): housing and registration of labour migrants
  {
    slug: "b-kempen-arbeidsmigranten-huisvesting-registratie",
    ownerCode: "GM1667",
    coOwnerCodes: ["GM1728", "GM1724", "GM0770"],
    lang: "nl",
    title: "Goede huisvesting en registratie van arbeidsmigranten in de Kempen",
    summary:
      "Vier Kempengemeenten zoeken samen een digitale oplossing die huisvesting van arbeidsmigranten, vergunningen, BRP/RNI-inschrijving en informatievoorziening aan arbeidsmigranten zelf bij elkaar brengt.",
    problemStatement: `In de Kempen werken duizenden arbeidsmigranten in de logistiek, de agrarische sector en de maakindustrie. Zij wonen in grootschalige huisvestingslocaties, in omgebouwde boerderijen, op vakantieparken en in reguliere woningen. Gemeenten hebben beperkt zicht op hoeveel mensen waar wonen en onder welke omstandigheden, omdat velen alleen in de RNI staan of niet worden uitgeschreven bij vertrek.

Tegelijk weten arbeidsmigranten vaak niet wat hun rechten zijn, hoe zij zich moeten inschrijven of waar ze terechtkunnen met klachten over hun woning. Informatie is vooral in het Nederlands beschikbaar en verspreid over vier gemeentelijke websites.

We zoeken als vier gemeenten samen een oplossing die:
- een gedeeld, actueel beeld geeft van huisvestingslocaties, capaciteit, vergunningen en inspecties;
- registratie in BRP of RNI vereenvoudigt, bijvoorbeeld met een meertalige digitale pre-inschrijving via werkgevers;
- arbeidsmigranten in hun eigen taal informeert en een laagdrempelig meldpunt biedt.`,
    localContext:
      "Reusel-De Mierden, Bladel, Bergeijk en Eersel werken samen als Kempengemeenten, met een gezamenlijke uitvoeringsorganisatie. Samen hebben zij ruim 73.000 inwoners en naar schatting 6.000 tot 8.000 arbeidsmigranten. Er zijn 140 bekende huisvestingslocaties. Inspecties gebeuren nu per gemeente en worden in spreadsheets bijgehouden. Een gezamenlijk informatiepunt trok in 2026 gemiddeld 25 bezoekers per week, vooral Pools- en Roemeenstaligen.",
    affected:
      "Arbeidsmigranten en hun gezinnen, omwonenden van huisvestingslocaties, werkgevers en uitzendbureaus, huisvesters, medewerkers Burgerzaken, toezichthouders en de veiligheidsregio.",
    desiredOutcome:
      "Eén gezamenlijk systeem en informatiepunt waarmee de vier gemeenten de huisvesting van arbeidsmigranten op orde houden, de registratie klopt en arbeidsmigranten zelf hun weg vinden naar informatie en hulp. Werkgevers en huisvesters krijgen één aanspreekpunt voor alle vier gemeenten.",
    successCriteria: `- Alle bekende huisvestingslocaties met actuele capaciteit en inspectiestatus in één systeem
- 80% van de arbeidsmigranten die langer dan vier maanden blijven, ingeschreven in de BRP
- Informatie beschikbaar in minimaal 5 talen
- Meldingen over huisvesting binnen 5 werkdagen opgepakt`,
    themes: ["wonen", "veiligheid", "dienstverlening"],
    sdgs: [8, 10, 11],
    budgetMin: 120000,
    budgetMax: 300000,
    launchingCustomerIntent: true,
    procurementRoute: "innovatiepartnerschap",
    timeline:
      "Aankondiging innovatiepartnerschap in het voorjaar van 2027; ontwikkelfase eind 2027 en 2028; ingebruikname in alle vier gemeenten in 2029",
    responseDeadline: "2027-07-09",
    status: "published",
    contact: {
      name: "Tom Maas",
      role: "Projectleider arbeidsmigratie Kempengemeenten",
      email: "t.maas@reusel-demierden.example",
    },
  },

  // 20. Oudewater: foundations and subsidence (closed)
  {
    slug: "b-oudewater-funderingen-bodemdaling",
    ownerCode: "GM0589",
    lang: "nl",
    title: "Funderingsschade door bodemdaling in de historische binnenstad vroegtijdig signaleren",
    summary:
      "Door bodemdaling en droogte lopen houten funderingen in Oudewater risico op schade. We zochten een betaalbare monitoringsoplossing die panden met risico vroegtijdig signaleert en eigenaren handelingsperspectief biedt.",
    problemStatement: `Oudewater ligt in het Groene Hart, op veen en klei. Door bodemdaling en langere droge perioden daalt de grondwaterstand, waardoor houten funderingspalen droog komen te staan en kunnen gaan rotten. In de historische binnenstad met ruim 150 rijksmonumenten staan veel panden op houten palen of op staal.

Funderingsherstel kost al snel € 60.000 tot € 120.000 per woning. Eigenaren weten vaak niet of hun pand risico loopt, en de gemeente heeft geen goed beeld van de omvang van het probleem. Funderingsonderzoek per pand is duur en wordt pas gedaan als er al scheuren zijn.

We zochten een oplossing die:
- met satellietdata (InSAR), grondwatermeters en bestaande gegevens per pand een risicoprofiel opstelt;
- eigenaren via een portaal informeert over het risico en mogelijke vervolgstappen;
- de gemeente en het waterschap helpt grondwaterpeilen en herstelopgaven te plannen.`,
    localContext:
      "Oudewater telt ongeveer 10.500 inwoners en 4.400 woningen, waarvan naar schatting 1.100 gebouwd vóór 1940. De landelijke funderingsrisicokaart geeft een indicatie, maar is te grof voor beslissingen per pand. In 2024 plaatste de gemeente samen met het waterschap twaalf peilbuizen in de binnenstad; op vier locaties zakte de grondwaterstand in de zomer tot onder de paalkoppen.",
    affected:
      "Eigenaar-bewoners en huurders van oudere panden, eigenaren van monumenten, ondernemers in de binnenstad, de gemeentelijke afdeling ruimte en het waterschap.",
    desiredOutcome:
      "Een actueel risicobeeld per pand en een portaal dat eigenaren informeert en tijdig laat handelen, zodat schade wordt beperkt en herstel beter gepland en gefinancierd kan worden. Eigenaren in een straat kunnen zo ook samen herstel organiseren.",
    successCriteria: `- Risicoprofiel voor alle panden gebouwd vóór 1970
- Monitoring van bodembeweging met een nauwkeurigheid van enkele millimeters per jaar
- 50% van de eigenaren met een hoog risico heeft binnen een jaar het portaal geraadpleegd
- Jaarlijkse rapportage aan gemeenteraad en waterschap`,
    themes: ["wonen", "klimaatadaptatie"],
    sdgs: [6, 11, 13],
    budgetMin: 75000,
    budgetMax: 200000,
    launchingCustomerIntent: false,
    procurementRoute: "marktconsultatie",
    timeline:
      "Marktconsultatie gesloten op 30 juni 2026 met vijf reacties; aanbesteding gepland in het voorjaar van 2027",
    responseDeadline: "2026-06-30",
    status: "closed",
    contact: {
      name: "Koen Verweij",
      role: "Beleidsadviseur ruimte en klimaat",
      email: "k.verweij@oudewater.example",
    },
  },

  // 21. Enschede: dumped waste at underground containers (finished)
  {
    slug: "b-enschede-bijplaatsingen-ondergrondse-containers",
    ownerCode: "GM0153",
    lang: "nl",
    title: "Bijplaatsingen bij ondergrondse containers eerder signaleren en voorkomen",
    summary:
      "Rond ondergrondse containers in Enschede staan vaak zakken en grofvuil, met zwerfafval, ongedierte en een verloederd straatbeeld als gevolg. In een afgeronde SBIR-pilot testten we sensoren en beeldherkenning om bijplaatsingen te signaleren en te voorkomen.",
    problemStatement: `In hoogbouwwijken in Enschede zamelen we restafval en grondstoffen in met ondergrondse containers. Rond een deel van de containers worden structureel zakken, dozen en grofvuil neergezet. Dat leidt tot zwerfafval, ongedierte, meldingen van bewoners en een gevoel van verloedering. Het opruimen kost jaarlijks ruim € 400.000.

De oorzaken verschillen per locatie: volle of defecte containers, onbekendheid met de regels, gemakzucht of bewuste dumping. We wisten niet goed waar en wanneer bijplaatsingen ontstaan, waardoor ophaalrondes en handhaving niet op de juiste plekken werden ingezet.

Daarom zochten we oplossingen die:
- vulgraad en storingen van containers realtime meten;
- bijplaatsingen automatisch en privacyvriendelijk detecteren;
- ophaalroutes en de inzet van handhavers en afvalcoaches op basis van data aansturen;
- bewoners gericht informeren.`,
    localContext:
      "Enschede heeft ruim 1.300 ondergrondse containers. De meeste meldingen over bijplaatsingen komen uit Velve-Lindenhof, Twekkelerveld, de Wesselerbrink en Stroinkslanden. In 2024 ontvingen we ruim 7.800 meldingen van bijgeplaatst afval. Campagnes met stickers en afvalcoaches hadden tijdelijk effect, maar na enkele maanden nam het aantal bijplaatsingen weer toe.",
    affected:
      "Bewoners van hoogbouwwijken, de afvalinzamelaar, boa's en afvalcoaches, en medewerkers van de wijkteams openbare ruimte.",
    desiredOutcome:
      "Een datagestuurde aanpak waarmee we bijplaatsingen sneller opruimen, structureel voorkomen en per locatie inzicht krijgen in de oorzaken, zodat de openbare ruimte schoner wordt en de kosten dalen. Bewoners merken dat meldingen sneller leiden tot een schone straat.",
    successCriteria: `- 30% minder bijplaatsingen op de pilotlocaties
- Detectie van bijplaatsingen met minimaal 85% precisie
- Gemiddelde opruimtijd na detectie onder 24 uur
- Geen opslag van herkenbare beelden van personen`,
    themes: ["circulaire-economie", "gezond-stedelijk-leven"],
    sdgs: [11, 12],
    budgetMin: 150000,
    budgetMax: 350000,
    launchingCustomerIntent: true,
    procurementRoute: "sbir",
    timeline: "SBIR fase 1 in 2025; fase 2 pilot op 60 containerlocaties oktober 2025 – juli 2026; eindevaluatie september 2026",
    responseDeadline: "2025-03-14",
    status: "finished",
    outcome: `Twee partijen testten in fase 2 hun oplossing op in totaal 60 containerlocaties: de ene met vulgraadsensoren en een camera met beeldherkenning op de container, de andere met beeldherkenning via camera's op de inzamelvoertuigen.

**Resultaten:**
- 34% minder bijplaatsingen op de pilotlocaties ten opzichte van vergelijkbare locaties;
- de beeldherkenning haalde 88% precisie, maar had moeite met donkere avonden en natte zakken;
- door sturing op vulgraad daalde het aantal overvolle containers met 60%.

**Geleerd:** de grootste winst zat in het voorkomen van volle en defecte containers, niet in handhaving. Camera's op voertuigen waren goedkoper en makkelijker te beheren dan vaste camera's. Enschede schaalt vulgraadsensoren op naar alle containers in hoogbouwwijken en besteedt beeldherkenning in 2027 aan.`,
    contact: {
      name: "Niels Oude Nijhuis",
      role: "Projectleider schone wijken",
      email: "n.oudenijhuis@enschede.example",
    },
  },

  // 22. Heerlen: vacancy and subversive crime in the city centre (closed)
  {
    slug: "b-heerlen-leegstand-ondermijning-centrum",
    ownerCode: "GM0917",
    lang: "nl",
    title: "Leegstand en ondermijning in het centrum van Heerlen eerder in beeld",
    summary:
      "In het centrum van Heerlen staan veel panden leeg of worden gebruikt voor activiteiten die criminele geldstromen verhullen. We zochten een datagedreven oplossing die signalen bundelt, zodat gemeente en partners eerder kunnen ingrijpen en panden een nieuwe woonbestemming krijgen.",
    problemStatement: `Het kernwinkelgebied van Heerlen kampt al jaren met leegstand. Op plekken waar de winkelfunctie verdwijnt, vestigen zich soms bedrijven die nauwelijks klanten hebben maar wel veel contant geld omzetten: belwinkels, kappers, nagelstudio's of minimarkten die als dekmantel dienen. Dit ondermijnt het vertrouwen van ondernemers en bewoners en bemoeilijkt de transformatie van winkels naar woningen.

Signalen liggen verspreid bij gemeente, politie, Belastingdienst, het RIEC, woningcorporaties en vastgoedeigenaren. Ze worden nu handmatig in casusoverleggen samengebracht, waardoor het maanden duurt voordat een pand in beeld komt.

We zochten een oplossing die:
- signalen over panden en vestigingen (KvK-wijzigingen, eigendomsoverdrachten, vergunningen, meldingen) binnen de wettelijke kaders bundelt;
- risico's per pand uitlegbaar zichtbaar maakt voor de gemeente;
- helpt bij de keuze tussen handhaving, Bibob-toetsing en transformatie naar wonen.`,
    localContext:
      "Heerlen telt ongeveer 87.000 inwoners. In het centrum stond in 2025 circa 19% van het winkelvloeroppervlak leeg. In 2024 en 2025 sloot de burgemeester 14 panden op grond van de Opiumwet of de APV. De komende jaren transformeren we in het centrum honderden winkelpanden deels naar woningen; ondermijnende eigenaren vormen daarbij een risico.",
    affected:
      "Bewoners en ondernemers in het centrum, bonafide vastgoedeigenaren, bezoekers van de binnenstad, toezichthouders, de afdeling openbare orde en veiligheid en ketenpartners zoals politie en RIEC.",
    desiredOutcome:
      "Een gedeeld, rechtmatig en uitlegbaar beeld van risicopanden, zodat gemeente en partners eerder en gerichter ingrijpen en leegstaande winkelpanden sneller een gezonde functie krijgen, bij voorkeur wonen. Eerlijke ondernemers en vastgoedeigenaren moeten daar merkbaar baat bij hebben.",
    successCriteria: `- Doorlooptijd van signaal tot casusbespreking van 4 maanden naar 4 weken
- Minimaal 50 risicopanden per jaar beoordeeld
- Leegstand in het kernwinkelgebied onder 12% in 2030
- Juridische toets en DPIA afgerond vóór ingebruikname`,
    themes: ["veiligheid", "wonen"],
    sdgs: [11, 16],
    budgetMin: null,
    budgetMax: null,
    launchingCustomerIntent: false,
    procurementRoute: "onbekend",
    timeline:
      "Reactietermijn gesloten; de gemeente onderzoekt met het RIEC of een gezamenlijke aanbesteding mogelijk is (besluit begin 2027)",
    responseDeadline: "2026-04-24",
    status: "closed",
    contact: {
      name: "Sandra Hendriks",
      role: "Adviseur openbare orde en veiligheid",
      email: "s.hendriks@heerlen.example",
    },
  },
];
