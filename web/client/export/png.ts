import type { LegendSection } from '../appearance.js';
import type { Renderer } from '../renderer.js';

/** The legend's type, in CSS pixels (scaled by the device pixel ratio when drawn). */
const FONT = 'system-ui, "Liberation Sans", sans-serif';
const [LINE, PAD, GAP] = [18, 12, 18];

interface Placed {
  x: number;
  y: number;
  text: string;
  bold: boolean;
  swatch?: { color: string; kind: 'dot' | 'line' };
}

/**
 * Lays the legend out in rows across `width`: each section's title, then its items, wrapping.
 * Returns what to draw where and the height it takes.
 */
function layoutLegend(
  context: CanvasRenderingContext2D,
  sections: readonly LegendSection[],
  width: number,
): { placed: Placed[]; height: number } {
  const placed: Placed[] = [];
  let y = PAD + LINE / 2;
  for (const section of sections) {
    context.font = `600 12px ${FONT}`;
    let x = PAD;
    placed.push({ x, y, text: section.title, bold: true });
    x += context.measureText(section.title).width + GAP;
    context.font = `12px ${FONT}`;
    for (const item of section.items) {
      const w = 22 + context.measureText(item.label).width;
      if (x + w > width - PAD) [x, y] = [PAD + 16, y + LINE];
      placed.push({ x, y, text: item.label, bold: false, swatch: item });
      x += w + GAP;
    }
    y += LINE;
  }
  return { placed, height: y - LINE / 2 + PAD };
}

function drawLegend(context: CanvasRenderingContext2D, placed: readonly Placed[], top: number) {
  context.textBaseline = 'middle';
  for (const p of placed) {
    const y = top + p.y;
    let x = p.x;
    if (p.swatch) {
      context.fillStyle = p.swatch.color;
      if (p.swatch.kind === 'dot') {
        context.beginPath();
        context.arc(x + 5, y, 5, 0, 2 * Math.PI);
        context.fill();
      } else context.fillRect(x, y - 2, 16, 4);
      x += 22;
    }
    context.fillStyle = '#1d2330';
    context.font = `${p.bold ? '600 ' : ''}12px ${FONT}`;
    context.fillText(p.text, x, y);
  }
}

/**
 * The view as a PNG, its legend drawn below the graph: sigma draws on several stacked canvases
 * (WebGL edges and nodes, 2D labels), composed here in their stacking order right after a
 * synchronous render, while the WebGL buffers still hold the frame.
 */
export function renderPng(
  renderer: Renderer,
  legend: readonly LegendSection[],
  background = '#ffffff',
): Promise<Blob> {
  renderer.refresh();
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('page: this browser cannot draw a PNG'));
  const key = layoutLegend(context, legend, width);
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round((height + key.height) * ratio);
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  for (const [id, layer] of Object.entries(renderer.getCanvases())) {
    if (id === 'mouse') continue;
    context.drawImage(layer, 0, 0, Math.round(width * ratio), Math.round(height * ratio));
  }
  context.scale(ratio, ratio);
  context.fillStyle = '#dde1e8';
  context.fillRect(0, height, width, 1);
  drawLegend(context, key.placed, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) =>
      blob ? resolve(blob) : reject(new Error('page: the browser refused to encode a PNG')),
    ),
  );
}
