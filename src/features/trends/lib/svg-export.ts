/**
 * Chart images and files for download. The chart's live SVG is cloned and serialised with
 * XMLSerializer; nothing is parsed from or written as HTML. CSS custom properties do not
 * exist outside the page (an exported file, or an SVG drawn onto a canvas, has no
 * stylesheet), so every `var(--x, fallback)` is replaced by its current value first.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const VAR = /var\(\s*(--[\w-]+)\s*(?:,\s*((?:[^()]|\([^()]*\))*))?\)/g;

/** `lookup` returns the property's current value, or '' when the page does not define it. */
export function resolveCssVars(value: string, lookup: (name: string) => string): string {
  return value.replace(VAR, (_, name: string, fallback: string | undefined) => {
    const found = lookup(name).trim();
    return found !== '' ? found : (fallback ?? '').trim();
  });
}

export interface LegendEntry {
  label: string;
  colour: string;
}

export interface SvgExportOptions {
  title: string;
  description: string;
  legend?: readonly LegendEntry[];
  lookup?: (name: string) => string;
}

const LEGEND_ROW = 18;

function el(
  doc: Document,
  name: string,
  attrs: Record<string, string | number>,
  text?: string,
): Element {
  const node = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A standalone SVG document of the chart: its title and description inside, the legend
 * drawn under the plot (the on-page legend is HTML and would otherwise be lost), colours
 * resolved, and an opaque background so it reads on any viewer.
 */
export function serialiseChartSvg(
  svg: SVGSVGElement,
  o: SvgExportOptions,
): { text: string; width: number; height: number } {
  const lookup = o.lookup ?? ((name) => getComputedStyle(svg).getPropertyValue(name));
  const width = Number(svg.getAttribute('width')) || svg.clientWidth || 600;
  const plotHeight = Number(svg.getAttribute('height')) || svg.clientHeight || 300;
  const legend = o.legend ?? [];
  const height = plotHeight + (legend.length ? LEGEND_ROW * legend.length + 8 : 0);

  const clone = svg.cloneNode(true) as SVGSVGElement;
  const doc = clone.ownerDocument;
  for (const node of [clone, ...clone.querySelectorAll('*')]) {
    for (const attr of [...node.attributes]) {
      if (!attr.value.includes('var(')) continue;
      const resolved = resolveCssVars(attr.value, lookup);
      // A `style` attribute written with setAttribute is inline style to the CSP
      // (style-src has no 'unsafe-inline'); through the CSSOM it is not.
      if (attr.name === 'style' && 'style' in node) (node as SVGElement).style.cssText = resolved;
      else node.setAttribute(attr.name, resolved);
    }
  }
  // No explicit xmlns: XMLSerializer declares the SVG namespace itself, and a second
  // declaration makes the file invalid XML.
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('font-family', 'system-ui, sans-serif');
  clone.removeAttribute('style');
  // On the page the chart is keyboard-operable; a file is a picture with a title.
  clone.removeAttribute('tabindex');
  clone.setAttribute('role', 'img');
  const background = resolveCssVars('var(--surface, #ffffff)', lookup);
  const text = resolveCssVars('var(--text, #1f2328)', lookup);
  const head = [
    el(doc, 'title', {}, o.title),
    el(doc, 'desc', {}, o.description),
    el(doc, 'rect', { width, height, fill: background }),
  ];
  clone.prepend(...head);
  legend.forEach((entry, i) => {
    const y = plotHeight + 4 + i * LEGEND_ROW;
    clone.append(
      el(doc, 'rect', {
        x: 12,
        y: y + 3,
        width: 12,
        height: 12,
        fill: resolveCssVars(entry.colour, lookup),
      }),
    );
    clone.append(el(doc, 'text', { x: 30, y: y + 13, 'font-size': 12, fill: text }, entry.label));
  });
  return { text: new XMLSerializer().serializeToString(clone), width, height };
}

/** PNG at twice the size for sharp print; via an <img> of the SVG drawn onto a canvas. */
export async function svgToPngBlob(
  svgText: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas available to draw the chart image.');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('The chart image could not be encoded.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled: some browsers read the URL asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "Reports over time" → "reports-over-time-2026-03-04.csv": safe on every file system. */
export function fileNameFor(title: string, extension: string, today: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'chart'}-${today}.${extension}`;
}
