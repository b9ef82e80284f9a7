// The one palette of the graph: the page (sigma) and Neo4j Browser (web/neo4j-browser.grass,
// generated from this file by scripts/build-web.ts) draw the same colors, so an analyst moving
// between them keeps their bearings. Colors follow Okabe–Ito, readable with colour-blindness.
import {
  CO_MENTIONED,
  type EdgeType,
  type EntityType,
  type RelationType,
} from '../../src/model/types.js';

export interface EntityStyle {
  color: string;
  /** Neo4j Browser draws its caption in this color over the node. */
  text: string;
}

export const ENTITY_STYLES: Readonly<Record<EntityType, EntityStyle>> = {
  Person: { color: '#0072B2', text: '#FFFFFF' },
  Country: { color: '#E69F00', text: '#000000' },
  Organization: { color: '#009E73', text: '#FFFFFF' },
  Group: { color: '#CC79A7', text: '#000000' },
  Place: { color: '#56B4E9', text: '#000000' },
};

export const RELATION_COLORS: Readonly<Record<RelationType, string>> = {
  MET_WITH: '#1F77B4',
  PRESSURED: '#D55E00',
  CONFIRMED: '#2CA02C',
  REPRESENTS: '#7F7F7F',
  REJECTED: '#B2182B',
  DEMANDED: '#8C564B',
  REPORTED_BY: '#9467BD',
};

/**
 * Communities, biggest first (Tableau 10 without its grey, then two more): distinct from each
 * other at a glance; smaller communities and lone nodes take FALLBACK_COLOR.
 */
export const COMMUNITY_COLORS: readonly string[] = [
  '#4E79A7',
  '#F28E2B',
  '#E15759',
  '#76B7B2',
  '#59A14F',
  '#EDC948',
  '#B07AA1',
  '#FF9DA7',
  '#9C755F',
  '#17BECF',
  '#BCBD22',
];
/** Co-mentions are context, not claims: a quiet grey under the typed relations' colours. */
export const CO_MENTION_COLOR = '#B8BEC8';

export const edgeColor = (type: EdgeType): string =>
  type === CO_MENTIONED ? CO_MENTION_COLOR : (RELATION_COLORS[type] ?? FALLBACK_COLOR);

/** WCAG relative luminance of a `#RRGGBB` colour. */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** Black or white, whichever reads better on the colour (WCAG contrast ratio). */
export function readableText(background: string): '#000000' | '#FFFFFF' {
  const l = luminance(background);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#FFFFFF';
}

/** Nodes and edges outside the focus fade to this. */
export const DIMMED_COLOR = '#E9EBEF';
export const FALLBACK_COLOR = '#999999';
