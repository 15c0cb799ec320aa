/**
 * The "Gluren bij de buren" map (server-rendered SVG, no client JavaScript): municipalities shaded by the number of
 * confirmed deployments, the own municipality filled amber, bordering ones outlined thickly. A shaded municipality
 * links to its rows in the table below, which stays the accessible equivalent: the drawing is one image (role="img")
 * with a title and description; the links sit in a second SVG laid over it, hidden from assistive technology and
 * the tab order (an image may not contain controls; the table has the same links and more).
 */
import { useTranslation } from "react-i18next";
import type { PeerMap, PeerMapArea } from "../domain/peers/peer-map.server";
import { MapValueLabels } from "./hub-insight-figures";

/** Amber fill for the own municipality; the dark outline (#111827) sets it off from every blue shade (> 3:1). */
const OWN_FILL = "#fbbf24";
const OUTLINE = "#111827";
const THIN = "#6b7280";

export const peerAnchor = (regionCode: string) => `peer-${regionCode}`;

const stroke = (a: PeerMapArea) => (a.role === "own" ? { stroke: OUTLINE, strokeWidth: 3 } : a.role === "adjacent" ? { stroke: OUTLINE, strokeWidth: 2 } : { stroke: THIN, strokeWidth: 0.5 });
const order = { other: 0, adjacent: 1, own: 2 } as const;

function Swatch({ fill, strokeColour = THIN, strokeWidth = 1 }: { fill: string; strokeColour?: string; strokeWidth?: number }) {
  return (
    <svg aria-hidden="true" focusable="false" width="22" height="16" className="peer-map-swatch">
      <rect x="2" y="2" width="18" height="12" fill={fill} stroke={strokeColour} strokeWidth={strokeWidth} />
    </svg>
  );
}

export function PeerMapFigure({ map }: { map: PeerMap }) {
  const { t } = useTranslation();
  const own = map.areas.find((a) => a.role === "own");
  const adjacent = map.areas.filter((a) => a.role === "adjacent").length;
  const shaded = map.areas.filter((a) => a.value > 0).length;
  const areas = [...map.areas].sort((a, b) => order[a.role] - order[b.role]);
  const box = `0 0 ${map.width} ${map.height}`;
  return (
    <figure className="peer-map" aria-labelledby="peer-map-caption">
      <div className="peer-map-canvas">
        <svg role="img" aria-labelledby="peer-map-title" aria-describedby="peer-map-desc" viewBox={box} width={map.width} height={map.height} className="insight-chart">
          <title id="peer-map-title">{t("peers.map.title", { province: map.provinceName })}</title>
          <desc id="peer-map-desc">
            {own ? t("peers.map.descOwn", { own: own.name, count: adjacent }) : null} {t("peers.map.descShaded", { count: shaded })}
          </desc>
          {areas.map((a) => (
            <path key={a.code} d={a.d} fill={a.role === "own" ? OWN_FILL : a.fill} {...stroke(a)} data-code={a.code} data-role={a.role} data-value={a.value} />
          ))}
          <MapValueLabels areas={map.areas} fontSize={12} />
        </svg>
        {/* Links for the mouse, over the image: hidden from assistive technology and the tab order (the table has them). */}
        <svg aria-hidden="true" focusable="false" viewBox={box} width={map.width} height={map.height} className="insight-chart peer-map-overlay">
          {map.areas
            .filter((a) => a.value > 0)
            .map((a) => (
              <a key={a.code} href={`#${peerAnchor(a.code)}`} tabIndex={-1}>
                <title>{t("peers.map.areaTitle", { name: a.name, count: a.value })}</title>
                <path d={a.d} fill="transparent" />
              </a>
            ))}
        </svg>
      </div>
      <figcaption id="peer-map-caption">
        <p>{t("peers.map.caption")}</p>
        <ul className="peer-map-legend" aria-label={t("peers.map.legend")}>
          {own ? (
            <li>
              <Swatch fill={OWN_FILL} strokeColour={OUTLINE} strokeWidth={3} /> {t("peers.map.own", { name: own.name })}
            </li>
          ) : null}
          {adjacent ? (
            <li>
              <Swatch fill="#ffffff" strokeColour={OUTLINE} strokeWidth={2} /> {t("peers.map.adjacent")}
            </li>
          ) : null}
          <li>
            <Swatch fill={map.areas.find((a) => a.value === 0 && a.role !== "own")?.fill ?? "#eff6ff"} /> {t("peers.map.none")}
          </li>
          {map.shades.map((s) => (
            <li key={s.fill}>
              <Swatch fill={s.fill} /> {s.min === s.max ? t("peers.map.shade", { count: s.min }) : t("peers.map.shadeRange", { min: s.min, max: s.max })}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
