/**
 * Public bodies outside the CBS municipality/province list, for the organisation chooser: the 21 waterschappen and
 * the ministries most likely to post challenges. Versioned: bump OTHER_PUBLIC_BODIES.version when the list changes
 * (a merger of waterschappen, a new cabinet's ministries); existing organisations keep their code.
 *
 * The codes are assigned by this project in the shape the organisations table allows (WS####, RK####); they are
 * not official CBS codes. Never reuse a code for another body.
 */
export interface OtherPublicBody {
  code: string;
  kind: "waterschap" | "rijk";
  name: string;
}

export const OTHER_PUBLIC_BODIES = {
  version: "2025.1",
  bodies: [
    { code: "WS0001", kind: "waterschap", name: "Wetterskip Fryslân" },
    { code: "WS0002", kind: "waterschap", name: "Waterschap Noorderzijlvest" },
    { code: "WS0003", kind: "waterschap", name: "Waterschap Hunze en Aa's" },
    { code: "WS0004", kind: "waterschap", name: "Waterschap Drents Overijsselse Delta" },
    { code: "WS0005", kind: "waterschap", name: "Waterschap Vechtstromen" },
    { code: "WS0006", kind: "waterschap", name: "Waterschap Zuiderzeeland" },
    { code: "WS0007", kind: "waterschap", name: "Waterschap Vallei en Veluwe" },
    { code: "WS0008", kind: "waterschap", name: "Waterschap Rijn en IJssel" },
    { code: "WS0009", kind: "waterschap", name: "Hoogheemraadschap De Stichtse Rijnlanden" },
    { code: "WS0010", kind: "waterschap", name: "Hoogheemraadschap Hollands Noorderkwartier" },
    { code: "WS0011", kind: "waterschap", name: "Hoogheemraadschap van Rijnland" },
    { code: "WS0012", kind: "waterschap", name: "Hoogheemraadschap van Delfland" },
    { code: "WS0013", kind: "waterschap", name: "Hoogheemraadschap van Schieland en de Krimpenerwaard" },
    { code: "WS0014", kind: "waterschap", name: "Waterschap Amstel, Gooi en Vecht" },
    { code: "WS0015", kind: "waterschap", name: "Waterschap Hollandse Delta" },
    { code: "WS0016", kind: "waterschap", name: "Waterschap Rivierenland" },
    { code: "WS0017", kind: "waterschap", name: "Waterschap Scheldestromen" },
    { code: "WS0018", kind: "waterschap", name: "Waterschap Brabantse Delta" },
    { code: "WS0019", kind: "waterschap", name: "Waterschap De Dommel" },
    { code: "WS0020", kind: "waterschap", name: "Waterschap Aa en Maas" },
    { code: "WS0021", kind: "waterschap", name: "Waterschap Limburg" },
    { code: "RK0001", kind: "rijk", name: "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties" },
    { code: "RK0002", kind: "rijk", name: "Ministerie van Economische Zaken" },
    { code: "RK0003", kind: "rijk", name: "Ministerie van Infrastructuur en Waterstaat" },
    { code: "RK0004", kind: "rijk", name: "Ministerie van Justitie en Veiligheid" },
    { code: "RK0005", kind: "rijk", name: "Ministerie van Klimaat en Groene Groei" },
    { code: "RK0006", kind: "rijk", name: "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur" },
    { code: "RK0007", kind: "rijk", name: "Ministerie van Onderwijs, Cultuur en Wetenschap" },
    { code: "RK0008", kind: "rijk", name: "Ministerie van Sociale Zaken en Werkgelegenheid" },
    { code: "RK0009", kind: "rijk", name: "Ministerie van Volkshuisvesting en Ruimtelijke Ordening" },
    { code: "RK0010", kind: "rijk", name: "Ministerie van Volksgezondheid, Welzijn en Sport" },
  ] as const satisfies readonly OtherPublicBody[],
};

export function findOtherPublicBody(code: string): OtherPublicBody | undefined {
  return OTHER_PUBLIC_BODIES.bodies.find((b) => b.code === code);
}
