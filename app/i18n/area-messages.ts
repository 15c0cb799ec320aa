/** Each area's strings by its name (./areas.ts), for the strings files and the route-areas check. */
import type { Area } from "./areas";
import { accountsArea } from "./areas/accounts";
import { brokeringArea } from "./areas/brokering";
import { browseArea } from "./areas/browse";
import { commonArea } from "./areas/common";
import { consultationArea } from "./areas/consultation";
import { edihArea } from "./areas/edih";
import { hubHomeArea } from "./areas/hub-home";
import { hubInsightsArea } from "./areas/hub-insights";
import { hubTeamArea } from "./areas/hub-team";
import { hubVerificationArea } from "./areas/hub-verification";
import { intakeArea } from "./areas/intake";
import { jointArea } from "./areas/joint";
import { judgementsArea } from "./areas/judgements";
import { messagingArea } from "./areas/messaging";
import { onboardingArea } from "./areas/onboarding";
import { ownersArea } from "./areas/owners";
import { procurementArea } from "./areas/procurement";
import { publicArea } from "./areas/public";
import { solutionIntakeArea } from "./areas/solution-intake";
import { titlesArea } from "./areas/titles";
import { trustArea } from "./areas/trust";
import { vocabularyLabelsArea } from "./areas/vocabulary-labels";

export const AREA_MESSAGES: Record<Area, { nl: object; en: object }> = {
  common: commonArea,
  public: publicArea,
  "vocabulary-labels": vocabularyLabelsArea,
  titles: titlesArea,
  accounts: accountsArea,
  "hub-verification": hubVerificationArea,
  intake: intakeArea,
  "solution-intake": solutionIntakeArea,
  browse: browseArea,
  messaging: messagingArea,
  brokering: brokeringArea,
  "hub-home": hubHomeArea,
  "hub-insights": hubInsightsArea,
  "hub-team": hubTeamArea,
  trust: trustArea,
  onboarding: onboardingArea,
  owners: ownersArea,
  judgements: judgementsArea,
  edih: edihArea,
  procurement: procurementArea,
  consultation: consultationArea,
  joint: jointArea,
};
