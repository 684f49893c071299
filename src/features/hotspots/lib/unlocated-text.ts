import type { Count } from '../../../api/contract/common-schemas.ts';
import { countLabel, disclosed } from './disclosure.ts';
import type { Disclosure, MapLayer } from './map-types.ts';

/**
 * The sentence beside the map (and under an exported image) about reports it cannot place,
 * so the map's numbers plus this one add up to the totals shown elsewhere.
 */
export function unlocatedText(
  count: Count,
  disclosure: Disclosure,
  layer: MapLayer,
  outsideView?: Count | null,
): string {
  const one = disclosed(count, disclosure).count === 1;
  const subject = `${countLabel(count, disclosure)} matching report${one ? ' has' : 's have'} no coordinates`;
  if (layer === 'choropleth') {
    return `${subject}: ${one ? 'it is' : 'they are'} counted in ${one ? 'its' : 'their'} country, but cannot be placed on the grid or heat map.`;
  }
  const text = `${subject} and ${one ? 'is' : 'are'} not on the map.`;
  if (!outsideView) return text;
  const oneOut = disclosed(outsideView, disclosure).count === 1;
  return `${text} ${countLabel(outsideView, disclosure)} located report${oneOut ? ' is' : 's are'} outside this view.`;
}
