import type { Renderer } from '../renderer.js';

/**
 * The view as a PNG: sigma draws on several stacked canvases (WebGL edges and nodes, 2D labels),
 * composed here in their stacking order right after a synchronous render, while the WebGL
 * buffers still hold the frame.
 */
export function renderPng(renderer: Renderer, background = '#ffffff'): Promise<Blob> {
  renderer.refresh();
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('page: this browser cannot draw a PNG'));
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  for (const [id, layer] of Object.entries(renderer.getCanvases())) {
    if (id === 'mouse') continue;
    context.drawImage(layer, 0, 0, canvas.width, canvas.height);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) =>
      blob ? resolve(blob) : reject(new Error('page: the browser refused to encode a PNG')),
    ),
  );
}
