import L from 'leaflet';
import { probeColour } from '../lib/css-colour.ts';
import { colourRamp, colouriseDensity, type HeatPoint } from '../lib/heat.ts';
import { LIGHT_STEPS, PALETTE_STEPS, stepClassName } from '../lib/palette.ts';
import { copyOffsets } from '../lib/world-copies.ts';

/**
 * A heat layer on one canvas the size of the map, written here because no heat plugin is
 * installed (the approach of leaflet.heat/simpleheat): each point stamps a blurred grey spot
 * with alpha = weight; the accumulated alpha is then coloured through the theme's palette.
 * It redraws after each move or zoom and hides during the zoom animation.
 */
export class HeatCanvasLayer extends L.Layer {
  private canvas: HTMLCanvasElement | null = null;
  private map: L.Map | null = null;
  private points: readonly HeatPoint[] = [];
  private radius = 20;
  private spot: HTMLCanvasElement | null = null;

  override onAdd(map: L.Map): this {
    this.map = map;
    this.canvas = L.DomUtil.create('canvas', 'hs-heat leaflet-zoom-hide');
    this.getPane()?.appendChild(this.canvas);
    map.on('moveend resize', this.redraw, this);
    this.redraw();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('moveend resize', this.redraw, this);
    this.canvas?.remove();
    this.canvas = null;
    this.map = null;
    return this;
  }

  setData(points: readonly HeatPoint[], radius: number): void {
    if (radius !== this.radius) this.spot = null;
    this.points = points;
    this.radius = radius;
    this.redraw();
  }

  private spotImage(): HTMLCanvasElement | null {
    if (this.spot) return this.spot;
    const r = this.radius;
    const spot = document.createElement('canvas');
    spot.width = spot.height = 2 * r;
    const ctx = spot.getContext('2d');
    if (!ctx) return null;
    const g = ctx.createRadialGradient(r, r, 0, r, r, r);
    g.addColorStop(0, 'rgba(0,0,0,1)');
    g.addColorStop(1, 'rgba(0,0,0,0)');
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, 2 * r, 2 * r);
    return (this.spot = spot);
  }

  private redraw(): void {
    const { map, canvas } = this;
    if (!map || !canvas) return;
    const size = map.getSize();
    canvas.width = size.x;
    canvas.height = size.y;
    L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
    const ctx =
      size.x > 0 && size.y > 0 ? canvas.getContext('2d', { willReadFrequently: true }) : null;
    const spot = ctx ? this.spotImage() : null;
    if (!ctx || !spot) return;
    const bounds = map.getBounds();
    const margin = (bounds.getEast() - bounds.getWest()) * 0.1;
    for (const p of this.points) {
      for (const off of copyOffsets(
        p.lon,
        p.lon,
        bounds.getWest() - margin,
        bounds.getEast() + margin,
      )) {
        const at = map.latLngToContainerPoint([p.lat, p.lon + off]);
        ctx.globalAlpha = p.weight;
        ctx.drawImage(spot, at.x - this.radius, at.y - this.radius);
      }
    }
    const container = map.getContainer();
    const stops = Array.from(
      { length: PALETTE_STEPS },
      (_, i) => probeColour(container, { className: stepClassName(i) }) || LIGHT_STEPS[i]!,
    );
    const image = ctx.getImageData(0, 0, size.x, size.y);
    colouriseDensity(image.data, colourRamp(stops));
    ctx.putImageData(image, 0, 0);
  }
}
