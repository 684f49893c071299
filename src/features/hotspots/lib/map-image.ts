import type { LegendEntry } from './count-scale.ts';
import { probeColour } from './css-colour.ts';

/**
 * "Export map image": the map's own SVG and canvas layers, redrawn onto one canvas with a
 * title, the legend and captions, as a PNG for a briefing. No tiles are drawn by default and
 * nothing is fetched, so the canvas is never tainted; a configured tile layer is left out of
 * the image (a tile server's CORS headers are not ours to rely on).
 */
export interface MapImageOptions {
  title: string;
  legend: readonly LegendEntry[];
  /** Lines under the legend: the count without coordinates, the data date, the credit. */
  captions: readonly string[];
}

/** SVG properties that come from CSS classes and must be inlined before serialising. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'display',
];

function inlineStyles(source: Element, copy: Element): void {
  const from = [source, ...source.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((el, i) => {
    const target = to[i];
    if (!target) return;
    const style = getComputedStyle(el);
    // Through the CSSOM, not setAttribute('style', …): the CSP (style-src 'self') blocks
    // inline style attributes but not CSSOM writes, and both serialise the same.
    const inline = (target as SVGElement | HTMLElement).style;
    for (const p of STYLE_PROPS) inline.setProperty(p, style.getPropertyValue(p));
  });
}

/** The SVG as a self-contained data URL (styles inlined), at its on-screen size. */
export function svgDataUrl(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy);
  const rect = svg.getBoundingClientRect();
  copy.setAttribute('width', String(rect.width));
  copy.setAttribute('height', String(rect.height));
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The map could not be drawn as an image.'));
    img.src = src;
  });
}

const PAD = 16;
const LINE = 22;
const LEGEND_COLUMN = 150;

export async function renderMapImage(
  container: HTMLElement,
  options: MapImageOptions,
): Promise<Blob> {
  const box = container.getBoundingClientRect();
  const columns = Math.max(1, Math.floor((box.width - 2 * PAD) / LEGEND_COLUMN));
  const legendRows = Math.ceil(options.legend.length / columns);
  const footer = PAD + legendRows * LINE + options.captions.length * LINE + PAD;
  const header = PAD + LINE + 8;
  const ratio = Math.min(2, Math.max(1, window.devicePixelRatio || 1));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(box.width * ratio);
  canvas.height = Math.round((box.height + header + footer) * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw images.');
  ctx.scale(ratio, ratio);
  const colour = (background: string, fallback: string) =>
    probeColour(container, { background }) || fallback;
  ctx.fillStyle = colour('var(--hs-paper)', '#ffffff');
  ctx.fillRect(0, 0, box.width, box.height + header + footer);
  ctx.fillStyle = colour('var(--hs-sea)', '#dde7ef');
  ctx.fillRect(0, header, box.width, box.height);
  const ink = colour('var(--hs-ink)', '#1a1d21');

  ctx.fillStyle = ink;
  ctx.font = '600 16px system-ui, sans-serif';
  ctx.fillText(options.title, PAD, PAD + 14);

  // Layers in document order, which is their stacking order within the map panes. Leaflet's
  // SVG layers reach past the map's edges (it pre-draws a margin for panning): clip to the map.
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, header, box.width, box.height);
  ctx.clip();
  for (const layer of container.querySelectorAll<SVGSVGElement | HTMLCanvasElement>(
    '.leaflet-pane svg, .leaflet-pane canvas',
  )) {
    const r = layer.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const source = layer instanceof HTMLCanvasElement ? layer : await loadImage(svgDataUrl(layer));
    ctx.drawImage(source, r.left - box.left, r.top - box.top + header, r.width, r.height);
  }
  ctx.restore();

  // Text labels on the map (the "<k" of suppressed bins) are HTML tooltips, not SVG: draw
  // their text at the same place.
  ctx.fillStyle = ink;
  ctx.font = '600 11px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const label of container.querySelectorAll<HTMLElement>('.hs-bin-label')) {
    const r = label.getBoundingClientRect();
    const x = r.left - box.left + r.width / 2;
    const y = r.top - box.top + r.height / 2;
    if (x >= 0 && y >= 0 && x <= box.width && y <= box.height)
      ctx.fillText(label.textContent ?? '', x, y + header);
  }
  ctx.textAlign = 'start';
  ctx.textBaseline = 'alphabetic';

  let y = header + box.height + PAD;
  ctx.font = '13px system-ui, sans-serif';
  options.legend.forEach((entry, i) => {
    const x = PAD + (i % columns) * LEGEND_COLUMN;
    if (i > 0 && i % columns === 0) y += LINE;
    ctx.fillStyle = probeColour(container, { className: entry.className }) || '#9a9a9a';
    ctx.fillRect(x, y, 14, 14);
    ctx.strokeStyle = ink;
    ctx.strokeRect(x, y, 14, 14);
    ctx.fillStyle = ink;
    ctx.fillText(entry.label, x + 20, y + 12);
  });
  y += LINE;
  for (const line of options.captions) {
    ctx.fillText(line, PAD, y + 12);
    y += LINE;
  }

  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))),
      'image/png',
    ),
  );
}

/** "hotspot-map-northern-europe-2026-03-01.png" */
export function mapImageFileName(title: string, date: Date): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'map'}-${date.toISOString().slice(0, 10)}.png`;
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // Revoke after the click has been handled, not before.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
