/** Which fragments make up a report's narrative, to fit its reporter, platform, stage and red flags. */
import { NARRATIVE_SLOTS } from './report-columns.ts';
import { NO_FRAGMENT, type FragmentPool } from './fragment-pool.ts';
import type { Rng } from './prng.ts';

function pickFrom(rng: Rng, list: readonly number[] | undefined): number {
  if (!list || list.length === 0) return NO_FRAGMENT;
  return list[rng.int(list.length)] as number;
}

/**
 * A narrative's fragments, in reading order; returns how many were written to `out`.
 * (No closures inside: this runs a million times and tsx/esbuild wrap every closure.)
 */
export function pickNarrative(
  rng: Rng,
  pool: FragmentPool,
  out: Uint16Array,
  relation: number,
  platforms: number,
  stage: number,
  indicators: number,
  types: number,
): number {
  let n = 0;
  // Now and then a narrative starts with =, +, - or @ (a spreadsheet-formula trap).
  if (rng.chance(0.012)) n = put(out, n, pickFrom(rng, pool.leading));
  if (rng.chance(0.92)) n = put(out, n, pickFrom(rng, pool.openers[relation]));
  if (rng.chance(0.003)) return put(out, n, pickFrom(rng, pool.long));
  if (platforms)
    n = put(out, n, pickFrom(rng, pool.contacts[31 - Math.clz32(platforms & -platforms)]));
  else if (rng.chance(0.6)) n = put(out, n, pickFrom(rng, pool.inPerson));
  // One or two red flags in words, else the stage.
  let told = 0;
  for (let b = 0; b < 16 && told < 2; b++) {
    if (indicators & (1 << b) && rng.chance(0.6)) {
      n = put(out, n, pickFrom(rng, pool.byIndicator[b]));
      told++;
    }
  }
  if (told === 0) n = put(out, n, pickFrom(rng, pool.byStage[stage]));
  if (rng.chance(0.35))
    n = put(out, n, pickFrom(rng, pool.byExploitation[31 - Math.clz32(types & -types)]));
  if (rng.chance(0.025)) n = put(out, n, pickFrom(rng, pool.hostile));
  if (rng.chance(0.04)) n = put(out, n, pickFrom(rng, pool.unicode));
  if (rng.chance(0.22)) n = put(out, n, pickFrom(rng, pool.personalData));
  if (rng.chance(0.45)) n = put(out, n, pickFrom(rng, pool.closers));
  return n;
}

function put(out: Uint16Array, n: number, fragment: number): number {
  if (fragment === NO_FRAGMENT || n >= NARRATIVE_SLOTS) return n;
  out[n] = fragment;
  return n + 1;
}
