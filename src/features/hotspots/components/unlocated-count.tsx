import type { Count } from '../../../api/contract/common-schemas.ts';
import type { Disclosure, MapLayer } from '../lib/map-types.ts';
import { unlocatedText } from '../lib/unlocated-text.ts';

export interface UnlocatedCountProps {
  /** `withoutCoordinates` of the aggregate the map shows. */
  count: Count;
  disclosure: Disclosure;
  layer: MapLayer;
  /** Grid layers: `outsideExtent`, the located reports beyond this view. */
  outsideView?: Count | null;
}

/**
 * Always beside the map: reports without coordinates still count, and saying how many makes
 * the map's numbers add up to the totals shown elsewhere.
 */
export function UnlocatedCount({ count, disclosure, layer, outsideView }: UnlocatedCountProps) {
  return <p className="hs-unlocated">{unlocatedText(count, disclosure, layer, outsideView)}</p>;
}
