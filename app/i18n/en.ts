import type { Messages } from "./nl";
import { commonArea } from "./areas/common";
import { publicArea } from "./areas/public";
import { vocabularyLabelsArea } from "./areas/vocabulary-labels";
import { accountsArea } from "./areas/accounts";
import { hubVerificationArea } from "./areas/hub-verification";
import { intakeArea } from "./areas/intake";
import { solutionIntakeArea } from "./areas/solution-intake";
import { browseArea } from "./areas/browse";
import { messagingArea } from "./areas/messaging";
import { brokeringArea } from "./areas/brokering";
import { hubHomeArea } from "./areas/hub-home";
import { hubInsightsArea } from "./areas/hub-insights";
import { hubTeamArea } from "./areas/hub-team";
import { trustArea } from "./areas/trust";
import { onboardingArea } from "./areas/onboarding";
import { ownersArea } from "./areas/owners";
import { judgementsArea } from "./areas/judgements";
import { edihArea } from "./areas/edih";
import { procurementArea } from "./areas/procurement";
import { consultationArea } from "./areas/consultation";
import { jointArea } from "./areas/joint";
import { titlesArea } from "./areas/titles";

/** English UI strings: the same keys as nl.ts, spread together from the English halves of ./areas/<area>.ts. */
export const en: Messages = {
  ...commonArea.en,
  ...publicArea.en,
  ...vocabularyLabelsArea.en,
  ...accountsArea.en,
  ...hubVerificationArea.en,
  ...intakeArea.en,
  ...solutionIntakeArea.en,
  ...browseArea.en,
  ...messagingArea.en,
  ...brokeringArea.en,
  ...hubHomeArea.en,
  ...hubInsightsArea.en,
  ...hubTeamArea.en,
  ...trustArea.en,
  ...onboardingArea.en,
  ...ownersArea.en,
  ...judgementsArea.en,
  ...edihArea.en,
  ...procurementArea.en,
  ...consultationArea.en,
  ...jointArea.en,
  ...titlesArea.en,
};
