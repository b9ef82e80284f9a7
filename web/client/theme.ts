// Light or dark, as the system says (prefers-color-scheme), for what CSS cannot reach: sigma
// draws labels and faded nodes on a canvas. The page's CSS follows the same media query.
import { drawDiscNodeHover } from 'sigma/rendering';
import { DIMMED_COLOR } from '../shared/palette.js';
import type { Renderer } from './renderer.js';

export interface Theme {
  dark: boolean;
  /** Node labels on the graph's background. */
  label: string;
  /** Nodes outside the focus fade to this: close to the background, so the focus stands out. */
  dimmed: string;
}

const LIGHT: Theme = { dark: false, label: '#1d2330', dimmed: DIMMED_COLOR };
const DARK: Theme = { dark: true, label: '#e6e9ef', dimmed: '#2c323d' };

const query = globalThis.matchMedia?.('(prefers-color-scheme: dark)');

let current: Theme = query?.matches ? DARK : LIGHT;

/** The theme in force; the reducers read it on every frame. */
export const theme = (): Theme => current;

/** Applies the theme to the renderer now and whenever the system setting changes. */
export function followTheme(renderer: Renderer): void {
  const apply = () => {
    current = query?.matches ? DARK : LIGHT;
    renderer.setSetting('labelColor', { color: current.label });
    // Sigma's hover tag is a white box: its text stays dark whatever the theme.
    renderer.setSetting('defaultDrawNodeHover', (context, data, settings) =>
      drawDiscNodeHover(context, data, { ...settings, labelColor: { color: LIGHT.label } }),
    );
    renderer.refresh({ skipIndexation: true });
  };
  apply();
  query?.addEventListener('change', apply);
}
