/** Strings of the hub team page (/hub/team) and of an invitation to the hub team (mail and /uitnodiging). */
import { defineArea } from "../shape";

export const hubTeamArea = defineArea({
  nl: {
    hubTeam: {
      title: "Hubteam",
      link: "Hubteam: makelaars en beheerders, iemand uitnodigen",
      intro: "Wie een rol bij de hub heeft. Een hubbeheerder nodigt nieuwe makelaars uit per e-mail; zij stellen bij het aannemen tweestapsverificatie in.",
      introStaff: "Wie een rol bij de hub heeft. Alleen een hubbeheerder kan iemand uitnodigen.",
      listTitle: "Leden van het hubteam",
      name: "Naam",
      email: "E-mailadres",
      role: "Rol",
      totp: "Tweestapsverificatie",
      totpOn: "ingesteld",
      totpOff: "nog niet ingesteld",
      roles: { hub_staff: "Makelaar (hubmedewerker)", hub_admin: "Hubbeheerder" },
      inviteTitle: "Iemand uitnodigen voor het hubteam",
      inviteIntro: "De uitnodiging is 7 dagen geldig. Wie nog geen account heeft, maakt er een aan met dit adres via de link in de e-mail.",
      invite: "Uitnodiging versturen",
      invited: "Uitnodiging verstuurd naar {{email}}.",
      openTitle: "Openstaande uitnodigingen",
      openNone: "Geen openstaande uitnodigingen.",
      validUntil: "geldig tot {{date}}",
      alreadyInTeam: "Dit adres heeft die rol (of een hogere) al.",
      roleInvalid: "Kies een rol.",
      mailSubject: "Uitnodiging voor het hubteam van Opgavenmarkt",
      mailBody:
        "Hallo,\n\n{{inviter}} nodigt u uit voor het hubteam van Opgavenmarkt als {{role}}. Neem de uitnodiging aan via deze link (7 dagen geldig):\n{{link}}\n\nNog geen account? Via de link kunt u er een aanmaken met dit e-mailadres. Na het aannemen stelt u tweestapsverificatie in.",
    },
    hubInvite: {
      intro: "U bent uitgenodigd voor het hubteam van Opgavenmarkt als {{role}}.",
      totpNext: "Na het aannemen stelt u tweestapsverificatie in (verplicht voor hubrollen); daarna komt u op de startpagina van de hub.",
    },
  },
  en: {
    hubTeam: {
      title: "Hub team",
      link: "Hub team: brokers and admins, invite someone",
      intro: "Who has a role at the hub. A hub admin invites new brokers by e-mail; they set up two-step verification when they accept.",
      introStaff: "Who has a role at the hub. Only a hub admin can invite someone.",
      listTitle: "Members of the hub team",
      name: "Name",
      email: "E-mail address",
      role: "Role",
      totp: "Two-step verification",
      totpOn: "set up",
      totpOff: "not set up yet",
      roles: { hub_staff: "Broker (hub staff)", hub_admin: "Hub admin" },
      inviteTitle: "Invite someone to the hub team",
      inviteIntro: "The invitation is valid for 7 days. Someone without an account creates one with this address through the link in the e-mail.",
      invite: "Send invitation",
      invited: "Invitation sent to {{email}}.",
      openTitle: "Open invitations",
      openNone: "No open invitations.",
      validUntil: "valid until {{date}}",
      alreadyInTeam: "This address already has that role (or a higher one).",
      roleInvalid: "Choose a role.",
      mailSubject: "Invitation to the Opgavenmarkt hub team",
      mailBody:
        "Hello,\n\n{{inviter}} invites you to the Opgavenmarkt hub team as {{role}}. Accept the invitation through this link (valid for 7 days):\n{{link}}\n\nNo account yet? The link lets you create one with this e-mail address. After accepting you set up two-step verification.",
    },
    hubInvite: {
      intro: "You have been invited to the Opgavenmarkt hub team as {{role}}.",
      totpNext: "After accepting you set up two-step verification (required for hub roles); then you arrive on the hub's home page.",
    },
  },
});
