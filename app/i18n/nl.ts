/**
 * Dutch UI strings: the default language. en.ts must have exactly the same keys (checked by a test).
 * The strings live per product area in ./areas/<area>.ts, both languages side by side; this file only spreads
 * the Dutch halves together.
 */
import type { DeepStrings } from "./shape";
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

export const nl = {
  ...commonArea.nl,
  ...publicArea.nl,
  ...vocabularyLabelsArea.nl,
  ...accountsArea.nl,
  ...hubVerificationArea.nl,
  ...intakeArea.nl,
  ...solutionIntakeArea.nl,
  ...browseArea.nl,
  ...messagingArea.nl,
  ...brokeringArea.nl,
  ...hubHomeArea.nl,
  ...hubInsightsArea.nl,
  ...hubTeamArea.nl,
  ...trustArea.nl,
  ...onboardingArea.nl,
  ...ownersArea.nl,
  ...judgementsArea.nl,
  ...edihArea.nl,
  ...procurementArea.nl,
  ...consultationArea.nl,
  ...jointArea.nl,
  ...titlesArea.nl,
};

export type Messages = DeepStrings<typeof nl>;
