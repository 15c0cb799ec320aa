/** Strings of the onboarding loop (issue 12): confirm → signed in → choose an organisation → what happens next. */
import { defineArea } from "../shape";

export const onboardingArea = defineArea({
  nl: {
    onboarding: {
      verifyFor: "Bevestig dat {{email}} uw e-mailadres is. Daarna bent u meteen ingelogd.",
      outboxHint: "Op deze installatie is geen mailserver ingesteld: de mail staat in de postbus voor ontwikkeling.",
      outboxLink: "Open de mail",
      welcome:
        "Uw e-mailadres is bevestigd en u bent ingelogd. Kies nu de organisatie waarvoor u werkt: sluit u aan bij uw overheidsorganisatie of registreer uw bedrijf. Daarna ziet u wat de volgende stap is.",
      needsOrganisation: "Voor die pagina heeft u een organisatie nodig. Kies hieronder uw organisatie; daarna kunt u verder.",
      next: {
        title: "Wat gebeurt er nu?",
        joined: "U bent aangesloten bij {{organisation}}.",
        pendingTitle: "Uw lidmaatschap wordt gecontroleerd",
        pendingWho: "Medewerkers van de hub controleren of u namens {{organisation}} mag publiceren.",
        pendingWhen_one: "Dat duurt meestal niet langer dan {{count}} werkdag.",
        pendingWhen_other: "Dat duurt meestal niet langer dan {{count}} werkdagen.",
        pendingTold: "U krijgt bericht zodra er een besluit is: een melding in Opgavenmarkt en, volgens uw instellingen voor meldingen, een e-mail.",
        pendingMay:
          "Intussen kunt u al een opgave voorbereiden als concept. Alleen u ziet dat concept. Indienen en publiceren kan zodra uw lidmaatschap is geverifieerd.",
        pendingAction: "Begin een eerste opgave (concept)",
        verifiedText: "Uw lidmaatschap is geverifieerd: u kunt namens uw organisatie opgaven plaatsen. De hub bekijkt een opgave voordat die openbaar wordt.",
        verifiedAction: "Plaats een opgave",
        providerText:
          "Laat overheden zien wat uw organisatie te bieden heeft: publiceer een eerste oplossing. De hub bekijkt een oplossing voordat die openbaar wordt.",
        providerAction: "Publiceer een eerste oplossing",
        otherText: "Bekijk de opgaven van overheden en de oplossingen van bedrijven.",
        otherAction: "Naar de opgaven",
        continue: "Verder naar de pagina waar u was",
        account: "Naar mijn account",
        members: "Wie er namens {{organisation}} werken",
      },
    },
  },
  en: {
    onboarding: {
      verifyFor: "Confirm that {{email}} is your e-mail address. You will be logged in straight away.",
      outboxHint: "This installation has no mail server: the mail is in the development outbox.",
      outboxLink: "Open the mail",
      welcome:
        "Your e-mail address is confirmed and you are logged in. Now choose the organisation you work for: join your public body or register your company. After that you will see what the next step is.",
      needsOrganisation: "That page needs an organisation. Choose yours below; then you can continue.",
      next: {
        title: "What happens next?",
        joined: "You have joined {{organisation}}.",
        pendingTitle: "Your membership is being checked",
        pendingWho: "Hub staff check whether you may publish on behalf of {{organisation}}.",
        pendingWhen_one: "This usually takes no more than {{count}} working day.",
        pendingWhen_other: "This usually takes no more than {{count}} working days.",
        pendingTold: "You will hear as soon as there is a decision: a notification in Opgavenmarkt and, depending on your notification settings, an e-mail.",
        pendingMay:
          "Meanwhile you can already prepare a challenge as a draft. Only you see that draft. You can submit and publish once your membership is verified.",
        pendingAction: "Start a first challenge (draft)",
        verifiedText: "Your membership is verified: you can post challenges on behalf of your organisation. The hub reviews a challenge before it is published.",
        verifiedAction: "Post a challenge",
        providerText: "Show public bodies what your organisation has to offer: publish a first solution. The hub reviews a solution before it is published.",
        providerAction: "Publish a first solution",
        otherText: "Browse the challenges of public bodies and the solutions of companies.",
        otherAction: "Go to the challenges",
        continue: "Continue to the page you were on",
        account: "Go to my account",
        members: "Who works on behalf of {{organisation}}",
      },
    },
  },
});
