/**
 * The pool of narrative fragments. A report stores only a few Uint16 indexes into this pool;
 * its narrative is the fragments joined by a space, assembled when asked for. Free-text
 * search then tests each word against the pool once instead of against a million strings.
 */
import {
  platform,
  groomingStage,
  indicator,
  exploitationType,
  reporterRelation,
} from '../../src/api/contract/enums.ts';
import { createRng } from './prng.ts';
import { personalDataSentences, leadingPersonalDataSentences } from './fake-personal-data.ts';
import { hostileSentences, formulaLeadingSentences, unicodeSentences } from './hostile-text.ts';
import {
  openers,
  contacts,
  indicatorSentences,
  stageSentences,
  exploitationSentences,
  closingSentences,
} from './narrative-fragments.ts';

/** Index into the pool; NO_FRAGMENT marks an empty narrative slot. */
export const NO_FRAGMENT = 0xffff;

export interface FragmentPool {
  readonly texts: readonly string[];
  /** Index lists per category, in enum value order where keyed by an enum. */
  readonly openers: readonly (readonly number[])[];
  readonly contacts: readonly (readonly number[])[];
  readonly inPerson: readonly number[];
  readonly byIndicator: readonly (readonly number[])[];
  readonly byStage: readonly (readonly number[])[];
  readonly byExploitation: readonly (readonly number[])[];
  readonly closers: readonly number[];
  readonly personalData: readonly number[];
  /** Fragments starting with =, +, - or @: they go first in a narrative. */
  readonly leading: readonly number[];
  readonly hostile: readonly number[];
  readonly unicode: readonly number[];
  /** Several-KB statements. */
  readonly long: readonly number[];
}

const PERSONAL_DATA_VARIANTS = 160;
const LEADING_PERSONAL_DATA_VARIANTS = 12;
const LONG_FRAGMENTS = 10;

let cached: FragmentPool | null = null;

/** The pool is the same for every seed (it is text, not data), so it is built once. */
export function getFragmentPool(): FragmentPool {
  cached ??= buildFragmentPool();
  return cached;
}

function buildFragmentPool(): FragmentPool {
  const texts: string[] = [];
  const add = (list: readonly string[]) => list.map((t) => texts.push(t) - 1);

  const pool: FragmentPool = {
    texts,
    openers: reporterRelation.values.map((v) => add(openers[v])),
    contacts: platform.values.map((v) => add(contacts[v])),
    inPerson: add(contacts.physical),
    byIndicator: indicator.values.map((v) => add(indicatorSentences[v])),
    byStage: groomingStage.values.map((v) => add(stageSentences[v])),
    byExploitation: exploitationType.values.map((v) => add(exploitationSentences[v])),
    closers: add(closingSentences),
    personalData: add(personalDataSentences(createRng(0x5eed, 1), PERSONAL_DATA_VARIANTS)),
    leading: [
      ...add(formulaLeadingSentences),
      ...add(leadingPersonalDataSentences(createRng(0x5eed, 2), LEADING_PERSONAL_DATA_VARIANTS)),
    ],
    hostile: add(hostileSentences),
    unicode: add(unicodeSentences),
    long: add(longStatements(texts.slice())),
  };
  if (texts.length >= NO_FRAGMENT) throw new Error('fragment pool too large for Uint16 indexes');
  return pool;
}

/** Long, diary-like statements (3–8 KB) stitched from ordinary sentences. */
function longStatements(sentences: readonly string[]): string[] {
  const rng = createRng(0x5eed, 3);
  const plain = sentences.filter((s) => /^[A-Z]/.test(s) && !s.includes('@') && !/\d{3}/.test(s));
  const out: string[] = [];
  for (let i = 0; i < LONG_FRAGMENTS; i++) {
    const target = 3000 + rng.int(5000);
    const parts: string[] = ['Here is everything that happened, in order.'];
    let length = parts[0]?.length ?? 0;
    for (let day = 1; length < target; day++) {
      const line = `Day ${day}: ${plain[rng.int(plain.length)]} ${plain[rng.int(plain.length)]}`;
      parts.push(line);
      length += line.length + 1;
    }
    out.push(parts.join('\n'));
  }
  return out;
}
