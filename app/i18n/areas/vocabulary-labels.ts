/**
 * Labels of the fixed vocabularies in shared/vocabulary, keyed by the stored value: organisation kinds, challenge
 * and solution statuses, procurement routes, maturity, target groups, assurances, hosting, pricing, deployment
 * status and SDGs.
 */
import { defineArea } from "../shape";

export const vocabularyLabelsArea = defineArea({
  nl: {
    kinds: {
      gemeente: "Gemeente",
      provincie: "Provincie",
      waterschap: "Waterschap",
      rijk: "Rijksoverheid",
      bedrijf: "Bedrijf",
      kennisinstelling: "Kennisinstelling",
      "hub-partner": "Hubpartner",
    },
    challengeStatus: {
      draft: "Concept",
      submitted: "Ingediend",
      changes_requested: "Wijzigingen gevraagd",
      published: "Open voor reacties",
      closed: "Gesloten voor reacties",
      in_pilot: "In pilot",
      finished: "Afgerond",
      withdrawn: "Ingetrokken",
      rejected: "Afgewezen",
    },
    solutionStatus: {
      draft: "Concept",
      submitted: "Ingediend",
      changes_requested: "Wijzigingen gevraagd",
      published: "Gepubliceerd",
      archived: "Gearchiveerd",
      rejected: "Afgewezen",
    },
    procurementRoutes: {
      marktconsultatie: "Marktconsultatie",
      sbir: "SBIR",
      innovatiepartnerschap: "Innovatiepartnerschap",
      pcp: "Pre-commerciële inkoop",
      "onderhandse-gunning": "Onderhandse gunning",
      onbekend: "Nog onbekend",
    },
    maturity: {
      idee: "Idee",
      prototype: "Prototype",
      pilot: "Pilot",
      bewezen: "Bewezen",
      opgeschaald: "Opgeschaald",
    },
    targetGroups: {
      gemeente: "Gemeenten",
      provincie: "Provincies",
      waterschap: "Waterschappen",
      rijk: "Rijksoverheid",
    },
    assurances: {
      "common-ground": "Common Ground",
      wcag: "Toegankelijk (WCAG)",
      avg: "AVG-proof",
      bio: "BIO (Baseline Informatiebeveiliging Overheid)",
      "open-source": "Open source",
    },
    hosting: {
      "saas-eu": "SaaS in de EU",
      "saas-nl": "SaaS in Nederland",
      "on-premise": "On-premise",
      hybride: "Hybride",
    },
    pricing: {
      abonnement: "Abonnement",
      licentie: "Licentie",
      "per-inwoner": "Per inwoner",
      projectprijs: "Projectprijs",
      gratis: "Gratis",
      "op-aanvraag": "Op aanvraag",
    },
    deploymentStatus: {
      active: "In gebruik",
      planned: "Gepland",
      ended: "Beëindigd",
    },
    sdg: {
      label: "SDG {{n}}",
    },
  },
  en: {
    kinds: {
      gemeente: "Municipality",
      provincie: "Province",
      waterschap: "Water authority",
      rijk: "Central government",
      bedrijf: "Company",
      kennisinstelling: "Knowledge institution",
      "hub-partner": "Hub partner",
    },
    challengeStatus: {
      draft: "Draft",
      submitted: "Submitted",
      changes_requested: "Changes requested",
      published: "Open for responses",
      closed: "Closed for responses",
      in_pilot: "In pilot",
      finished: "Finished",
      withdrawn: "Withdrawn",
      rejected: "Rejected",
    },
    solutionStatus: {
      draft: "Draft",
      submitted: "Submitted",
      changes_requested: "Changes requested",
      published: "Published",
      archived: "Archived",
      rejected: "Rejected",
    },
    procurementRoutes: {
      marktconsultatie: "Market consultation",
      sbir: "SBIR",
      innovatiepartnerschap: "Innovation partnership",
      pcp: "Pre-commercial procurement",
      "onderhandse-gunning": "Direct award",
      onbekend: "Not known yet",
    },
    maturity: {
      idee: "Idea",
      prototype: "Prototype",
      pilot: "Pilot",
      bewezen: "Proven",
      opgeschaald: "Scaled up",
    },
    targetGroups: {
      gemeente: "Municipalities",
      provincie: "Provinces",
      waterschap: "Water authorities",
      rijk: "Central government",
    },
    assurances: {
      "common-ground": "Common Ground",
      wcag: "Accessible (WCAG)",
      avg: "GDPR compliant",
      bio: "BIO (Dutch government information security baseline)",
      "open-source": "Open source",
    },
    hosting: {
      "saas-eu": "SaaS in the EU",
      "saas-nl": "SaaS in the Netherlands",
      "on-premise": "On-premise",
      hybride: "Hybrid",
    },
    pricing: {
      abonnement: "Subscription",
      licentie: "Licence",
      "per-inwoner": "Per resident",
      projectprijs: "Project price",
      gratis: "Free",
      "op-aanvraag": "On request",
    },
    deploymentStatus: {
      active: "In use",
      planned: "Planned",
      ended: "Ended",
    },
    sdg: {
      label: "SDG {{n}}",
    },
  },
});
