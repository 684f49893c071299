/** Report source (shifting to the apps over the years) and analysts' tags (fitting the red flags). */
import * as E from '../../src/api/contract/enums.ts';
import type { Rng } from './prng.ts';
import type { WeightedPicker } from './weighted-picker.ts';
import type { TAG_POOL } from './tag-pool.ts';
import { enumBit } from './enum-index.ts';

const SOURCE = E.source.values;
const SRC_IOS = SOURCE.indexOf('stop_app_ios');
const SRC_ANDROID = SOURCE.indexOf('stop_app_android');
const SRC_WEB = SOURCE.indexOf('web_form');
const SRC_PARTNER = SOURCE.indexOf('partner_referral');
const SRC_HOTLINE = SOURCE.indexOf('hotline');

/** t = 0 at the start of the span, 1 at its end. */
export function pickSource(rng: Rng, t: number): number {
  const ios = 22 + 10 * t;
  const android = 25 + 10 * t;
  const web = 38 - 16 * t;
  const partner = 9;
  const x = rng.next() * (ios + android + web + partner + 5);
  if (x < ios) return SRC_IOS;
  if (x < ios + android) return SRC_ANDROID;
  if (x < ios + android + web) return SRC_WEB;
  if (x < ios + android + web + partner) return SRC_PARTNER;
  return SRC_HOTLINE;
}

const IND_BLACKMAIL = enumBit(E.indicator.values, 'image_blackmail');
const IND_JOB_OFFER = enumBit(E.indicator.values, 'job_offer');
const IND_TRAVEL = enumBit(E.indicator.values, 'travel_arranged');
const IND_MEETING = enumBit(E.indicator.values, 'meeting_requested');

export function pickTags(
  rng: Rng,
  picker: WeightedPicker,
  isNew: boolean,
  indicators: number,
  platforms: number,
  bits: Record<(typeof TAG_POOL)[number], number>,
  gaming: number,
): number {
  // Analysts tag what they have looked at: new reports rarely carry tags.
  if (!rng.chance(isNew ? 0.05 : 0.5)) return 0;
  let tags = 0;
  const n = 1 + (rng.chance(0.35) ? 1 : 0) + (rng.chance(0.1) ? 1 : 0);
  for (let k = 0; k < n; k++) tags |= 1 << picker.pick(rng);
  if (indicators & IND_BLACKMAIL && rng.chance(0.5)) tags |= bits.sextortion;
  if (indicators & IND_JOB_OFFER && rng.chance(0.5)) tags |= bits['job-scam'];
  if (indicators & IND_TRAVEL && rng.chance(0.4)) tags |= bits['cross-border'];
  if (indicators & IND_MEETING && rng.chance(0.15)) tags |= bits.hotel;
  if (platforms & (1 << gaming) && rng.chance(0.3)) tags |= bits['gaming-server'];
  return tags;
}
