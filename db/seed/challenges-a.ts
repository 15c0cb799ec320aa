import type { SeedChallenge } from "./types";

/**
 * Demo challenges, set A (22 records). All people, figures and plans are fictional;
 * public bodies are real and referenced by CBS code.
 */
export const challengesA: SeedChallenge[] = [
  // 1. Pair A (hittestress dichte binnenstad) - Amsterdam
  {
    slug: "a-amsterdam-hittestress-de-pijp-oud-west",
    ownerCode: "GM0363",
    lang: "nl",
    title: "Hittestress in dichtbebouwde wijken: waar is het het heetst en wie loopt risico?",
    summary:
      "Amsterdam zoekt een manier om hitte op straat- en woningniveau in De Pijp en Oud-West fijnmazig in beeld te brengen en te koppelen aan kwetsbare bewoners, zodat vergroening en het hitteplan gerichter worden ingezet.",
    problemStatement: `Tijdens hittegolven liggen de gevoelstemperaturen in De Pijp en Oud-West tot 8 °C hoger dan aan de stadsrand. De bebouwing is dicht, er is weinig groen en veel woningen zijn kleine bovenwoningen onder een plat dak die 's nachts nauwelijks afkoelen.

Onze huidige hittekaart is gebaseerd op een modelberekening uit 2019 en een handvol weerstations. Daarmee kunnen we niet zien:

- welke straten en binnenhoven 's nachts warm blijven;
- waar kwetsbare bewoners (alleenwonende 75-plussers, mensen met een chronische aandoening) wonen die geen koele plek in de buurt hebben;
- of maatregelen zoals boomspiegels, geveltuinen en koele plekken daadwerkelijk effect hebben.

Daardoor kiezen we locaties voor vergroening vooral op basis van beschikbare ruimte, en bereikt de hittebelronde van het Amsterdamse hitteplan lang niet altijd de mensen die het hardst hulp nodig hebben.`,
    localContext:
      "De Pijp en Oud-West tellen samen ruim 70.000 inwoners op circa 3,5 km². Het groenoppervlak ligt onder de 10%. In 2023 en 2024 hingen we 25 eenvoudige temperatuursensoren op via bewonersinitiatieven, maar de data zijn niet gekalibreerd en staan in losse spreadsheets. De GGD belde in de hittegolf van 2024 ruim 1.100 ouderen na op basis van een lijst die niet aan locatiegegevens gekoppeld was.",
    affected:
      "Alleenwonende ouderen, mensen met hart- en longklachten, gezinnen met jonge kinderen in kleine bovenwoningen, buitenwerkers en de medewerkers van GGD, stadsdeel en buurtteams die tijdens hitte moeten prioriteren.",
    desiredOutcome:
      "Een fijnmazig hittebeeld op straat- en blokniveau, dag en nacht, opgebouwd uit gekalibreerde sensoren, satellietdata en bestaande 3D-stadsdata, gekoppeld aan een geanonimiseerde kwetsbaarheidsindex. Beleidsmakers gebruiken het dashboard om vergroening te prioriteren; GGD en buurtteams gebruiken het tijdens hittegolven om gericht bewoners te benaderen. Het effect van maatregelen moet meetbaar worden.",
    successCriteria: `- Temperatuurbeeld met een resolutie van maximaal 50 meter voor beide wijken
- Minimaal 80% van de alleenwonende 75-plussers in de warmste blokken binnen 48 uur na een hittewaarschuwing bereikt
- Effect van minimaal 10 vergroeningsmaatregelen gemeten (gemiddelde temperatuurdaling per locatie)
- Data als open data beschikbaar, AVG-proof verwerkt`,
    themes: ["klimaatadaptatie", "gezond-stedelijk-leven"],
    sdgs: [3, 11, 13],
    budgetMin: 150000,
    budgetMax: 400000,
    launchingCustomerIntent: true,
    procurementRoute: "marktconsultatie",
    timeline: "Marktconsultatie voorjaar 2027, pilot in De Pijp zomer 2027, uitrol naar Oud-West in 2028",
    responseDeadline: "2027-03-31",
    status: "published",
    contact: {
      name: "Sanne Verhoeven",
      role: "Programmamanager klimaatadaptatie",
      email: "s.verhoeven@amsterdam.example",
    },
  },

  // 2. Pair A (hittestress dichte binnenstad) - Rotterdam
  {
    slug: "a-rotterdam-hitte-rotterdam-zuid",
    ownerCode: "GM0599",
    lang: "nl",
    title: "Koele wijken op Zuid: hitterisico's van bewoners in oude portiekwoningen verminderen",
    summary:
      "Rotterdam wil in de Tarwewijk, Bloemhof en Hillesluis weten welke straten en woningen het meest opwarmen, welke bewoners daar het kwetsbaarst zijn en welke maatregelen werken, om hittestress gericht te verminderen.",
    problemStatement: `In de vooroorlogse wijken van Rotterdam-Zuid is het tijdens hitte op straat en binnenshuis veel warmer dan elders in de stad. Verharding is er hoog, bomen zijn schaars en veel bewoners wonen in slecht geïsoleerde portiekwoningen zonder zonwering. Tegelijk wonen hier relatief veel mensen met een laag inkomen, gezondheidsproblemen of een beperkte beheersing van het Nederlands.

We weten uit de hittekaart van de Klimaatatlas globaal waar het warm is, maar niet:

- hoe warm het binnen in woningen wordt, vooral 's nachts;
- welke huishoudens het grootste gezondheidsrisico lopen;
- welke combinatie van maatregelen (bomen, zonwering, koele ontmoetingsplekken, voorlichting) het meeste oplevert per geïnvesteerde euro.

Hierdoor investeren gemeente, woningcorporaties en zorgpartners los van elkaar en zonder gedeeld beeld van het probleem.`,
    localContext:
      "Tarwewijk, Bloemhof en Hillesluis tellen samen ongeveer 38.000 inwoners en circa 16.500 woningen, waarvan 55% corporatiebezit. Het bomenbestand ligt 40% onder het stedelijk gemiddelde. In 2024 hingen wijkteams in 60 woningen dataloggers op: de nachttemperatuur binnen bleef tijdens de hittegolf zes nachten boven de 26 °C. Het Nationaal Programma Rotterdam Zuid biedt een kader om met corporaties en zorgaanbieders samen te werken.",
    affected:
      "Bewoners van portiekwoningen, in het bijzonder ouderen, mensen met chronische ziekten en gezinnen met baby's; daarnaast wijkverpleegkundigen, huisartsen en corporatiemedewerkers die klachten opvangen.",
    desiredOutcome:
      "Een gedeeld, wijkgericht hitte-informatiesysteem dat buiten- en binnentemperaturen combineert met risicoprofielen op blokniveau. Het ondersteunt een hitte-actieplan per wijk, helpt corporaties bij het kiezen van zonwering en isolatie en stuurt bij hitte gerichte signalen naar wijkteams en zorgverleners. Bewoners krijgen begrijpelijk, meertalig handelingsperspectief.",
    successCriteria: `- Binnentemperatuur gemeten in minimaal 300 woningen verspreid over drie wijken
- Aantal nachten boven 26 °C binnen in deelnemende woningen met 30% omlaag binnen twee zomers
- Hittevoorlichting beschikbaar in minimaal 5 talen
- Gedeeld dashboard in gebruik bij gemeente, 2 corporaties en wijkteams`,
    themes: ["klimaatadaptatie", "gezond-stedelijk-leven", "kansengelijkheid"],
    sdgs: [3, 10, 11, 13],
    budgetMin: 300000,
    budgetMax: 900000,
    launchingCustomerIntent: true,
    procurementRoute: "pcp",
    timeline: "Openstelling PCP-fase 1 (haalbaarheid) Q2 2027, fase 2 prototypes zomer 2028, fase 3 veldtest 2029",
    responseDeadline: "2027-05-14",
    status: "published",
    contact: {
      name: "Youssef el Amrani",
      role: "Senior adviseur klimaatadaptatie en gezondheid",
      email: "y.elamrani@rotterdam.example",
    },
  },

  // 3. Pair B (aardgasvrije wijken met particuliere eigenaren) - Zwolle
  {
    slug: "a-zwolle-aardgasvrije-wijken-eigenaar-bewoners",
    ownerCode: "GM0193",
    lang: "nl",
    title: "Eigenaar-bewoners meekrijgen in de aardgasvrije wijkaanpak van Aa-landen en Berkum",
    summary:
      "Zwolle zoekt digitale hulpmiddelen die particuliere woningeigenaren per woning inzicht geven in isolatie, warmtepomp of warmtenet, kosten en financiering, zodat meer huishoudens daadwerkelijk de stap naar aardgasvrij zetten.",
    problemStatement: `In de wijken Aa-landen en Berkum werken we aan een wijkuitvoeringsplan om vóór 2035 van het aardgas af te gaan. Bij huurwoningen lukt dat via afspraken met de corporaties, maar ruim 60% van de woningen is van particuliere eigenaren. Zij moeten zelf beslissen en investeren.

Bewonersavonden en de energieloketsite trekken vooral mensen die al overtuigd zijn. Veel eigenaren haken af omdat:

- onduidelijk is wat er in hún woningtype nodig is en wat het kost;
- ze niet weten of er een warmtenet komt of dat ze beter zelf een (hybride) warmtepomp kunnen kiezen;
- subsidies en leningen lastig te overzien zijn;
- ze geen betrouwbare installateur kunnen vinden.

We zoeken een oplossing die per adres een realistisch, begrijpelijk stappenplan geeft en eigenaren daarna ook ondersteunt bij offertes, uitvoering en collectieve inkoop.`,
    localContext:
      "Aa-landen (circa 5.900 woningen, grotendeels gebouwd 1970-1985) en Berkum (circa 3.400 woningen, veel jaren-dertig en jaren-zestig rijwoningen) hebben samen ongeveer 5.600 particuliere eigenaar-bewoners. Sinds 2022 zijn 1.450 gratis energiescans uitgevoerd, maar slechts 12% leidde binnen een jaar tot een maatregel. Een collectieve inkoopactie voor spouwmuurisolatie in 2024 haalde 210 deelnemers.",
    affected:
      "Particuliere woningeigenaren, waaronder veel oudere bewoners en starters met een krappe beurs, VvE's van kleine appartementencomplexen, energiecoaches en de medewerkers van het Zwolse energieloket.",
    desiredOutcome:
      "Een digitaal woningdossier per adres dat op basis van bouwjaar, woningtype, energielabel en eigen invoer laat zien welke stappen logisch zijn, wat ze kosten en opleveren en welke subsidies gelden. Het sluit aan op de wijkplanning voor een eventueel warmtenet, ondersteunt energiecoaches bij huisbezoeken en maakt het eenvoudig om mee te doen met collectieve inkoop.",
    successCriteria: `- Minimaal 40% van de eigenaar-bewoners in beide wijken heeft binnen twee jaar een woningdossier aangemaakt
- Conversie van advies naar uitgevoerde maatregel stijgt van 12% naar minimaal 30%
- Gemiddeld gasverbruik deelnemende woningen daalt met 25%
- Tool voldoet aan WCAG 2.1 AA`,
    themes: ["energietransitie", "wonen"],
    sdgs: [7, 11, 13],
    budgetMin: 120000,
    budgetMax: 350000,
    launchingCustomerIntent: true,
    procurementRoute: "sbir",
    timeline: "SBIR-oproep Q1 2027, haalbaarheidsstudies tot juni 2027, ontwikkelfase en pilot in Aa-landen vanaf september 2027",
    responseDeadline: "2027-02-26",
    status: "published",
    contact: {
      name: "Marieke Jansen",
      role: "Projectleider wijkaanpak aardgasvrij",
      email: "m.jansen@zwolle.example",
    },
  },

  // 4. Pair B (aardgasvrije wijken met particuliere eigenaren) - Groningen
  {
    slug: "a-groningen-aardgasvrij-paddepoel-selwerd",
    ownerCode: "GM0014",
    lang: "nl",
    title: "Particuliere eigenaren en VvE's aansluiten op het warmtenet in Paddepoel en Selwerd",
    summary:
      "Groningen wil particuliere woningeigenaren en kleine VvE's in Paddepoel en Selwerd beter informeren en begeleiden bij de overstap naar het warmtenet en bij isolatie, met aandacht voor eigenaren met een laag inkomen.",
    problemStatement: `In Paddepoel en Selwerd wordt het warmtenet uitgebreid en zijn de meeste corporatiewoningen al aangesloten of gepland. De aansluitgraad bij particuliere eigenaren en VvE's blijft echter achter: van de eigenaren die een aanbod kregen, tekende nog geen kwart.

Uit gesprekken blijkt dat eigenaren het aanbod moeilijk kunnen vergelijken met alternatieven zoals een warmtepomp, dat ze twijfelen over toekomstige tarieven en dat besluitvorming in kleine VvE's vastloopt. Een deel van de eigenaren heeft een laag inkomen en kan de eigen bijdrage of benodigde isolatie niet zonder hulp betalen.

Wij zoeken een aanpak met digitale ondersteuning die per woning of VvE de opties en kosten transparant maakt, besluitvorming in VvE's vergemakkelijkt en energiecoaches helpt om de juiste huishoudens op het juiste moment te benaderen. De oplossing moet ook werken voor bewoners die minder digitaal vaardig zijn.`,
    localContext:
      "Paddepoel en Selwerd tellen samen circa 9.800 woningen, waarvan ongeveer 2.300 in particulier bezit, deels in 140 kleine VvE's. Het warmtenet ligt in de hoofdstructuur van beide wijken. In 2024 kregen 820 eigenaren een aansluitaanbod; 190 tekenden. Het Groninger energieloket voerde 400 huisbezoeken uit, waarvan de resultaten niet systematisch zijn vastgelegd.",
    affected:
      "Particuliere eigenaar-bewoners (veel ouderen en starters), besturen van kleine VvE's, huishoudens met een laag inkomen en energiecoaches en wijkteams die bewoners begeleiden.",
    desiredOutcome:
      "Eigenaren en VvE's kunnen met een paar klikken of samen met een coach zien wat aansluiten, isoleren of een alternatief betekent voor kosten, comfort en maandlasten. VvE-besturen krijgen ondersteuning voor besluitvorming. De gemeente heeft een actueel overzicht van voortgang per straat zodat coaches gericht kunnen inzetten.",
    successCriteria: `- Aansluitgraad particuliere eigenaren stijgt van 23% naar minimaal 50% binnen twee jaar
- Minimaal 60 VvE's nemen een formeel besluit over aansluiting
- Minimaal 300 huishoudens met een laag inkomen krijgen passende financiering
- Registratie van huisbezoeken volledig digitaal`,
    themes: ["energietransitie", "wonen", "kansengelijkheid"],
    sdgs: [1, 7, 11, 13],
    budgetMin: 80000,
    budgetMax: 250000,
    launchingCustomerIntent: false,
    procurementRoute: "marktconsultatie",
    timeline: "Marktconsultatie tot april 2027, aanbesteding najaar 2027, inzet in beide wijken vanaf begin 2028",
    responseDeadline: "2027-04-16",
    status: "published",
    contact: {
      name: "Hendrik Bakker",
      role: "Adviseur warmtetransitie",
      email: "h.bakker@groningen.example",
    },
  },

  // 5. Maastricht - vroegsignalering schulden
  {
    slug: "a-maastricht-vroegsignalering-schulden",
    ownerCode: "GM0935",
    lang: "nl",
    title: "Vroegsignalering van betalingsachterstanden: sneller en beter contact met huishoudens",
    summary:
      "Maastricht ontvangt jaarlijks duizenden signalen over betalingsachterstanden, maar bereikt maar een klein deel van de huishoudens. We zoeken slimme triage en nieuwe manieren van contact leggen, zodat schulden niet onnodig oplopen.",
    problemStatement: `Sinds de Wet gemeentelijke schuldhulpverlening verplicht ons signalen van woningcorporaties, energie- en drinkwaterbedrijven en zorgverzekeraars op te volgen. In Maastricht komen jaarlijks ruim 4.800 signalen binnen. Onze medewerkers proberen elk huishouden binnen vier weken te benaderen met een brief, telefoontje of huisbezoek.

In de praktijk bereiken we slechts 35% van de huishoudens en accepteert maar een derde daarvan hulp. Signalen worden behandeld in volgorde van binnenkomst, terwijl sommige huishoudens meerdere achterstanden tegelijk hebben en een veel hoger risico lopen op huisuitzetting of afsluiting. Medewerkers besteden veel tijd aan administratie en tevergeefse huisbezoeken.

We zoeken een oplossing die signalen bundelt en prioriteert, op basis van uitlegbare en AVG-conforme regels, en die huishoudens via kanalen die zij wél gebruiken (sms, WhatsApp, laagdrempelige website) uitnodigt om contact op te nemen.`,
    localContext:
      "De meeste signalen komen uit Maastricht-Noordoost (Wittevrouwenveld, Nazareth, Limmel) en Noordwest (Malberg, Caberg, Pottenberg). Het team vroegsignalering bestaat uit 9 fte. In 2024 voerde het team 1.900 huisbezoeken uit, waarvan 52% zonder contact. Een proef met sms-berichten in Malberg verdubbelde de respons, maar werd niet voortgezet omdat een goede technische koppeling ontbrak.",
    affected:
      "Huishoudens met betalingsachterstanden, vaak alleenstaande ouders, jongeren en werkende armen; medewerkers vroegsignalering en schuldhulpverlening; woningcorporaties en energieleveranciers die signalen aanleveren.",
    desiredOutcome:
      "Een systeem dat signalen per huishouden samenvoegt, een uitlegbare prioriteit toekent en medewerkers helpt de juiste actie te kiezen. Huishoudens ontvangen persoonlijke, begrijpelijke uitnodigingen via meerdere kanalen. Resultaten worden gemonitord, zodat we kunnen leren welke aanpak voor welke groep werkt.",
    successCriteria: `- Bereik van huishoudens stijgt van 35% naar minimaal 60%
- Aantal huisuitzettingen wegens huurschuld daalt met 25%
- Tijd tussen signaal en eerste contact gemiddeld onder 10 werkdagen
- Algoritme opgenomen in het Algoritmeregister, met DPIA`,
    themes: ["kansengelijkheid", "dienstverlening"],
    sdgs: [1, 10, 16],
    budgetMin: 200000,
    budgetMax: 600000,
    launchingCustomerIntent: true,
    procurementRoute: "innovatiepartnerschap",
    timeline: "Selectie partners Q2 2027, ontwikkeling en pilot in Noordoost vanaf oktober 2027, evaluatie eind 2028",
    responseDeadline: "2027-06-11",
    status: "published",
    contact: {
      name: "Ingrid Mulders",
      role: "Teamleider vroegsignalering en schuldhulp",
      email: "i.mulders@maastricht.example",
    },
  },

  // 6. Eindhoven (EN) - grid congestion business parks
  {
    slug: "a-eindhoven-grid-congestion-business-parks",
    ownerCode: "GM0772",
    lang: "en",
    title: "Unlocking grid capacity on business parks through shared energy hubs",
    summary:
      "Eindhoven is looking for software and business models that let companies on congested business parks share grid capacity, batteries and charging infrastructure, so they can electrify vans, trucks and processes despite waiting lists.",
    problemStatement: `The electricity grid in the Eindhoven region is congested. Companies on our business parks cannot get a larger grid connection for years, which blocks the electrification of delivery vans, trucks and industrial heat, and makes it hard for new firms to settle here.

At the same time, the grid capacity that companies already have is used unevenly: most connections peak for only a few hours a day, and rooftop solar is often curtailed at noon. Pooling this capacity in an energy hub, combined with shared batteries and smart charging, could create room within the existing grid.

In practice, setting up such a hub is slow. Companies lack insight into their own load profiles, there is no neutral platform to allocate shared capacity fairly, and contractual and legal arrangements with the grid operator take a long time. We are looking for digital solutions that make energy hubs on business parks practical, trusted and replicable.`,
    localContext:
      "Eindhoven has about 25 business parks. On De Hurk (around 400 companies) and Flight Forum (around 150 companies), more than 60 companies are on the grid operator's waiting list. A park association on De Hurk has collected quarter-hourly meter data from 35 firms. A first feasibility study estimated that smart sharing could free up 8 to 12 MW of peak capacity.",
    affected:
      "SMEs and logistics firms on business parks, park associations, installers, the regional grid operator, and residents who depend on jobs and zero-emission delivery in the city.",
    desiredOutcome:
      "A neutral, secure energy management platform that aggregates load data, forecasts peaks, steers shared batteries and chargers, and allocates capacity among participants according to transparent rules agreed with the grid operator. It should be easy to replicate on other parks and support the group contracts (such as group transport agreements) that the grid operator offers.",
    successCriteria: `- At least 30 companies on De Hurk connected to the platform within 18 months
- At least 5 MW of additional usable capacity without grid reinforcement
- 100 extra electric vans or trucks charged on site
- Solar curtailment reduced by at least 50%
- Data shared under clear governance, GDPR compliant`,
    themes: ["energietransitie", "duurzame-mobiliteit"],
    sdgs: [7, 9, 11, 13],
    budgetMin: 400000,
    budgetMax: 1200000,
    launchingCustomerIntent: true,
    procurementRoute: "pcp",
    timeline: "PCP call opens Q1 2027; phase 1 design studies until summer 2027; phase 2 prototypes on De Hurk 2028",
    responseDeadline: "2027-03-19",
    status: "published",
    contact: {
      name: "Bram van den Heuvel",
      role: "Programme manager energy transition, business parks",
      email: "b.vandenheuvel@eindhoven.example",
    },
  },

  // 7. Amsterdam (EN) - circular construction materials
  {
    slug: "a-amsterdam-circular-construction-materials",
    ownerCode: "GM0363",
    lang: "en",
    title: "Matching reclaimed building materials from renovation projects with new construction",
    summary:
      "Amsterdam wants to keep more building materials in use by matching what comes out of renovation and demolition projects with demand in new projects, through reliable data on quantity, quality and timing.",
    problemStatement: `Amsterdam aims to halve its use of new primary raw materials by 2030. The built environment is the largest material flow in the city: every year, renovation and demolition release large volumes of timber, steel, doors, facade elements and interior fittings that are still usable.

Most of these materials are currently downcycled or incinerated. Project developers and contractors say they would reuse more, but they run into the same barriers:

- they do not know what will be released, when and where;
- the quality and certification of reclaimed materials is uncertain;
- storage space in the city is scarce and expensive;
- procurement rules and tight building schedules leave little room for matching.

The municipality can influence this through its own real estate, land lease conditions and tenders. We are looking for a digital solution that makes supply and demand of reclaimed materials visible early and supports the logistics and quality assurance needed to actually reuse them.`,
    localContext:
      "Between 2026 and 2030, housing associations and the municipality will renovate around 40,000 homes, many in Nieuw-West and Noord. The city has two temporary material hubs, in Westpoort and Buiksloterham, with about 6,000 m² of storage. Material passports are required in some municipal tenders, but the data are stored as PDF files and are not used for matching.",
    affected:
      "Contractors, demolition firms, project developers, housing associations, municipal project managers and procurement officers, and the operators of the material hubs.",
    desiredOutcome:
      "A platform that combines material passports, pre-demolition inventories and project planning into a searchable overview of expected supply and demand. It helps reserve materials, plan storage and transport, and record quality information, and it reports on the reused volume and CO2 savings per project. It must work with open standards so that other cities can join.",
    successCriteria: `- At least 15 municipal or housing association projects use the platform within two years
- 20,000 tonnes of building materials reused at equal or higher value per year by 2029
- Storage occupancy of the material hubs above 70%
- CO2 savings reported per project using a recognised method`,
    themes: ["circulaire-economie", "wonen"],
    sdgs: [9, 11, 12],
    budgetMin: null,
    budgetMax: null,
    launchingCustomerIntent: false,
    procurementRoute: "marktconsultatie",
    timeline: "Market consultation until June 2027, followed by a tender or innovation partnership in 2028",
    responseDeadline: "2027-06-30",
    status: "published",
    contact: {
      name: "Lotte de Graaf",
      role: "Senior advisor circular economy",
      email: "l.degraaf@amsterdam.example",
    },
  },

  // 8. Den Haag (EN) - urban biodiversity monitoring
  {
    slug: "a-den-haag-urban-biodiversity-monitoring",
    ownerCode: "GM0518",
    lang: "en",
    title: "Measuring urban biodiversity at neighbourhood level to steer green investments",
    summary:
      "The Hague wants a scalable, affordable way to monitor biodiversity across the city, from the dunes to dense neighbourhoods, so that greening and nature-inclusive projects can be evaluated and steered.",
    problemStatement: `The Hague invests millions every year in greening streets, green roofs, nature-friendly banks and ecological mowing. Our biodiversity policy sets targets for insects, birds and bats, but we cannot say whether these investments actually work.

Current monitoring relies on a few volunteer counts and periodic surveys by ecological consultants. These are expensive, cover only a small part of the city and are not repeated often enough to detect trends. Data from different sources are stored in separate systems and cannot be compared.

We are looking for a monitoring approach that combines automated sensors (for example acoustic recorders, camera traps or insect cameras), environmental DNA and citizen science, with a data platform that turns observations into reliable indicators per neighbourhood. The results should also show how green interventions contribute to cooling and water retention, because we often combine biodiversity with climate adaptation.`,
    localContext:
      "The Hague has over 560,000 residents and ranges from the Westduinpark and Meijendel dunes to dense districts such as Schilderswijk and Laak, where green cover is below 15%. Since 2022 about 900 facade gardens and 40,000 m² of green roofs have been added. Volunteers count insects and birds at 30 locations, but there is no baseline for most neighbourhoods.",
    affected:
      "Residents, especially in neighbourhoods with little green; green maintenance teams; ecologists and policy advisors; volunteer groups and schools participating in citizen science.",
    desiredOutcome:
      "A citywide monitoring network and data platform that provide a biodiversity baseline for every neighbourhood, detect trends within two to three years and show the effect of specific measures. Dashboards for policy makers and maintenance teams, open data for researchers and engaging feedback for participating residents.",
    successCriteria: `- Baseline for at least 20 neighbourhoods within the first year
- Cost per monitoring point at least 40% lower than current surveys
- Indicators for insects, birds and bats updated at least quarterly
- At least 500 residents actively contribute observations`,
    themes: ["biodiversiteit", "klimaatadaptatie"],
    sdgs: [11, 13, 15],
    budgetMin: 100000,
    budgetMax: 300000,
    launchingCustomerIntent: true,
    procurementRoute: "sbir",
    timeline: "SBIR call spring 2027; feasibility phase of four months; development and test phase in two districts from autumn 2027",
    responseDeadline: "2027-04-30",
    status: "published",
    contact: {
      name: "Femke Ouwehand",
      role: "Policy advisor urban ecology",
      email: "f.ouwehand@denhaag.example",
    },
  },

  // 9. Provincie Overijssel - bermen biodiversiteit
  {
    slug: "a-overijssel-bermen-biodiversiteit-exoten",
    ownerCode: "PV23",
    lang: "nl",
    title: "Bloemrijke bermen langs provinciale wegen: slimmer monitoren en invasieve exoten eerder opsporen",
    summary:
      "De provincie Overijssel zoekt een goedkope, schaalbare manier om de kwaliteit van bermen langs 620 km provinciale weg te monitoren en invasieve exoten zoals Japanse duizendknoop vroeg te signaleren.",
    problemStatement: `Provinciale bermen zijn belangrijke verbindingszones voor insecten en planten. Sinds 2021 maaien we een groot deel ecologisch (sinusbeheer, maaien en afvoeren), maar we weten nauwelijks of de biodiversiteit daardoor toeneemt. Vegetatieopnames door ecologen gebeuren eens in de vijf jaar op een beperkt aantal trajecten.

Daarnaast rukken invasieve exoten op. Japanse duizendknoop, reuzenberenklauw en Aziatische vogelkers worden vaak pas ontdekt als een groeiplaats al groot is, waardoor bestrijding duur wordt. Weginspecteurs en maaiaannemers rijden wekelijks langs alle wegen, maar hun waarnemingen worden niet vastgelegd.

We zoeken een oplossing die beelden van voertuigen (bijvoorbeeld dashcams of camera's op maaimachines) automatisch analyseert op soortensamenstelling, bloeiaspect en exoten, en die de resultaten in ons beheersysteem zet, zodat we maaibeheer per traject kunnen bijsturen en bestrijding sneller kunnen inzetten.`,
    localContext:
      "Overijssel beheert circa 620 km provinciale weg met ongeveer 1.100 hectare berm. Ruim 40% wordt ecologisch beheerd. In 2024 zijn 180 groeiplaatsen van Japanse duizendknoop bekend; de bestrijding kostte circa € 350.000. Een proef met een waarnemingsapp voor weginspecteurs in Salland leverde weinig invoer op omdat het handmatig registreren te veel tijd kost.",
    affected:
      "Weginspecteurs en beheerders, maaiaannemers, ecologen van de provincie, waterschappen en gemeenten met aangrenzende bermen, en indirect agrariërs die last hebben van exoten op hun percelen.",
    desiredOutcome:
      "Automatische, jaarlijkse of vaker herhaalde beoordeling van alle provinciale bermen op ecologische kwaliteit, plus vroegtijdige meldingen van exoten met locatie en foto. Resultaten komen in een kaartviewer en koppelen met het bestaande areaalbeheersysteem, zodat maaibestekken en bestrijdingsopdrachten kunnen worden aangepast.",
    successCriteria: `- Alle 620 km minstens twee keer per seizoen beoordeeld
- Detectie van Japanse duizendknoop met een precisie van minimaal 85%
- Nieuwe exotengroeiplaatsen gemiddeld binnen 3 weken na ontstaan gemeld
- Maaibeheer op minimaal 100 km bijgestuurd op basis van de data`,
    themes: ["biodiversiteit"],
    sdgs: [15],
    budgetMin: 40000,
    budgetMax: 90000,
    launchingCustomerIntent: false,
    procurementRoute: "onderhandse-gunning",
    timeline: "Offerteaanvraag bij drie partijen Q2 2027, proef op de N340 en N348 in het maaiseizoen 2027",
    responseDeadline: "2027-05-28",
    status: "published",
    contact: {
      name: "Gerrit Nijhuis",
      role: "Beleidsmedewerker ecologisch bermbeheer",
      email: "g.nijhuis@overijssel.example",
    },
  },

  // 10. Provincie Limburg - wateroverlast Heuvelland (in pilot)
  {
    slug: "a-limburg-heuvelland-wateroverlast-early-warning",
    ownerCode: "PV31",
    lang: "nl",
    title: "Vroegtijdige waarschuwing voor modderstromen en wateroverlast in het Heuvelland",
    summary:
      "De provincie Limburg test met Waterschap Limburg en Heuvellandgemeenten een sensornetwerk en waarschuwingssysteem voor snelle afstroming en modderstromen in droogdalen, zodat hulpdiensten en bewoners eerder kunnen handelen.",
    problemStatement: `Na de overstromingen van juli 2021 is duidelijk dat in het Zuid-Limburgse Heuvelland niet alleen de Geul en de Maas een risico vormen. Bij korte, hevige buien stroomt water met löss binnen een half uur door droogdalen en holle wegen naar de dorpskernen. Modderstromen blokkeren wegen, vullen kelders en beschadigen woningen.

Bestaande waarschuwingen zijn gebaseerd op waterstanden in beken en op regionale neerslagverwachtingen. Voor de droogdalen zelf is er geen meetnet, waardoor gemeenten en veiligheidsregio te laat opschalen. Ook is onduidelijk welke erosiemaatregelen op akkers (graanstroken, grasbuffers, dammen) het meeste effect hebben.

We zoeken een combinatie van goedkope sensoren, neerslagradar en een afstromingsmodel die minuten tot uren vooraf lokaal waarschuwt, en die inzicht geeft in het effect van maatregelen bovenstrooms.`,
    localContext:
      "De pilot loopt in twaalf droogdalen in Gulpen-Wittem, Valkenburg aan de Geul en Eijsden-Margraten. Sinds 2023 zijn 45 sensoren geplaatst (waterhoogte, bodemvocht, camera). In 2021 tot 2024 registreerden gemeenten samen meer dan 70 modderstroomincidenten. Met 60 agrariërs zijn afspraken gemaakt over erosiebestrijdende maatregelen op 400 hectare.",
    affected:
      "Bewoners van dorpskernen zoals Gulpen, Epen en Mechelen, agrariërs op hellingpercelen, hulpdiensten van Veiligheidsregio Zuid-Limburg, gemeentelijke buitendiensten en toeristische ondernemers.",
    desiredOutcome:
      "Een betrouwbaar, lokaal waarschuwingssysteem dat bij dreigende afstroming automatisch meldingen stuurt naar gemeenten, veiligheidsregio en (via NL-Alert of een app) naar bewoners, plus een digitale weergave van het stroomgebied waarmee het effect van erosiemaatregelen kan worden doorgerekend.",
    successCriteria: `- Waarschuwing minimaal 30 minuten vóór aankomst van afstromend water in de kern, bij 80% van de incidenten
- Minder dan 20% loze alarmen
- Effect van erosiemaatregelen gekwantificeerd voor alle twaalf droogdalen
- Beheer van het sensornetwerk overdraagbaar aan het waterschap`,
    themes: ["klimaatadaptatie", "veiligheid", "biodiversiteit"],
    sdgs: [6, 11, 13, 15],
    budgetMin: 450000,
    budgetMax: 1100000,
    launchingCustomerIntent: true,
    procurementRoute: "innovatiepartnerschap",
    timeline: "Innovatiepartnerschap gestart september 2025; pilotfase tot eind 2026; besluit over opschaling naar het hele Heuvelland in 2027",
    responseDeadline: "2025-04-30",
    status: "in_pilot",
    contact: {
      name: "Marlies Houben",
      role: "Programmaleider klimaatadaptatie Zuid-Limburg",
      email: "m.houben@limburg.example",
    },
  },

  // 11. Joint challenge Parkstad Limburg - energiearmoede
  {
    slug: "a-parkstad-energiearmoede-gerichte-aanpak",
    ownerCode: "GM0917",
    coOwnerCodes: ["GM0928", "GM0882", "GM0986"],
    lang: "nl",
    title: "Energiearmoede in Parkstad: de juiste huishoudens vinden en blijvend helpen",
    summary:
      "Heerlen, Kerkrade, Landgraaf en Voerendaal zoeken samen een manier om huishoudens met energiearmoede beter te vinden, energiecoaches slimmer in te zetten en het effect van kleine en grote energiemaatregelen te volgen.",
    problemStatement: `In Parkstad Limburg heeft een groot deel van de huishoudens moeite met het betalen van de energierekening. De woningvoorraad is oud, veel woningen zijn slecht geïsoleerd en het gemiddelde inkomen ligt onder het landelijk gemiddelde. Een opvallend deel van de energiearme huishoudens woont in een eigen koopwoning.

De gemeenten zetten energiecoaches en energiefixers in, verstrekken energieboxen en hebben regelingen voor isolatie. Toch bereiken we vooral huishoudens die zelf aankloppen. We weten niet goed waar de grootste nood zit, welke maatregelen de grootste besparing opleveren en of het effect blijvend is. Elke gemeente registreert bovendien op een eigen manier.

We zoeken een gezamenlijke, privacyvriendelijke aanpak die op basis van open en geanonimiseerde data (energielabels, bouwjaar, inkomensindicatoren op buurtniveau, verbruik) prioriteert, het werk van coaches ondersteunt en de resultaten per huishouden en per buurt meetbaar maakt.`,
    localContext:
      "De vier gemeenten tellen samen ongeveer 75.000 huishoudens. Volgens landelijke monitoren kampt 10 tot 14% met energiearmoede, in buurten als Meezenbroek, Heerlerheide, Kerkrade-West en Landgraaf-Nieuwenhagen oplopend tot ruim 20%. Sinds 2022 zijn circa 6.000 energieboxen uitgedeeld en 2.400 huisbezoeken afgelegd, geregistreerd in drie verschillende systemen.",
    affected:
      "Huishoudens met een laag inkomen in slecht geïsoleerde huur- en koopwoningen, vaak ouderen en alleenstaande ouders; energiecoaches en vrijwilligers; medewerkers van sociale wijkteams en woningcorporaties.",
    desiredOutcome:
      "Een gedeelde werkwijze en digitaal hulpmiddel voor de vier gemeenten: een kaart van risicobuurten, een planningsinstrument en registratiesysteem voor coaches en een monitor die besparing en maandlasten per maatregel volgt. Het systeem moet eenvoudig te gebruiken zijn door vrijwilligers en aansluiten op bestaande regelingen.",
    successCriteria: `- 3.000 huishoudens in prioritaire buurten bereikt binnen twee jaar
- Gemiddelde energiebesparing per begeleid huishouden minimaal 15%
- Eén gezamenlijke registratie in gebruik in alle vier gemeenten
- Resultaten per kwartaal gerapporteerd aan de vier gemeenteraden`,
    themes: ["energietransitie", "kansengelijkheid"],
    sdgs: [1, 7, 10, 11],
    budgetMin: null,
    budgetMax: null,
    launchingCustomerIntent: false,
    procurementRoute: "onbekend",
    timeline: "Verkennende gesprekken met de markt in 2027; route en budget worden na bestuurlijke besluitvorming bepaald",
    responseDeadline: "2027-09-30",
    status: "published",
    contact: {
      name: "Roel Kicken",
      role: "Regionaal coördinator energiearmoede Parkstad",
      email: "r.kicken@heerlen.example",
    },
  },

  // 12. Joint challenge Twente - reststromen bedrijventerreinen
  {
    slug: "a-twente-reststromen-bedrijventerreinen",
    ownerCode: "GM0153",
    coOwnerCodes: ["GM0164", "GM0141"],
    lang: "nl",
    title: "Reststromen uitwisselen tussen bedrijven op Twentse bedrijventerreinen",
    summary:
      "Enschede, Hengelo en Almelo zoeken een digitale oplossing die reststromen van bedrijven (hout, kunststof, restwarmte, verpakkingen) in kaart brengt en matcht met andere bedrijven in de regio.",
    problemStatement: `Op de bedrijventerreinen in Enschede, Hengelo en Almelo produceren honderden maakbedrijven, logistieke bedrijven en groothandels dagelijks reststromen: pallets, houtafval, kunststofverpakkingen, metaalresten, textiel en restwarmte. Het grootste deel wordt door afvalinzamelaars opgehaald en verbrand of laagwaardig verwerkt, terwijl een ander bedrijf een paar kilometer verderop dezelfde materialen nieuw inkoopt.

Eerdere initiatieven, zoals een regionale uitwisselingsbijeenkomst en een Excel-lijst bij de parkmanagementorganisatie, liepen dood omdat de informatie snel verouderde en bedrijven niet wilden investeren in het bijhouden ervan.

We zoeken een oplossing die de hoeveelheid en samenstelling van reststromen zoveel mogelijk automatisch vastlegt (bijvoorbeeld uit afvalfacturen, weegdata of sensoren in containers), kansrijke matches voorstelt en de logistiek en afspraken tussen bedrijven eenvoudig maakt.`,
    localContext:
      "De drie gemeenten hebben samen ruim 2.000 hectare bedrijventerrein, waaronder het Havengebied en Marssteden in Enschede, Twentekanaal en Westermaat in Hengelo en Twentepoort in Almelo. Uit een quickscan in 2024 onder 120 bedrijven bleek dat jaarlijks circa 45.000 ton bedrijfsafval vrijkomt, waarvan naar schatting 30% direct herbruikbaar is. Drie parkmanagementorganisaties willen meedoen.",
    affected:
      "Maakbedrijven en mkb op bedrijventerreinen, parkmanagementorganisaties, afvalinzamelaars en recyclers, en de regio als geheel door minder transport en CO2-uitstoot.",
    desiredOutcome:
      "Een regionaal reststromenplatform dat met weinig handwerk van bedrijven actueel blijft, matches voorstelt op basis van materiaal, hoeveelheid, kwaliteit en afstand, en resultaten in tonnen en CO2 rapporteert. Parkmanagers kunnen bedrijven gericht benaderen.",
    successCriteria: `- Minimaal 150 bedrijven actief op het platform binnen twee jaar
- 5.000 ton reststromen per jaar hoogwaardig hergebruikt
- Minimaal 25 structurele uitwisselingen tussen bedrijven
- CO2-besparing per uitwisseling inzichtelijk`,
    themes: ["circulaire-economie"],
    sdgs: [8, 9, 12],
    budgetMin: 150000,
    budgetMax: 400000,
    launchingCustomerIntent: true,
    procurementRoute: "sbir",
    timeline: "SBIR-oproep april 2027, haalbaarheidsfase zomer 2027, ontwikkelfase met pilot in het Havengebied en Twentekanaal 2028",
    responseDeadline: "2027-04-23",
    status: "published",
    contact: {
      name: "Wouter Oude Egbrink",
      role: "Accountmanager circulaire economie Twente",
      email: "w.oudeegbrink@enschede.example",
    },
  },

  // 13. Leeuwarden - afvalscheiding hoogbouw
  {
    slug: "a-leeuwarden-afvalscheiding-hoogbouw",
    ownerCode: "GM0080",
    lang: "nl",
    title: "Betere afvalscheiding in hoogbouw met slimme containers en directe feedback",
    summary:
      "Leeuwarden wil de afvalscheiding bij flats in Heechterp-Schieringen en Bilgaard verbeteren met sensoren in verzamelcontainers, directe feedback aan bewoners en slimmere inzamelroutes.",
    problemStatement: `In laagbouwwijken scheiden inwoners van Leeuwarden hun afval goed, maar in hoogbouw blijft de scheiding ver achter. Bewoners gebruiken ondergrondse verzamelcontainers voor restafval, gft en PMD, maar veel gft en PMD belandt in het restafval. Bovendien zijn containers regelmatig vol of vervuild, wat leidt tot bijplaatsingen en klachten.

We hebben eerder geprobeerd het te verbeteren met folders, een afvalcoach en extra gft-bakken bij de flats. Het effect was tijdelijk. We hebben geen zicht op hoe vaak containers worden gebruikt, wanneer ze vol zijn en of voorlichting iets oplevert.

We zoeken een oplossing die vulgraad en gebruik van containers meet, vervuiling herkent, inzamelroutes optimaliseert en bewoners laagdrempelig feedback geeft, bijvoorbeeld via een scherm bij de container, een app of berichten van de woningcorporatie.`,
    localContext:
      "In Heechterp-Schieringen en Bilgaard staan ruim 3.200 flatwoningen, bediend door 85 ondergrondse containers. Restafval in hoogbouw is circa 260 kg per inwoner per jaar, tegen 140 kg in laagbouw. Het scheidingspercentage ligt rond 30%. De inzameling wordt uitgevoerd door de regionale inzamelaar; de containers hebben een toegangspas maar geen vulgraadsensor.",
    affected:
      "Bewoners van flats, onder wie veel eenpersoonshuishoudens en nieuwkomers; beheerders van woningcorporaties; medewerkers van inzameling en handhaving.",
    desiredOutcome:
      "Containers met vulgraad- en gebruiksmeting, een dashboard voor gemeente en inzamelaar en gerichte, meertalige feedback voor bewoners. Ledigingen worden gepland op basis van vulgraad in plaats van vaste routes. Corporaties en bewonerscommissies zien per flat hoe het gaat, zodat zij zelf ook acties kunnen ondernemen.",
    successCriteria: `- Scheidingspercentage in de pilotflats stijgt van 30% naar 50%
- Aantal meldingen van bijplaatsingen daalt met 40%
- 20% minder ledigingsritten
- Resultaten per flat zichtbaar voor corporatie en bewonerscommissie`,
    themes: ["circulaire-economie", "wonen"],
    sdgs: [11, 12],
    budgetMin: 50000,
    budgetMax: 95000,
    launchingCustomerIntent: false,
    procurementRoute: "onderhandse-gunning",
    timeline: "Offertes begin 2027, plaatsing sensoren bij 30 containers in het voorjaar, evaluatie na twaalf maanden",
    responseDeadline: "2027-01-29",
    status: "published",
    contact: {
      name: "Jelle Hoekstra",
      role: "Beleidsadviseur grondstoffen en afval",
      email: "j.hoekstra@leeuwarden.example",
    },
  },

  // 14. Almere - mobiliteitshubs Poort
  {
    slug: "a-almere-mobiliteitshubs-poort-duin",
    ownerCode: "GM0034",
    lang: "nl",
    title: "Mobiliteitshubs in Almere Poort en Duin: deelmobiliteit als alternatief voor de tweede auto",
    summary:
      "Almere zoekt een partij die mobiliteitshubs met deelauto's, deelfietsen en pakketkluizen in nieuwe wijken exploiteert en met data aantoont dat bewoners minder eigen auto's nodig hebben.",
    problemStatement: `In nieuwe wijken bouwen we met lagere parkeernormen, onder de voorwaarde dat bewoners goede alternatieven hebben voor een eigen (tweede) auto. In Almere Poort en Duin zijn daarom mobiliteitshubs gepland met deelauto's, e-bikes, bakfietsen en pakketkluizen.

Ervaringen elders laten zien dat hubs vaak slecht worden gebruikt als het aanbod niet aansluit op de behoefte, als boeken via meerdere apps moet, of als bewoners al een auto hebben gekocht voordat de hub er is. Ook hebben we nu geen betrouwbare data om te laten zien of lagere parkeernormen werken; de gemeenteraad vraagt daar nadrukkelijk om.

We willen met de markt verkennen hoe een hubconcept eruitziet dat vanaf de oplevering van de eerste woningen werkt, met één toegankelijk boekingsplatform, flexibel aanbod dat meegroeit met de wijk, en monitoring van gebruik, autobezit en parkeerdruk.`,
    localContext:
      "In Almere Poort en Duin worden tot 2032 nog circa 4.500 woningen gebouwd. De parkeernorm is verlaagd naar 0,8 tot 1,0 per woning. Er zijn zes hubs gepland; de eerste twee bij Duin en het Olympiakwartier. Een proef met vier deelauto's in Homerusbuurt (2023) werd na een jaar gestopt door lage bezetting, onder meer omdat bewoners de auto's niet konden vinden.",
    affected:
      "Nieuwe bewoners, gezinnen die overwegen een tweede auto te kopen, ouderen zonder rijbewijs, ontwikkelaars die parkeerplaatsen moeten realiseren, en omwonenden die parkeerdruk ervaren.",
    desiredOutcome:
      "Een werkend hubconcept met één boekingsapp, aanbod dat op gebruiksdata wordt bijgestuurd en een monitoringsdashboard voor de gemeente met gebruik, autobezit, parkeerdruk en CO2-effect, zodat parkeernormen voor volgende deelgebieden met echte gebruiksgegevens onderbouwd kunnen worden.",
    successCriteria: `- Gemiddeld autobezit in de hubwijken maximaal 0,8 per huishouden
- Minimaal 25% van de huishoudens gebruikt de hub maandelijks
- Bezettingsgraad deelauto's boven 30%
- Halfjaarlijkse monitoringsrapportage aan de raad`,
    themes: ["duurzame-mobiliteit", "wonen"],
    sdgs: [9, 11, 13],
    budgetMin: 75000,
    budgetMax: 200000,
    launchingCustomerIntent: false,
    procurementRoute: "marktconsultatie",
    timeline: "Marktconsultatie Q1 2027, concessie voor hubexploitatie vanaf 2028",
    responseDeadline: "2027-02-12",
    status: "published",
    contact: {
      name: "Nadia Kartosen",
      role: "Beleidsadviseur mobiliteit",
      email: "n.kartosen@almere.example",
    },
  },

  // 15. Arnhem - wateroverlast stuwwal
  {
    slug: "a-arnhem-wateroverlast-stuwwal",
    ownerCode: "GM0202",
    lang: "nl",
    title: "Wateroverlast bij hevige buien in de lager gelegen wijken onder de Arnhemse stuwwal",
    summary:
      "Arnhem zoekt een digitaal model en meetnet om te voorspellen waar regenwater van de stuwwal naar toe stroomt, zodat maatregelen in Klarendal, Sint Marten en het Spijkerkwartier beter kunnen worden gekozen.",
    problemStatement: `Arnhem ligt deels op de helling van de Veluwse stuwwal. Bij hevige zomerbuien stroomt regenwater vanaf Sonsbeek en de hoger gelegen wijken met grote snelheid naar beneden. In de lager gelegen wijken lopen straten, kelders en souterrains onder en raakt het riool overbelast.

We hebben een stresstest uitgevoerd en een aantal maatregelen genomen, zoals wadi's, infiltratiekratten en het afkoppelen van daken. Maar de stresstest is een statisch model en we kunnen niet controleren of de werkelijke afstroming daarmee overeenkomt. Meldingen van bewoners komen via verschillende kanalen binnen en zijn niet aan locatie en bui gekoppeld.

We zoeken een combinatie van sensoren (in kolken, riool en straat), neerslagdata en een digital twin van het oppervlak en riool. Daarmee willen we maatregelen vergelijken, investeringen prioriteren en bewoners vooraf waarschuwen.`,
    localContext:
      "Het hoogteverschil tussen Sonsbeek en de binnenstad is ruim 40 meter. Bij buien in 2021 en 2023 ontvingen we ruim 450 meldingen van wateroverlast, geconcentreerd in Klarendal, Sint Marten, het Spijkerkwartier en rond de Utrechtseweg. Het gemeentelijk rioleringsplan reserveert tot 2030 circa 18 miljoen euro voor klimaatmaatregelen.",
    affected:
      "Bewoners en ondernemers in lager gelegen straten, met name in souterrainwoningen; rioolbeheerders en wijkbeheerders; het waterschap Rijn en IJssel; hulpdiensten bij extreme buien.",
    desiredOutcome:
      "Een gevalideerde digital twin van afstroming en riool, gevoed met actuele metingen, waarmee we scenario's doorrekenen en investeringen onderbouwen. Tijdens buien geeft het systeem een actueel beeld van knelpunten voor de buitendienst en waarschuwingen voor bewoners in risicostraten.",
    successCriteria: `- Model gevalideerd op minimaal 3 buien, afwijking maximaal 20% in waterdiepte op meetpunten
- Minimaal 50 sensoren operationeel in de vier wijken
- Investeringsprogramma 2028-2030 onderbouwd met modeluitkomsten
- 30% minder schademeldingen na uitvoering van prioritaire maatregelen`,
    themes: ["klimaatadaptatie"],
    sdgs: [6, 11, 13],
    budgetMin: null,
    budgetMax: null,
    launchingCustomerIntent: false,
    procurementRoute: "onbekend",
    timeline: "Informatiebijeenkomst voorjaar 2027; keuze van aanbestedingsroute daarna, uitvoering vanaf 2028",
    responseDeadline: "2027-03-05",
    status: "published",
    contact: {
      name: "Thijs Wolters",
      role: "Adviseur stedelijk water",
      email: "t.wolters@arnhem.example",
    },
  },

  // 16. Tilburg - niet-gebruik regelingen
  {
    slug: "a-tilburg-niet-gebruik-minimaregelingen",
    ownerCode: "GM0855",
    lang: "nl",
    title: "Niet-gebruik van minimaregelingen terugdringen met proactieve dienstverlening",
    summary:
      "In Tilburg maakt een groot deel van de huishoudens met een laag inkomen geen gebruik van regelingen waar ze recht op hebben. We zoeken manieren om hen proactief en eenvoudig te laten aanvragen.",
    problemStatement: `Tilburg heeft een breed pakket minimaregelingen: individuele inkomenstoeslag, bijzondere bijstand, de meedoenregeling voor kinderen, een collectieve zorgverzekering en kwijtschelding van gemeentelijke belastingen. Naar schatting maakt 30 tot 40% van de rechthebbenden geen gebruik van één of meer regelingen.

Oorzaken zijn bekend: mensen weten niet dat de regeling bestaat, denken dat ze er geen recht op hebben, vinden de aanvraag te ingewikkeld of schamen zich. Daarnaast moeten inwoners voor elke regeling opnieuw gegevens en bewijsstukken aanleveren. Digitaal minder vaardige inwoners haken vaak al bij DigiD af.

We zoeken een oplossing die, binnen de kaders van de AVG en de Participatiewet, inwoners proactief wijst op regelingen waar ze waarschijnlijk recht op hebben, gegevens die de gemeente al heeft hergebruikt en één eenvoudige aanvraag mogelijk maakt, ook met hulp van een vertrouwde persoon of vrijwilliger.`,
    localContext:
      "Tilburg telt circa 14.000 huishoudens met een inkomen tot 130% van het sociaal minimum, met concentraties in Tilburg-Noord, Groenewoud, Stokhasselt en de Bouwmeesterbuurt. In 2024 ontvingen we 9.800 aanvragen voor minimaregelingen, waarvan 38% onvolledig werd ingediend. Een proef met automatische kwijtschelding in 2023 halveerde het aantal aanvragen dat om bewijsstukken vroeg.",
    affected:
      "Huishoudens met een laag inkomen, werkende armen, ouderen met een klein pensioen en gezinnen met kinderen; consulenten inkomensondersteuning, vrijwilligers van formulierenbrigades en bibliotheken.",
    desiredOutcome:
      "Een proactieve dienstverlening waarbij inwoners een begrijpelijke, persoonlijke uitnodiging krijgen en met één aanvraag meerdere regelingen kunnen aanvragen. Consulenten krijgen een overzicht van mogelijk rechthebbenden en kunnen vrijwilligers hierbij betrekken.",
    successCriteria: `- Niet-gebruik van de individuele inkomenstoeslag daalt van 40% naar 20%
- Aandeel onvolledige aanvragen onder 15%
- Doorlooptijd gemiddeld maximaal 10 werkdagen
- Aanvraagproces voldoet aan WCAG 2.1 AA en taalniveau B1`,
    themes: ["kansengelijkheid", "dienstverlening", "digitale-inclusie"],
    sdgs: [1, 10, 16],
    budgetMin: 100000,
    budgetMax: 300000,
    launchingCustomerIntent: true,
    procurementRoute: "marktconsultatie",
    timeline: "Marktconsultatie tot september 2027, start project begin 2028",
    responseDeadline: "2027-09-10",
    status: "published",
    contact: {
      name: "Esther van Gool",
      role: "Senior beleidsadviseur armoede en schulden",
      email: "e.vangool@tilburg.example",
    },
  },

  // 17. Dalfsen - asbestdaken en zon (closed)
  {
    slug: "a-dalfsen-asbestdaken-zonnedaken",
    ownerCode: "GM0148",
    lang: "nl",
    title: "Asbestdaken op boerenschuren vervangen door zonnedaken, ondanks netcongestie",
    summary:
      "Dalfsen zoekt een aanpak waarmee agrariërs hun asbestdaken laten saneren, circulaire dakbedekking kiezen en zonnepanelen plaatsen, met slimme oplossingen voor de beperkte netcapaciteit.",
    problemStatement: `In het buitengebied van Dalfsen liggen nog tienduizenden vierkante meters asbestdak op schuren en stallen. Een asbestverbod is er niet gekomen, maar de daken verweren en vormen een risico bij brand en storm. Veel agrariërs stellen sanering uit omdat het duur is en het oude verdienmodel (zonnepanelen terugleveren) door netcongestie en lagere terugleververgoedingen niet meer werkt.

Tegelijk willen we als gemeente meer lokale duurzame energie en minder primaire materialen in nieuwe daken. We zoeken oplossingen die sanering, circulaire dakplaten en zonnestroom combineren met opslag, lokaal gebruik of energiedelen tussen erven, en die agrariërs helpen de businesscase en de aanvraag voor subsidie rond te krijgen.`,
    localContext:
      "Dalfsen heeft circa 29.000 inwoners en een groot agrarisch buitengebied met ruim 400 agrarische bedrijven. Naar schatting ligt er nog 280.000 m² asbestdak. Het elektriciteitsnet in het buitengebied is vol; nieuwe teruglevering boven 15 kW is niet mogelijk. Een collectieve saneringsactie in 2023 leverde 22 deelnemers op.",
    affected:
      "Agrariërs en eigenaren van vrijkomende agrarische bebouwing, omwonenden die bij brand of storm risico lopen, de brandweer, saneringsbedrijven en lokale energiecoöperaties.",
    desiredOutcome:
      "Een online tool en collectieve aanpak die per erf laat zien wat sanering plus een nieuw zonnedak kost en oplevert, inclusief opties voor batterij en energiedelen, en die agrariërs koppelt aan gecertificeerde saneerders en collectieve inkoop.",
    successCriteria: `- 60.000 m² asbestdak gesaneerd binnen drie jaar
- Minimaal 50% van de nieuwe daken met zonnepanelen en lokale opslag of energiedeling
- Minimaal 40% van de nieuwe dakplaten circulair of gerecycled`,
    themes: ["energietransitie", "circulaire-economie"],
    sdgs: [7, 12, 13],
    budgetMin: 25000,
    budgetMax: 60000,
    launchingCustomerIntent: false,
    procurementRoute: "onderhandse-gunning",
    timeline: "Offertes ontvangen in oktober 2025; gunning en start collectieve actie voorjaar 2026",
    responseDeadline: "2025-10-03",
    status: "closed",
    contact: {
      name: "Anouk Schuttenbeld",
      role: "Beleidsmedewerker duurzaamheid",
      email: "a.schuttenbeld@dalfsen.example",
    },
  },

  // 18. Middelburg - stadsbomen droogte
  {
    slug: "a-middelburg-stadsbomen-droogte-verzilting",
    ownerCode: "GM0687",
    lang: "nl",
    title: "Stadsbomen beschermen tegen droogte en verzilting met bodemvochtsensoren",
    summary:
      "Middelburg verliest jonge stadsbomen door droogte en verzilting. We zoeken een sensornetwerk en planningstool om watergift te richten en bomen en bodemleven beter te beschermen.",
    problemStatement: `Tijdens de droge zomers van 2018, 2020 en 2022 gingen in Middelburg honderden jonge bomen dood. Op Walcheren komt daar verzilting van het ondiepe grondwater bij, vooral in de lager gelegen delen van de stad. Bomen zijn belangrijk voor schaduw, biodiversiteit en de uitstraling van de monumentale binnenstad.

Nu geven we water volgens een vast schema in de eerste drie jaar na aanplant. Dat kost veel arbeid en water, terwijl sommige bomen te weinig en andere te veel krijgen. Oudere bomen met stress zien we vaak pas als de kroon al is aangetast.

We zoeken een betaalbaar netwerk van bodemvocht- en zoutsensoren, gecombineerd met weersverwachtingen en satellietbeelden van de kroonconditie. Dat moet leiden tot een dagelijkse waterplanning met routes voor de buitendienst en vroege signalen van stress bij oudere bomen.`,
    localContext:
      "Middelburg beheert circa 21.000 bomen, waarvan 1.400 jonger dan vijf jaar. Tussen 2018 en 2022 vielen ruim 600 jonge bomen uit; vervanging kostte gemiddeld € 1.100 per boom. De buitendienst besteedt in droge zomers 2.500 uur aan water geven. Bij Dauwendaele en Nieuw-Middelburg is in 2024 een verhoogde zoutconcentratie in de bodem gemeten.",
    affected:
      "Medewerkers van de buitendienst en de boomspecialist van de gemeente, bewoners die afhankelijk zijn van schaduw in versteende straten, en insecten en vogels die bomen als leefgebied gebruiken.",
    desiredOutcome:
      "Een sensornetwerk bij minimaal 300 bomen met een dashboard en dagelijks waterplan, routes voor de waterwagen en meldingen bij zout- of droogtestress. Daarmee willen we de uitval van jonge bomen halveren en water en uren besparen.",
    successCriteria: `- Uitval van jonge bomen daalt van gemiddeld 8% naar onder 4% per jaar
- 30% minder uren en water voor watergift
- Sensoren werken minimaal drie seizoenen zonder vervanging
- Data beschikbaar in het bomenbeheersysteem`,
    themes: ["klimaatadaptatie", "biodiversiteit"],
    sdgs: [6, 11, 13, 15],
    budgetMin: 30000,
    budgetMax: 70000,
    launchingCustomerIntent: true,
    procurementRoute: "onderhandse-gunning",
    timeline: "Offerteaanvraag voorjaar 2027, installatie vóór het groeiseizoen, evaluatie oktober 2027",
    responseDeadline: "2027-01-15",
    status: "published",
    contact: {
      name: "Pieter Minderhoud",
      role: "Boomspecialist",
      email: "p.minderhoud@middelburg.example",
    },
  },

  // 19. Meppel - fietsende scholieren (finished)
  {
    slug: "a-meppel-fietsende-scholieren-veilige-routes",
    ownerCode: "GM0119",
    lang: "nl",
    title: "Meer scholieren veilig op de fiets vanuit de omliggende dorpen",
    summary:
      "Meppel zocht een manier om fietsroutes van scholieren uit de omliggende kernen in beeld te brengen, gevaarlijke punten te vinden en meer jongeren te verleiden de fiets te pakken in plaats van de auto of bus.",
    problemStatement: `Veel scholieren uit de omliggende kernen worden met de auto naar school in Meppel gebracht. Dat leidt tot drukte en onveilige situaties rond de scholen en het station, en jongeren bewegen minder. Ouders noemen vaak onveilige oversteken en onverlichte fietspaden als reden.

We wisten niet precies welke routes scholieren fietsen, waar het gevaarlijk is en wat jongeren zou overhalen om vaker te fietsen. Verkeerstellingen bestonden alleen op een paar plekken in de stad.

We zochten een oplossing die routes en knelpunten in kaart brengt op basis van echte ritten, privacyvriendelijk, en die jongeren stimuleert om te fietsen, bijvoorbeeld met een app, beloningen of uitdagingen tussen scholen.`,
    localContext:
      "Meppel heeft drie scholen voor voortgezet onderwijs met samen circa 4.200 leerlingen, van wie ongeveer 1.600 uit kernen als Nijeveen, Rogat, Havelte, Staphorst en De Wijk komen. Afstanden variëren van 4 tot 15 kilometer. Voor de pilot fietste 48% van deze leerlingen.",
    affected:
      "Scholieren van 12 tot 18 jaar en hun ouders, scholen, omwonenden van schoolroutes en de verkeersafdelingen van Meppel en buurgemeenten.",
    desiredOutcome:
      "Inzicht in de werkelijke fietsroutes en knelpunten, gerichte verbetering van de gevaarlijkste punten en een blijvende stijging van het fietsgebruik onder scholieren uit de omliggende kernen. Scholen en ouders moeten de uitkomsten kunnen gebruiken in verkeerslessen en bij de keuze van de veiligste route.",
    successCriteria: `- Fietsaandeel onder scholieren uit de kernen van 48% naar 60%
- Top-10 knelpunten geïdentificeerd en opgenomen in het uitvoeringsprogramma
- Minimaal 800 deelnemende leerlingen`,
    themes: ["duurzame-mobiliteit", "veiligheid", "gezond-stedelijk-leven"],
    sdgs: [3, 11],
    budgetMin: 40000,
    budgetMax: 80000,
    launchingCustomerIntent: true,
    procurementRoute: "sbir",
    timeline: "SBIR-oproep begin 2025; pilot schooljaar 2025-2026; afgerond en geëvalueerd in september 2026",
    responseDeadline: "2025-03-14",
    status: "finished",
    outcome: `Een startup ontwikkelde een fietsapp met geanonimiseerde routeregistratie en een competitie tussen de drie scholen, met kleine beloningen bij lokale ondernemers.

- 1.050 leerlingen deden mee; na de winter was nog 55% actief.
- Het fietsaandeel van leerlingen uit de kernen steeg van 48% naar 57%.
- De routedata lieten 14 knelpunten zien, waarvan 6 niet bekend waren, onder meer de oversteek bij de N375 en een onverlicht deel van het fietspad naar Nijeveen.

Geleerd: de competitie werkte goed, maar de deelname zakte in de wintermaanden sterk. Routedata zijn ook zonder app te verzamelen via tellingen en schoolenquêtes. De gemeente neemt de knelpunten op in het uitvoeringsprogramma verkeer en zoekt een regionale aanpak met Staphorst en Westerveld.`,
    contact: {
      name: "Jorien Kuipers",
      role: "Verkeerskundige",
      email: "j.kuipers@meppel.example",
    },
  },

  // 20. Haarlem - laadpalen datagedreven (finished)
  {
    slug: "a-haarlem-laadpalen-datagedreven-plaatsing",
    ownerCode: "GM0392",
    lang: "nl",
    title: "Publieke laadpalen datagedreven plaatsen in plaats van op aanvraag",
    summary:
      "Haarlem wilde af van het plaatsen van laadpalen op individuele aanvraag en zocht een voorspellend model om laadpalen proactief op de juiste plekken te zetten, rekening houdend met netcapaciteit en parkeerdruk.",
    problemStatement: `Tot 2025 plaatste Haarlem publieke laadpalen vooral op aanvraag van elektrische rijders. Dat leidde tot een ongelijke spreiding: in sommige buurten stonden laadpalen met een lage bezetting, terwijl in andere straten rijders lang moesten wachten en laadpalen bijna continu bezet waren. Elke aanvraag vroeg bovendien veel handwerk voor locatieonderzoek, verkeersbesluit en afstemming met de netbeheerder.

We zochten een model dat op basis van laaddata, autobezit, parkeerdruk, verwachte groei van elektrische auto's en netcapaciteit voorspelt waar laadpunten nodig zijn, en dat ons helpt om plaatsing per buurt te plannen.`,
    localContext:
      "Haarlem had begin 2025 ruim 1.900 publieke laadpunten. De bezetting varieerde van onder 15% tot boven 70% per laadpunt. Het verwerken van een aanvraag duurde gemiddeld 26 weken. De binnenstad en wijken als het Rozenprieel en de Leidsebuurt hebben een hoge parkeerdruk en beperkte netcapaciteit.",
    affected:
      "Elektrische rijders zonder eigen oprit, bewoners die parkeerdruk ervaren, medewerkers van de afdeling mobiliteit, de laadpaalexploitant en de netbeheerder.",
    desiredOutcome:
      "Een voorspellend plaatsingsmodel en kaart die de vraag per buurt voor de komende vijf jaar laten zien, plus een proces om laadpalen proactief en in clusters te plaatsen, in afstemming met netbeheerder en bewoners.",
    successCriteria: `- Gemiddelde bezettingsgraad van nieuwe laadpunten na zes maanden boven 40%
- Doorlooptijd van plaatsing minimaal gehalveerd
- Planning voor 2027-2030 afgestemd met de netbeheerder
- Minder dan 5% van de laadpunten met een bezetting onder 15%`,
    themes: ["duurzame-mobiliteit", "energietransitie"],
    sdgs: [7, 11, 13],
    budgetMin: 60000,
    budgetMax: 120000,
    launchingCustomerIntent: false,
    procurementRoute: "marktconsultatie",
    timeline: "Marktconsultatie tot januari 2025, opdracht in maart 2025, pilot afgerond in september 2026",
    responseDeadline: "2025-01-31",
    status: "finished",
    outcome: `Een data-analysebedrijf bouwde een voorspellend model op basis van anonieme laadsessies, RDW-gegevens over elektrische auto's per postcode, parkeertellingen en netcapaciteitsdata.

- Tussen mei 2025 en juli 2026 zijn 180 laadpunten proactief in clusters geplaatst; de gemiddelde bezetting daarvan lag na zes maanden op 46%.
- De doorlooptijd daalde van 26 naar 11 weken, vooral doordat verkeersbesluiten per cluster werden genomen.
- Het model voorspelde de bezetting in nieuwe buurten goed, maar onderschatte de vraag van deelauto's en taxi's.

Geleerd: vroege afstemming met de netbeheerder is doorslaggevend. Het model wordt nu jaarlijks bijgewerkt en de aanvraagprocedure blijft alleen bestaan voor gehandicaptenparkeerplaatsen.`,
    contact: {
      name: "Daan Vermeulen",
      role: "Projectleider laadinfrastructuur",
      email: "d.vermeulen@haarlem.example",
    },
  },

  // 21. Rotterdam - grofvuil hergebruik (in pilot)
  {
    slug: "a-rotterdam-grofvuil-hergebruik",
    ownerCode: "GM0599",
    lang: "nl",
    title: "Herbruikbaar grofvuil eerder herkennen en naar de kringloop leiden",
    summary:
      "Rotterdam test een oplossing waarbij inwoners bij het aanmelden van grofvuil een foto maken, waarna herbruikbare spullen automatisch worden herkend en door een kringloopbedrijf worden opgehaald.",
    problemStatement: `Rotterdammers melden jaarlijks ruim 150.000 keer grofvuil aan voor ophalen aan huis. Bijna alles gaat naar de verbrandingsoven, terwijl een aanzienlijk deel van de banken, kasten, fietsen en elektrische apparaten nog prima bruikbaar is. Kringloopbedrijven, waar ook mensen met een afstand tot de arbeidsmarkt werken, hebben juist behoefte aan meer aanbod.

Het probleem is dat we bij de aanmelding niet weten wat er wordt aangeboden en in welke staat. Daardoor rijden vuilniswagens en kringloopbusjes langs elkaar heen en komt herbruikbaar spul beschadigd in de pers terecht.

We zoeken een oplossing die bij het aanmelden via de website of app met beeldherkenning inschat of spullen herbruikbaar zijn, de inwoner een kringloopophaling aanbiedt en de planning van beide stromen op elkaar afstemt.`,
    localContext:
      "De pilot loopt sinds oktober 2025 in Delfshaven en Rotterdam-Noord, samen ongeveer 25.000 grofvuilmeldingen per jaar. Twee kringloopbedrijven met samen 140 medewerkers, van wie 90 met een re-integratietraject, doen mee. Voorafgaand aan de pilot werd minder dan 3% van het grofvuil hergebruikt.",
    affected:
      "Inwoners die grofvuil aanmelden, medewerkers van de reinigingsdienst en het klantcontactcentrum, kringloopbedrijven en hun medewerkers met een afstand tot de arbeidsmarkt.",
    desiredOutcome:
      "Een geïntegreerd aanmeldproces waarin herbruikbare spullen automatisch worden herkend en doorgezet naar de kringloop, met gezamenlijke routeplanning voor reinigingsdienst en kringloop en maandelijkse rapportage van hergebruikte kilo's, vermeden CO2-uitstoot en werkgelegenheid.",
    successCriteria: `- Hergebruik van grofvuil in de pilotgebieden van onder 3% naar minimaal 12%
- Beeldherkenning beoordeelt herbruikbaarheid correct in minimaal 80% van de gevallen
- 15 extra werkervaringsplaatsen bij de kringloop
- Tevredenheid van inwoners over het aanmeldproces minimaal 7,5`,
    themes: ["circulaire-economie", "kansengelijkheid"],
    sdgs: [8, 10, 12],
    budgetMin: 250000,
    budgetMax: 500000,
    launchingCustomerIntent: true,
    procurementRoute: "innovatiepartnerschap",
    timeline: "Partnerselectie voorjaar 2025; pilot van oktober 2025 tot oktober 2026; daarna besluit over stadsbrede uitrol",
    responseDeadline: "2025-05-23",
    status: "in_pilot",
    contact: {
      name: "Kim Boekhorst",
      role: "Programmaleider circulaire stad",
      email: "k.boekhorst@rotterdam.example",
    },
  },

  // 22. 's-Hertogenbosch - natuurinclusief bouwen (closed)
  {
    slug: "a-den-bosch-natuurinclusief-bouwen-toetsing",
    ownerCode: "GM0796",
    lang: "nl",
    title: "Natuurinclusief bouwen toetsen en na oplevering controleren",
    summary:
      "'s-Hertogenbosch zocht een digitale manier om bouwplannen te toetsen op natuurinclusieve maatregelen en om na oplevering te controleren of nestkasten, groendaken en groene gevels er echt zijn en werken.",
    problemStatement: `Sinds 2022 eisen we bij nieuwbouw natuurinclusieve maatregelen, zoals nestvoorzieningen voor gierzwaluw en huismus, verblijfplaatsen voor vleermuizen, groene daken en gevels en inheemse beplanting. Ontwikkelaars leveren daarvoor een puntenscore aan.

In de praktijk is de toetsing arbeidsintensief en verschillen beoordelaars in hun oordeel. Na oplevering controleren we nauwelijks: steekproeven laten zien dat een deel van de beloofde voorzieningen ontbreekt, verkeerd is geplaatst of binnen een paar jaar is verwijderd. We weten ook niet of de voorzieningen door dieren worden gebruikt.

We zochten een oplossing die plannen en tekeningen digitaal toetst aan onze puntenlijst, de maatregelen vastlegt in een register en controle na oplevering ondersteunt, bijvoorbeeld met foto's, drones of sensoren.`,
    localContext:
      "In De Groote Wielen, de Spoorzone en Rosmalen-Oost worden tot 2030 ruim 6.000 woningen gebouwd. In 2024 zijn 48 bouwplannen getoetst op natuurinclusiviteit, wat gemiddeld 6 uur per plan kostte. Een steekproef bij 20 opgeleverde projecten liet zien dat 35% van de toegezegde nestvoorzieningen ontbrak.",
    affected:
      "Vergunningverleners en ecologen van de gemeente, projectontwikkelaars en architecten, toekomstige bewoners en beschermde soorten zoals gierzwaluw, huismus en gewone dwergvleermuis.",
    desiredOutcome:
      "Een digitale toets en register van natuurinclusieve maatregelen per project, gekoppeld aan de vergunning, met een eenvoudige controle na oplevering door toezichthouders en monitoring van het gebruik door doelsoorten in de jaren daarna.",
    successCriteria: `- Toetsingstijd per bouwplan terug van 6 naar 2 uur
- Minimaal 90% van de toegezegde voorzieningen aantoonbaar aanwezig na oplevering
- Gebruik door doelsoorten gemonitord bij minimaal 10 projecten`,
    themes: ["biodiversiteit", "wonen"],
    sdgs: [11, 15],
    budgetMin: null,
    budgetMax: null,
    launchingCustomerIntent: false,
    procurementRoute: "marktconsultatie",
    timeline: "Marktconsultatie voorjaar 2026 afgerond; uitkomsten worden verwerkt in een aanbesteding in 2027",
    responseDeadline: "2026-04-17",
    status: "closed",
    contact: {
      name: "Joris van der Linden",
      role: "Ecoloog ruimtelijke ontwikkeling",
      email: "j.vanderlinden@s-hertogenbosch.example",
    },
  },
];
