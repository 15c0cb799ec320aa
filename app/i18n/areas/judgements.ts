/** Strings of the judgement controls on suggestion lists ("relevant" / "niet relevant", issue 14). */
import { defineArea } from "../shape";

export const judgementsArea = defineArea({
  nl: {
    judgements: {
      legend: "Uw oordeel over “{{title}}”",
      listHint: "Markeer suggesties als relevant of niet relevant. Een suggestie die u niet relevant vindt, verdwijnt uit deze lijst; uw oordeel helpt de suggesties te verbeteren.",
      reason: "Reden (optioneel)",
      relevant: "Relevant",
      notRelevant: "Niet relevant",
      markedRelevant: "U hebt deze suggestie als relevant gemarkeerd.",
      markedNotRelevant: "U hebt deze suggestie als niet relevant gemarkeerd. Ze wordt niet meer getoond.",
      saving: "Bezig met opslaan…",
      verdictRequired: "Kies relevant of niet relevant.",
      reasonTooLong: "De reden is te lang: gebruik hoogstens 500 tekens.",
      invalid: "Deze suggestie bestaat niet (meer).",
      pageTitle: "Oordeel over een suggestie",
      pageIntro: "Uw oordeel is nog niet opgeslagen. Pas het aan en probeer het opnieuw.",
      pageEmpty: "Geef uw oordeel bij een suggestie, op de pagina van de opgave of oplossing.",
      back: "Terug naar de suggesties",
    },
  },
  en: {
    judgements: {
      legend: "Your judgement of “{{title}}”",
      listHint: "Mark suggestions as relevant or not relevant. A suggestion you find not relevant disappears from this list; your judgement helps improve the suggestions.",
      reason: "Reason (optional)",
      relevant: "Relevant",
      notRelevant: "Not relevant",
      markedRelevant: "You marked this suggestion as relevant.",
      markedNotRelevant: "You marked this suggestion as not relevant. It is no longer shown.",
      saving: "Saving…",
      verdictRequired: "Choose relevant or not relevant.",
      reasonTooLong: "The reason is too long: use at most 500 characters.",
      invalid: "This suggestion does not exist (any more).",
      pageTitle: "Judgement of a suggestion",
      pageIntro: "Your judgement has not been saved yet. Change it and try again.",
      pageEmpty: "Give your judgement next to a suggestion, on the page of the challenge or solution.",
      back: "Back to the suggestions",
    },
  },
});
