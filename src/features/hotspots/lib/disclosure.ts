import type { Count } from '../../../api/contract/common-schemas.ts';
import { formatCount } from '../../../lib/format.ts';
import type { Disclosure } from './map-types.ts';

const SUPPRESSED: Count = { count: null, suppressed: true };

/**
 * The count as this viewer may see it. The API already suppresses for partners; this is the
 * second lock, so a mistake upstream can never put a 1..k−1 on a partner's screen.
 */
export function disclosed(count: Count, disclosure: Disclosure): Count {
  if (count.suppressed || count.count === null) return SUPPRESSED;
  if (disclosure.suppressSmall && count.count > 0 && count.count < disclosure.k) return SUPPRESSED;
  return count;
}

/** "1,234", "0" or "<11". */
export function countLabel(count: Count, disclosure: Disclosure): string {
  return formatCount(disclosed(count, disclosure), disclosure.k);
}

/** "1,234 reports", "1 report", "0 reports", "<11 reports (suppressed)": tooltips and lists. */
export function countPhrase(count: Count, disclosure: Disclosure): string {
  const c = disclosed(count, disclosure);
  const label = formatCount(c, disclosure.k);
  if (c.count === null) return `${label} reports (suppressed)`;
  return `${label} report${c.count === 1 ? '' : 's'}`;
}
