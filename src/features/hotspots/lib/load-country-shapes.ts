import { settledPromise } from '../../../lib/settled-promise.ts';
import { COUNTRY_BOXES, type CountryBoxes } from './country-boxes.ts';
import { countryName } from '../../../lib/country-name.ts';
import { mapInSlices } from '../../../lib/yield-to-main.ts';
import {
  polygonBox,
  shapeBuilder,
  shapeOf,
  type CountryShape,
  type ShapeDetail,
} from './country-shapes.ts';

const TOLERANCE = 0.5;

function within(part: [number, number, number, number], box: readonly number[]): boolean {
  const [w, s, e, n] = part;
  const east = box[2]! < box[0]! ? box[2]! + 360 : box[2]!;
  const lonInside = [-360, 0, 360].some(
    (o) => w + o >= box[0]! - TOLERANCE && e + o <= east + TOLERANCE,
  );
  return lonInside && s >= box[1]! - TOLERANCE && n <= box[3]! + TOLERANCE;
}

/**
 * Splits one shape. Natural Earth draws some overseas territories inside their sovereign's shape (French Guiana,
 * Réunion, Martinique… in France; Bonaire in the Netherlands), while the API files their
 * reports under their own ISO codes. A part that lies outside its country's box and inside the
 * box of a code with no shape of its own becomes a shape of that code, so French Guiana is
 * coloured with French Guiana's count, not France's.
 */
export function overseasSplitter(
  shapes: readonly CountryShape[],
  boxes: CountryBoxes = COUNTRY_BOXES,
): (shape: CountryShape) => CountryShape[] {
  const shaped = new Set(shapes.map((s) => s.code));
  const unshaped = Object.entries(boxes).filter(([code]) => !shaped.has(code));
  return (shape) => {
    const own = shape.code ? boxes[shape.code] : undefined;
    if (!own) return [shape];
    const out: CountryShape[] = [];
    const kept: [number, number][][][] = [];
    for (const polygon of shape.latLngs) {
      const part = polygonBox(polygon);
      const owner = within(part, own)
        ? undefined
        : unshaped.find(([, box]) => within(part, box))?.[0];
      if (owner) out.push(shapeOf(owner, countryName(owner), [polygon]));
      else kept.push(polygon);
    }
    out.push(kept.length === shape.latLngs.length ? shape : shapeOf(shape.code, shape.name, kept));
    return out;
  };
}

/** `overseasSplitter` over every shape at once. */
export function splitOverseasParts(
  shapes: readonly CountryShape[],
  boxes: CountryBoxes = COUNTRY_BOXES,
): CountryShape[] {
  return shapes.flatMap(overseasSplitter(shapes, boxes));
}

/**
 * The shapes built a few at a time, yielding between slices: built at once, they were a long
 * task (~75 ms) in the middle of the overview's first load.
 */
async function buildShapes(topology: unknown): Promise<CountryShape[]> {
  const { geometries, toShape } = shapeBuilder(topology);
  const shapes = (await mapInSlices(geometries, toShape)).filter((shape) => shape !== null);
  return (await mapInSlices(shapes, overseasSplitter(shapes))).flat();
}

const cache = new Map<ShapeDetail, Promise<CountryShape[]>>();

/**
 * The country shapes, loaded once. The topojson is imported dynamically so it is a chunk of
 * its own, fetched only when a map is shown (110m: ~100 KB; 50m: ~750 KB, for close-ups).
 */
export function countryShapes(detail: ShapeDetail = '110m'): Promise<CountryShape[]> {
  let shapes = cache.get(detail);
  if (!shapes) {
    const load =
      detail === '50m'
        ? import('world-atlas/countries-50m.json')
        : import('world-atlas/countries-110m.json');
    // Settled-marked: a map mounted after the shapes are built draws them in its first render.
    shapes = settledPromise(load.then((m) => buildShapes(m.default)));
    // A failed load must not stay cached: the next map mount tries again.
    shapes.catch(() => cache.delete(detail));
    cache.set(detail, shapes);
  }
  return shapes;
}
