/**
 * Every hub page, as listed under "All hub pages" on /hub (issue 12: no hub page is reachable only by typing its
 * URL). Pure data, shared by the page and by navigation.test.ts, which checks each app/routes/hub.* route against it.
 */
export const HUB_PAGES = [
  { href: "/hub/verificatie", label: "hubHome.verification" },
  { href: "/hub/beoordeling", label: "hubHome.review" },
  { href: "/hub/beoordeling/opgaven", label: "hubHome.reviewChallenges" },
  { href: "/hub/beoordeling/oplossingen", label: "hubHome.reviewSolutions" },
  { href: "/hub/matches", label: "hubHome.matches" },
  { href: "/hub/matches?weergave=bord", label: "hubHome.board" },
  { href: "/hub/matches/nieuw", label: "hubHome.newMatch" },
  { href: "/hub/matches/instellingen", label: "settings" },
  { href: "/berichten?weergave=alle", label: "hubHome.threads" },
  { href: "/hub/inzicht", label: "hubInsights.link" },
  { href: "/hub/diensten", label: "edih.servicesLink" },
  { href: "/hub/dma", label: "edih.dmaLink" },
  { href: "/hub/rapportage", label: "edih.reportLink" },
  { href: "/hub/team", label: "hubTeam.link" },
  { href: "/hub/clusters", label: "clusters.title" },
] as const;
