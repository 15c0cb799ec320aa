/**
 * Strings of the trust pages: the privacy statement (/privacy), contact and colophon (/contact) and the
 * accessibility statement (/toegankelijkheid, in the structure of the government model statement).
 * Facts that the code decides (timeouts, link lifetimes) come in as variables from the code, not as text.
 */
import { defineArea } from "../shape";

export const trustArea = defineArea({
  nl: {
    trust: {
      placeholderTitle: "Voorbeeldgegevens",
      placeholder:
        "Deze installatie is nog niet volledig ingesteld. Deze instellingen ontbreken: {{variables}}. Waar ze worden gebruikt, staan op deze pagina voorbeeldgegevens in plaats van echte gegevens.",
      notNamed: "nog niet ingevuld",
      email: "E-mail",
      phone: "Telefoon",
      address: "Adres",
      name: "Naam",
      privacy: {
        title: "Privacyverklaring",
        intro:
          "Op Opgavenmarkt delen overheden maatschappelijke opgaven en bieden bedrijven en kennisinstellingen digitale oplossingen aan. Daarvoor verwerken we persoonsgegevens. Hier leest u welke gegevens dat zijn, waarvoor we ze gebruiken, hoe lang we ze bewaren, wie ze ziet en welke rechten u heeft.",
        controllerTitle: "Wie is verantwoordelijk",
        controller:
          "{{name}} beheert Opgavenmarkt en is verwerkingsverantwoordelijke volgens de Algemene verordening gegevensbescherming (AVG).",
        privacyEmail: "E-mail voor privacyvragen",
        dataTitle: "Welke gegevens we bewaren",
        dataIntro:
          "Per soort gegevens staat hieronder wat we bewaren, waarvoor, op welke grondslag, hoe lang en wie de gegevens ziet. Waar nog geen automatische verwijdering bestaat, staat dat er ook bij.",
        what: "Welke gegevens",
        why: "Waarvoor",
        basis: "Grondslag",
        retention: "Hoe lang",
        who: "Wie ziet ze",
        basisContract: "Uitvoering van de overeenkomst met u (artikel 6 lid 1 onder b AVG): zonder deze gegevens kunnen we de dienst niet leveren.",
        account: {
          title: "Uw account",
          what: "Naam, e-mailadres, wachtwoord (alleen als argon2id-hash, nooit leesbaar), taal- en meldingsvoorkeur, het moment waarop u uw e-mailadres bevestigde en uw rol op het platform. Gebruikt u tweestapsverificatie, dan ook de geheime sleutel voor de codes (versleuteld opgeslagen) en het tijdvak van de laatst gebruikte code.",
          why: "Zodat u kunt inloggen en het platform kunt gebruiken, en e-mail over uw account ontvangt.",
          retention:
            "Tot u uw account verwijdert. Dan wissen we meteen uw naam, e-mailadres, wachtwoordhash en sleutel voor tweestapsverificatie; er blijft een rij zonder persoonsgegevens over met de naam 'Voormalig gebruiker', zodat gesprekken leesbaar blijven. Accounts die lang niet worden gebruikt, verwijderen we nog niet automatisch.",
          who: "U zelf. Leden van uw organisaties zien uw naam en e-mailadres in de ledenlijst. Medewerkers van de hub zien ze voor verificatie en ondersteuning. Niet openbaar.",
        },
        memberships: {
          title: "Lidmaatschappen van organisaties",
          what: "Bij welke organisaties u hoort, uw rol (lid of beheerder), sinds wanneer, en of de hub uw lidmaatschap van een overheid heeft geverifieerd. Bij een openstaande uitnodiging bewaren we het uitgenodigde e-mailadres.",
          why: "Zodat alleen medewerkers van een organisatie namens die organisatie publiceren en reageren.",
          basis:
            "Uitvoering van de overeenkomst met u (artikel 6 lid 1 onder b AVG). Voor de verificatie bij overheden: ons gerechtvaardigd belang dat alleen echte medewerkers namens een overheid spreken (artikel 6 lid 1 onder f AVG).",
          retention:
            "Tot u de organisatie verlaat, een beheerder u verwijdert of u uw account verwijdert. Een uitnodiging is {{inviteDays}} dagen geldig; verlopen uitnodigingen worden nog niet automatisch gewist.",
          who: "De leden van de organisatie en medewerkers van de hub. Op de openbare pagina van een organisatie staan geen leden.",
        },
        contacts: {
          title: "Contactpersonen bij opgaven en oplossingen",
          what: "Naam, functie en e-mailadres van de contactpersoon van een opgave of oplossing. Standaard is dat degene die het record aanmaakt.",
          why: "Zodat geïnteresseerden weten wie ze over een opgave of oplossing kunnen benaderen.",
          basis: "Gerechtvaardigd belang van de organisatie en de hub om vraag en aanbod met elkaar in contact te brengen (artikel 6 lid 1 onder f AVG).",
          retention:
            "Zolang de opgave of oplossing bestaat; afgeronde en gearchiveerde records worden nog niet automatisch gewist. Verwijdert de contactpersoon zijn of haar account, dan maken we deze velden leeg in alle records met dat e-mailadres. De organisatie kan de contactpersoon altijd wijzigen.",
          who: "Openbaar zodra de opgave of oplossing is gepubliceerd, op de pagina van dat record. De contactgegevens staan niet in de open data en niet in de zoekindex.",
        },
        messages: {
          title: "Berichten en meldingen",
          what: "De berichten die u in gesprekken schrijft, wie aan een gesprek deelneemt en tot waar u heeft gelezen. Meldingen over nieuwe berichten en wijzigingen, met de namen en titels waar ze over gaan, en wanneer een melding per e-mail is verstuurd.",
          why: "Voor gesprekken tussen overheden, aanbieders en makelaars van de hub, en om u op de hoogte te houden.",
          retention:
            "Berichten blijven bewaard zolang het gesprek bestaat; automatische verwijdering is er nog niet. Verwijdert u uw account, dan blijven uw berichten staan onder de naam 'Voormalig gebruiker', zodat het gesprek leesbaar blijft, en worden uw meldingen gewist.",
          who: "De deelnemers van het gesprek. Medewerkers van de hub kunnen als makelaar alle gesprekken lezen. Niet openbaar.",
        },
        brokering: {
          title: "Makelaardij door de hub",
          what: "Matches tussen opgaven en oplossingen, hun geschiedenis en interne notities van makelaars. Daarin kunnen namen van contactpersonen staan.",
          why: "Om partijen bij elkaar te brengen en gesprekken, pilots en inkoop te volgen.",
          basis: "Gerechtvaardigd belang van de hub bij haar rol als makelaar (artikel 6 lid 1 onder f AVG).",
          retention: "Zolang de match bestaat; automatische verwijdering is er nog niet.",
          who: "Medewerkers van de hub. De betrokken partijen zien de status van hun match, niet de notities.",
        },
        history: {
          title: "Wijzigingsgeschiedenis (auditlog)",
          what: "Wie wat wanneer deed met een opgave, oplossing, match of lidmaatschap: uw account-id, de handeling en het record. Bij een uitnodiging ook het uitgenodigde e-mailadres.",
          why: "Om na te kunnen gaan wie iets heeft gewijzigd, en om de geschiedenis van een record te tonen.",
          basis: "Gerechtvaardigd belang bij een zorgvuldige en controleerbare werkwijze (artikel 6 lid 1 onder f AVG).",
          retention: "Automatische verwijdering is er nog niet. Na het verwijderen van uw account verwijzen de regels naar 'Voormalig gebruiker'.",
          who: "Medewerkers van de hub. Leden van de organisatie die eigenaar is van een record, zien de geschiedenis van dat record.",
        },
        securityLog: {
          title: "Beveiligingslogboek en inlogpogingen",
          what: "Inloggen, mislukte pogingen, het aanmaken van een account, wijzigingen van wachtwoord en sessies, aansluiten bij een organisatie, het downloaden van uw gegevens en geweigerde toegang, met uw account-id, het IP-adres en het adres van de pagina. Om het aantal inlogpogingen te begrenzen tellen we pogingen per IP-adres en per e-mailadres.",
          why: "Om accounts te beschermen en misbruik op te sporen en te stoppen.",
          basis: "Gerechtvaardigd belang bij de beveiliging van het platform, en de plicht om persoonsgegevens te beveiligen (artikel 6 lid 1 onder f en artikel 32 AVG).",
          retention:
            "Het beveiligingslogboek wordt nog niet automatisch opgeschoond. Tellers van inlogpogingen tellen alleen mee binnen hun termijn (15 minuten tot een uur) en worden gewist na een geslaagde inlog; oudere tellers worden nog niet automatisch verwijderd. Dezelfde gebeurtenissen gaan ook naar het serverlogboek; hoe lang dat wordt bewaard, hangt af van de hosting.",
          who: "Technisch beheerders. Uw eigen gebeurtenissen (zonder IP-adres) staan in de download van uw gegevens.",
        },
        sessions: {
          title: "Sessies en cookies",
          what: "Een sessiecookie met een willekeurige code. In de database: wanneer u inlogde en voor het laatst actief was, een beschrijving van uw browser (user agent) en welke organisatie actief is; bij een sessie bewaren we geen IP-adres. Verder een taalcookie met uw taalkeuze. Er zijn geen cookies voor statistieken, advertenties of het volgen van bezoekers.",
          why: "Om u ingelogd te houden, en zodat u op uw accountpagina ziet waar u bent ingelogd en sessies kunt beëindigen. Deze cookies zijn noodzakelijk voor de werking van de site; daarvoor is geen toestemming nodig.",
          retention:
            "Een sessie eindigt na {{idleMinutes}} minuten zonder activiteit en uiterlijk {{absoluteHours}} uur na het inloggen. De gegevens worden gewist als u uitlogt, als een beëindigde sessie opnieuw wordt aangeboden, of als u uw wachtwoord wijzigt of uw account verwijdert. Een beëindigde sessie die nooit meer wordt aangeboden, blijft tot dan staan: automatisch opruimen is er nog niet. De taalcookie blijft een jaar in uw browser.",
          who: "U zelf op uw accountpagina, en technisch beheerders.",
        },
        links: {
          title: "Links in e-mails",
          what: "Voor links om uw e-mailadres te bevestigen, een nieuw wachtwoord te kiezen of een uitnodiging aan te nemen: een onleesbare hash van de link, waarvoor hij dient en tot wanneer hij geldig is.",
          why: "Om te controleren dat een link echt is en maar één keer werkt.",
          retention:
            "Een link is {{verifyHours}} uur (e-mailadres bevestigen), {{resetHours}} uur (nieuw wachtwoord) of {{inviteDays}} dagen (uitnodiging) geldig. Gebruikte en verlopen links worden nog niet automatisch gewist, wel als u uw account verwijdert.",
          who: "Niemand: de link zelf bewaren we niet.",
        },
        processorsTitle: "Wie gegevens voor ons verwerkt",
        processorsIntro:
          "Deze partijen verwerken gegevens in opdracht van {{name}}, alleen voor de doelen hierboven. We verkopen geen gegevens en gebruiken geen trackers of advertentienetwerken.",
        mail: "E-mail: {{processor}} verstuurt de e-mail over uw account, uitnodigingen en meldingen. Deze partij ontvangt daarvoor uw naam, e-mailadres en de inhoud van de e-mail.",
        mailOutbox: "E-mail: deze installatie verstuurt geen e-mail naar buiten; berichten blijven in de eigen database (ontwikkelomgeving).",
        hosting: "Hosting: {{provider}} beheert de servers en de database waarop Opgavenmarkt draait.",
        search: "Zoeken: de zoekmachine (Meilisearch) draait bij Opgavenmarkt zelf en bevat alleen openbare opgaven en oplossingen, zonder contactgegevens.",
        rightsTitle: "Uw rechten en hoe u ze gebruikt",
        rightsIntro:
          "Wat u hier zelf kunt regelen, doet u direct op de site. Voor de rest mailt u naar <mail>{{email}}</mail>. We reageren binnen een maand.",
        rightAccess: "Inzage en overdraagbaarheid: <anchor>download alle gegevens die we over u bewaren</anchor> als JSON-bestand (na inloggen).",
        rightRectify:
          "Correctie: de contactpersoon van een opgave of oplossing wijzigt u in het record zelf. Uw naam en e-mailadres kunt u nog niet zelf wijzigen; mail ons, dan passen wij ze aan.",
        rightErase: "Verwijdering: <anchor>verwijder uw account</anchor> (na inloggen). Wilt u dat we ook andere gegevens wissen, zoals berichten, mail ons dan.",
        rightObject: "Bezwaar en beperking: u kunt bezwaar maken tegen verwerking op grond van gerechtvaardigd belang, en vragen de verwerking te beperken. Mail ons.",
        rightComplain:
          "Klacht: bent u het niet eens met hoe we met uw gegevens omgaan, dan kunt u een klacht indienen bij de <anchor>Autoriteit Persoonsgegevens</anchor>. We horen het graag eerst zelf, zodat we het kunnen oplossen.",
        securityTitle: "Beveiliging",
        security:
          "Verbindingen zijn versleuteld (HTTPS). Wachtwoorden bewaren we alleen als hash (argon2id), sleutels voor tweestapsverificatie versleuteld (AES-256-GCM). Medewerkers van de hub moeten tweestapsverificatie gebruiken.",
        changedTitle: "Wijzigingen",
        changed: "Deze verklaring is voor het laatst gewijzigd op {{date}}. Bij een wijziging passen we deze pagina en deze datum aan.",
      },
      contact: {
        title: "Contact en colofon",
        intro:
          "Opgavenmarkt is een marktplaats waar overheden maatschappelijke opgaven delen en bedrijven en kennisinstellingen digitale oplossingen aanbieden.",
        operatorTitle: "Wie beheert Opgavenmarkt",
        operator: "Opgavenmarkt wordt beheerd door {{name}}.",
        contactTitle: "Contact",
        contactIntro: "Heeft u een vraag over Opgavenmarkt, een opgave of een oplossing? Neem contact met ons op.",
        privacyEmail: "Privacyvragen",
        accessibilityEmail: "Toegankelijkheid",
        sourceTitle: "Broncode en licentie",
        source: "De software van Opgavenmarkt is open source, onder de <anchor>European Union Public Licence (EUPL) versie 1.2</anchor>.",
        sourceAt: "De broncode staat op <anchor>{{url}}</anchor>.",
        sourceOnRequest: "U kunt de broncode opvragen via <mail>{{email}}</mail>.",
        dataTitle: "Gegevensbronnen",
        data: "Gemeenten en provincies: CBS gebiedsindelingen 2025. De gepubliceerde opgaven zijn open data onder CC0 1.0.",
        statementsTitle: "Verklaringen",
        privacyLink: "Privacyverklaring",
        accessibilityLink: "Toegankelijkheidsverklaring",
        openDataLink: "Open data",
      },
      accessibility: {
        title: "Toegankelijkheidsverklaring",
        intro:
          "{{name}} wil dat iedereen Opgavenmarkt kan gebruiken, ook mensen met een beperking. We streven ernaar de website toegankelijk te maken volgens het Besluit digitale toegankelijkheid overheid. Dat schrijft de Web Content Accessibility Guidelines (WCAG) 2.1 voor, op niveau A en AA.",
        scopeTitle: "Waarop deze verklaring van toepassing is",
        scope:
          "Deze verklaring geldt voor de website Opgavenmarkt op {{origin}}: de openbare pagina's, de pagina's voor ingelogde gebruikers en de pagina's voor medewerkers van de hub. Ze geldt niet voor de open-databestanden (JSON en Atom), die voor computers zijn bedoeld.",
        statusTitle: "Nalevingsstatus",
        statusLabel: "Status C: eerste maatregelen genomen.",
        status:
          "Nog niet aangetoond is dat Opgavenmarkt aan alle eisen voldoet. De eerste maatregelen zijn genomen: elke pagina wordt automatisch getoetst op de WCAG 2.1-criteria van niveau A en AA die een automatische test kan controleren. Voor de status 'voldoet gedeeltelijk' of 'voldoet volledig' is een volledig onderzoek door een deskundige nodig; dat is nog niet gedaan.",
        researchTitle: "Onderzoek",
        researchDate: "Datum van de laatste toetsing: {{date}}.",
        method:
          "Methode: automatische toetsing met axe-core (regels voor WCAG 2.0 en 2.1, niveau A en AA) van elke pagina in de end-to-endtests, in het Nederlands en het Engels, bij elke wijziging van de software. In dezelfde tests controleren we of belangrijke taken met alleen een toetsenbord werken.",
        methodLimits:
          "Een automatische test vindt maar een deel van de mogelijke problemen. Of teksten begrijpelijk zijn, of de leesvolgorde logisch is en hoe de site werkt met een schermlezer, heeft nog geen deskundige beoordeeld.",
        measuresTitle: "Wat we al doen",
        measures1: "De pagina's zijn gebouwd om met alleen een toetsenbord te werken, met een zichtbare focus en een link 'Naar de inhoud'.",
        measures2: "Formulieren noemen fouten bovenaan en bij het veld, en houden vast wat u al invulde.",
        measures3: "De site is er in het Nederlands en het Engels; de taal van elke pagina staat in de code, zodat voorleessoftware de juiste uitspraak kiest.",
        measures4: "Zoeken en filteren werken ook zonder JavaScript.",
        issuesTitle: "Bekende problemen",
        issuesIntro: "Deze problemen zijn bekend. We werken eraan, maar een datum waarop ze zijn opgelost, kunnen we nog niet geven.",
        timeoutTitle: "Automatisch uitloggen zonder waarschuwing",
        timeout:
          "Na {{idleMinutes}} minuten zonder activiteit wordt u uitgelogd, zonder waarschuwing vooraf en zonder mogelijkheid om de tijd te verlengen (succescriterium 2.2.1 Timing aanpasbaar). Wie rustig werkt, kan daardoor niet-opgeslagen invoer kwijtraken. Wat we doen: een opgave of oplossing kunt u tussendoor als concept opslaan, en we onderzoeken een waarschuwing met de mogelijkheid de sessie te verlengen.",
        auditTitle: "Nog geen volledig onderzoek door een deskundige",
        audit:
          "Criteria die een automatische test niet kan controleren, zijn nog niet door een deskundige getoetst. Wat we doen: we laten een volledig onderzoek uitvoeren volgens de WCAG-EM-methode en passen daarna deze verklaring aan.",
        userTextTitle: "Teksten van gebruikers",
        userText:
          "Teksten van opgaven, oplossingen en berichten schrijven gebruikers zelf. We vragen om begrijpelijke taal en bekijken nieuwe opgaven en oplossingen voor publicatie, maar kunnen niet voor elke tekst taalniveau B1 garanderen.",
        draftedTitle: "Opstelling van deze verklaring",
        drafted:
          "Deze verklaring is opgesteld op {{drawnUp}}, volgens het model van de Rijksoverheid (toegankelijkheidsverklaring.nl). De juistheid is voor het laatst herzien op {{reviewed}}.",
        contactTitle: "Feedback en contactgegevens",
        contact:
          "Loopt u tegen een toegankelijkheidsprobleem aan, of heeft u informatie in een andere vorm nodig? Mail naar <mail>{{email}}</mail>. U krijgt binnen 5 werkdagen een ontvangstbevestiging en binnen 3 weken een oplossing of een voorstel.",
        complaintsTitle: "Klachten en handhaving",
        complaints:
          "Bent u niet tevreden over hoe we uw melding hebben behandeld, dan kunt u een klacht indienen bij {{name}} via <mail>{{email}}</mail>. Bent u daarna nog niet tevreden, of hebben we niet op tijd gereageerd, dan kunt u terecht bij de <anchor>Nationale ombudsman</anchor>.",
      },
    },
  },
  en: {
    trust: {
      placeholderTitle: "Example details",
      placeholder:
        "This installation is not fully configured yet. These settings are missing: {{variables}}. Where they are used, this page shows example details instead of real ones.",
      notNamed: "not filled in yet",
      email: "E-mail",
      phone: "Telephone",
      address: "Address",
      name: "Name",
      privacy: {
        title: "Privacy statement",
        intro:
          "On Opgavenmarkt, public bodies share societal challenges and companies and knowledge institutions offer digital solutions. To make that work we process personal data. This page explains which data, what we use it for, how long we keep it, who sees it and what your rights are.",
        controllerTitle: "Who is responsible",
        controller: "{{name}} runs Opgavenmarkt and is the controller under the General Data Protection Regulation (GDPR).",
        privacyEmail: "E-mail for privacy questions",
        dataTitle: "Which data we keep",
        dataIntro:
          "For each kind of data: what we keep, what for, on which legal basis, for how long and who sees it. Where there is no automatic deletion yet, we say so.",
        what: "Which data",
        why: "What for",
        basis: "Legal basis",
        retention: "How long",
        who: "Who sees it",
        basisContract: "Performance of our agreement with you (Article 6(1)(b) GDPR): without this data we cannot provide the service.",
        account: {
          title: "Your account",
          what: "Name, e-mail address, password (only as an argon2id hash, never readable), language and notification preferences, when you confirmed your e-mail address, and your role on the platform. If you use two-factor authentication, also the secret key for the codes (stored encrypted) and the time step of the last code used.",
          why: "So you can log in and use the platform, and receive e-mail about your account.",
          retention:
            "Until you delete your account. We then erase your name, e-mail address, password hash and two-factor key at once; a row without personal data remains, named 'Former user', so conversations stay readable. We do not yet delete accounts automatically after a long time without use.",
          who: "You. Members of your organisations see your name and e-mail address in the member list. Hub staff see them for verification and support. Not public.",
        },
        memberships: {
          title: "Organisation memberships",
          what: "Which organisations you belong to, your role (member or admin), since when, and whether the hub verified your membership of a public body. For an open invitation we keep the invited e-mail address.",
          why: "So that only people who work for an organisation publish and respond on its behalf.",
          basis:
            "Performance of our agreement with you (Article 6(1)(b) GDPR). For the verification of public bodies: our legitimate interest in making sure only real employees speak for a public body (Article 6(1)(f) GDPR).",
          retention:
            "Until you leave the organisation, an admin removes you, or you delete your account. An invitation is valid for {{inviteDays}} days; expired invitations are not yet erased automatically.",
          who: "The organisation's members and hub staff. An organisation's public page lists no members.",
        },
        contacts: {
          title: "Contact persons of challenges and solutions",
          what: "Name, role and e-mail address of the contact person of a challenge or solution. By default this is whoever creates the record.",
          why: "So that interested parties know whom to approach about a challenge or solution.",
          basis: "Legitimate interest of the organisation and the hub in bringing demand and supply together (Article 6(1)(f) GDPR).",
          retention:
            "As long as the challenge or solution exists; finished and archived records are not yet erased automatically. When the contact person deletes their account, we empty these fields in every record with that e-mail address. The organisation can change the contact person at any time.",
          who: "Public once the challenge or solution is published, on that record's page. Contact details are not in the open data and not in the search index.",
        },
        messages: {
          title: "Messages and notifications",
          what: "The messages you write in conversations, who takes part in a conversation, and how far you have read. Notifications about new messages and changes, with the names and titles they are about, and when a notification was e-mailed.",
          why: "For conversations between public bodies, providers and hub brokers, and to keep you informed.",
          retention:
            "Messages are kept as long as the conversation exists; there is no automatic deletion yet. If you delete your account, your messages stay under the name 'Former user' so the conversation remains readable, and your notifications are erased.",
          who: "The participants of the conversation. Hub staff can read every conversation in their role as brokers. Not public.",
        },
        brokering: {
          title: "Brokering by the hub",
          what: "Matches between challenges and solutions, their history and the brokers' internal notes, which may contain names of contact persons.",
          why: "To bring parties together and follow conversations, pilots and procurement.",
          basis: "The hub's legitimate interest in its role as a broker (Article 6(1)(f) GDPR).",
          retention: "As long as the match exists; there is no automatic deletion yet.",
          who: "Hub staff. The parties involved see the state of their match, not the notes.",
        },
        history: {
          title: "Change history (audit log)",
          what: "Who did what and when to a challenge, solution, match or membership: your account id, the action and the record. For an invitation also the invited e-mail address.",
          why: "To be able to check who changed something, and to show a record's history.",
          basis: "Legitimate interest in careful and verifiable work (Article 6(1)(f) GDPR).",
          retention: "There is no automatic deletion yet. After you delete your account, the entries point to 'Former user'.",
          who: "Hub staff. Members of the organisation that owns a record see that record's history.",
        },
        securityLog: {
          title: "Security log and login attempts",
          what: "Logins, failed attempts, sign-ups, password and session changes, joining an organisation, downloads of your data and refused access, with your account id, the IP address and the page address. To limit login attempts we count attempts per IP address and per e-mail address.",
          why: "To protect accounts and to detect and stop abuse.",
          basis: "Legitimate interest in the security of the platform, and the duty to keep personal data secure (Article 6(1)(f) and Article 32 GDPR).",
          retention:
            "The security log is not yet cleaned up automatically. Login attempt counters only count within their window (15 minutes to an hour) and are erased after a successful login; older counters are not yet deleted automatically. The same events also go to the server log; how long that is kept depends on the hosting.",
          who: "Technical administrators. Your own events (without IP address) are in the download of your data.",
        },
        sessions: {
          title: "Sessions and cookies",
          what: "A session cookie with a random code. In the database: when you logged in and were last active, a description of your browser (user agent) and which organisation is active; we keep no IP address with a session. Also a language cookie with your choice of language. There are no cookies for statistics, advertising or tracking visitors.",
          why: "To keep you logged in, and so your account page shows where you are logged in and lets you end sessions. These cookies are necessary for the site to work; they need no consent.",
          retention:
            "A session ends after {{idleMinutes}} minutes without activity and at most {{absoluteHours}} hours after logging in. Its data is erased when you log out, when an ended session is presented again, or when you change your password or delete your account. An ended session that is never presented again stays until then: there is no automatic clean-up yet. The language cookie stays in your browser for a year.",
          who: "You on your account page, and technical administrators.",
        },
        links: {
          title: "Links in e-mails",
          what: "For links to confirm your e-mail address, choose a new password or accept an invitation: an unreadable hash of the link, what it is for and until when it is valid.",
          why: "To check that a link is genuine and works only once.",
          retention:
            "A link is valid for {{verifyHours}} hours (confirm e-mail address), {{resetHours}} hour(s) (new password) or {{inviteDays}} days (invitation). Used and expired links are not yet erased automatically, but they are when you delete your account.",
          who: "Nobody: we do not keep the link itself.",
        },
        processorsTitle: "Who processes data for us",
        processorsIntro:
          "These parties process data on behalf of {{name}}, only for the purposes above. We do not sell data and use no trackers or advertising networks.",
        mail: "E-mail: {{processor}} sends the e-mail about your account, invitations and notifications. For that it receives your name, e-mail address and the content of the e-mail.",
        mailOutbox: "E-mail: this installation sends no e-mail to the outside world; messages stay in its own database (development set-up).",
        hosting: "Hosting: {{provider}} runs the servers and the database Opgavenmarkt runs on.",
        search: "Search: the search engine (Meilisearch) runs within Opgavenmarkt itself and holds only public challenges and solutions, without contact details.",
        rightsTitle: "Your rights and how to use them",
        rightsIntro: "What you can arrange yourself, you do directly on the site. For everything else, e-mail <mail>{{email}}</mail>. We respond within a month.",
        rightAccess: "Access and portability: <anchor>download all the data we keep about you</anchor> as a JSON file (after logging in).",
        rightRectify:
          "Rectification: you change the contact person of a challenge or solution in the record itself. You cannot yet change your name or e-mail address yourself; e-mail us and we will correct them.",
        rightErase: "Erasure: <anchor>delete your account</anchor> (after logging in). If you want us to erase other data as well, such as messages, e-mail us.",
        rightObject: "Objection and restriction: you can object to processing based on legitimate interest, and ask us to restrict processing. E-mail us.",
        rightComplain:
          "Complaint: if you disagree with how we handle your data, you can lodge a complaint with the <anchor>Dutch Data Protection Authority (Autoriteit Persoonsgegevens)</anchor>. We would like to hear from you first, so we can put it right.",
        securityTitle: "Security",
        security:
          "Connections are encrypted (HTTPS). We keep passwords only as a hash (argon2id) and two-factor keys encrypted (AES-256-GCM). Hub staff must use two-factor authentication.",
        changedTitle: "Changes",
        changed: "This statement was last changed on {{date}}. When it changes, we update this page and this date.",
      },
      contact: {
        title: "Contact and colophon",
        intro: "Opgavenmarkt is a marketplace where public bodies share societal challenges and companies and knowledge institutions offer digital solutions.",
        operatorTitle: "Who runs Opgavenmarkt",
        operator: "Opgavenmarkt is run by {{name}}.",
        contactTitle: "Contact",
        contactIntro: "Do you have a question about Opgavenmarkt, a challenge or a solution? Get in touch.",
        privacyEmail: "Privacy questions",
        accessibilityEmail: "Accessibility",
        sourceTitle: "Source code and licence",
        source: "The Opgavenmarkt software is open source, under the <anchor>European Union Public Licence (EUPL) version 1.2</anchor>.",
        sourceAt: "The source code is at <anchor>{{url}}</anchor>.",
        sourceOnRequest: "You can request the source code at <mail>{{email}}</mail>.",
        dataTitle: "Data sources",
        data: "Municipalities and provinces: CBS gebiedsindelingen 2025 (Statistics Netherlands). Published challenges are open data under CC0 1.0.",
        statementsTitle: "Statements",
        privacyLink: "Privacy statement",
        accessibilityLink: "Accessibility statement",
        openDataLink: "Open data",
      },
      accessibility: {
        title: "Accessibility statement",
        intro:
          "{{name}} wants everyone to be able to use Opgavenmarkt, including people with a disability. We aim to make the website accessible in line with the Dutch Decree on digital accessibility for government (Besluit digitale toegankelijkheid overheid), which requires the Web Content Accessibility Guidelines (WCAG) 2.1 at levels A and AA.",
        scopeTitle: "What this statement covers",
        scope:
          "This statement covers the Opgavenmarkt website at {{origin}}: the public pages, the pages for signed-in users and the pages for hub staff. It does not cover the open data files (JSON and Atom), which are meant for computers.",
        statusTitle: "Compliance status",
        statusLabel: "Status C: first measures taken.",
        status:
          "It has not yet been shown that Opgavenmarkt meets every requirement. First measures have been taken: every page is tested automatically against the WCAG 2.1 level A and AA criteria that an automated test can check. The status 'partially compliant' or 'fully compliant' requires a full evaluation by an expert, which has not been done yet.",
        researchTitle: "Evaluation",
        researchDate: "Date of the latest check: {{date}}.",
        method:
          "Method: automated testing with axe-core (rules for WCAG 2.0 and 2.1, levels A and AA) of every page in the end-to-end tests, in Dutch and English, on every change to the software. The same tests check that important tasks work with a keyboard only.",
        methodLimits:
          "An automated test finds only part of the possible problems. Whether texts are understandable, whether the reading order is logical and how the site works with a screen reader has not yet been assessed by an expert.",
        measuresTitle: "What we already do",
        measures1: "The pages are built to work with a keyboard only, with a visible focus and a 'Skip to content' link.",
        measures2: "Forms list errors at the top and at the field, and keep what you already entered.",
        measures3: "The site is available in Dutch and English; every page declares its language, so screen readers pronounce it correctly.",
        measures4: "Search and filters also work without JavaScript.",
        issuesTitle: "Known issues",
        issuesIntro: "We know about these issues and are working on them, but we cannot yet give a date by which they will be solved.",
        timeoutTitle: "Automatic logout without a warning",
        timeout:
          "After {{idleMinutes}} minutes without activity you are logged out, without a warning beforehand and without a way to extend the time (success criterion 2.2.1 Timing Adjustable). If you work at a calm pace, you may lose input that was not saved. What we do: you can save a challenge or solution as a draft along the way, and we are looking into a warning that lets you extend the session.",
        auditTitle: "No full evaluation by an expert yet",
        audit:
          "Criteria that an automated test cannot check have not yet been evaluated by an expert. What we do: we will have a full evaluation carried out following the WCAG-EM methodology and update this statement afterwards.",
        userTextTitle: "Texts written by users",
        userText:
          "Users write the texts of challenges, solutions and messages themselves. We ask for plain language and review new challenges and solutions before publication, but cannot guarantee language level B1 for every text.",
        draftedTitle: "How this statement was drawn up",
        drafted:
          "This statement was drawn up on {{drawnUp}}, following the Dutch government's model (toegankelijkheidsverklaring.nl). Its accuracy was last reviewed on {{reviewed}}.",
        contactTitle: "Feedback and contact details",
        contact:
          "Do you run into an accessibility problem, or do you need information in another form? E-mail <mail>{{email}}</mail>. You will receive a confirmation within 5 working days and a solution or proposal within 3 weeks.",
        complaintsTitle: "Complaints and enforcement",
        complaints:
          "If you are not satisfied with how we handled your report, you can file a complaint with {{name}} at <mail>{{email}}</mail>. If you are still not satisfied, or we did not respond in time, you can turn to the <anchor>Nationale ombudsman</anchor> (the Dutch National Ombudsman).",
      },
    },
  },
});
