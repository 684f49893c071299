/**
 * Sentences carrying invented personal data — phone numbers from ranges reserved for fiction
 * (UK 07700 900xxx, US 555-01xx), emails at example.org/.com/.net (RFC 2606), made-up
 * handles and example URLs — so the masker and the "reveal" flow have something to act on.
 */
import type { Rng } from './prng.ts';

const firstNames = [
  'anna',
  'sam',
  'leo',
  'maya',
  'jay',
  'nina',
  'omar',
  'lucy',
  'kofi',
  'ines',
  'tom',
  'zara',
  'ali',
  'eva',
  'max',
  'ruth',
];
const handleWords = [
  'sunny',
  'dark_angel',
  'gamer',
  'kind_guy',
  'model_scout',
  'cool',
  'pixel',
  'lonely',
  'star',
  'real',
  'boss',
  'angel',
  'wolf',
  'music',
  'dream',
  'vip',
];
const domains = ['example.org', 'example.com', 'example.net', 'mail.example.org'];

function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[rng.int(list.length)] as T;
}

function phone(rng: Rng): string {
  const n = String(rng.int(1000)).padStart(3, '0');
  switch (rng.int(4)) {
    case 0:
      return `+44 7700 900${n}`;
    case 1:
      return `07700 900${n}`;
    case 2:
      return `+1 (555) 010-${String(rng.int(100)).padStart(2, '0')}${rng.int(10)}${rng.int(10)}`;
    default:
      return `+44 20 7946 0${n}`;
  }
}

function email(rng: Rng): string {
  return `${pick(rng, firstNames)}${rng.chance(0.5) ? '.' + pick(rng, firstNames).charAt(0) : ''}${rng.int(100)}@${pick(rng, domains)}`;
}

function handle(rng: Rng): string {
  return `@${pick(rng, handleWords)}_${rng.int(100)}`;
}

function url(rng: Rng): string {
  const paths = ['profile', 'u', 'invite', 'room', 'jobs', 'casting'];
  return rng.chance(0.7)
    ? `https://${pick(rng, ['chat', 'www', 'jobs', 'social'])}.example.com/${pick(rng, paths)}/${rng.int(100000)}`
    : `www.example.net/${pick(rng, paths)}?ref=${rng.int(1000)}`;
}

const templates: readonly ((rng: Rng) => string)[] = [
  (r) => `He told her to text him on ${phone(r)}.`,
  (r) => `The number that keeps calling is ${phone(r)}.`,
  (r) => `You can reach me on ${phone(r)} after 6pm.`,
  (r) => `His email is ${email(r)}.`,
  (r) => `She got an email from ${email(r)} with a job offer.`,
  (r) => `Contact me at ${email(r)} if you need more.`,
  (r) => `The account is ${handle(r)}.`,
  (r) => `He uses the name ${handle(r)} in the game and ${handle(r)} on social media.`,
  (r) => `She is talking to ${handle(r)} every night.`,
  (r) => `He sent her a link: ${url(r)}`,
  (r) => `The advert is here ${url(r)} and it is still online.`,
  (r) => `His profile ${url(r)} has pictures of lots of girls.`,
  (r) => `Call ${phone(r)} or write to ${email(r)}.`,
];

/** `count` sentences with invented personal data, the same for the same rng. */
export function personalDataSentences(rng: Rng, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++)
    out.push((templates[i % templates.length] as (r: Rng) => string)(rng));
  return out;
}

/** Sentences that start with the personal data, so a CSV cell would start with + or @. */
export function leadingPersonalDataSentences(rng: Rng, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(
      i % 2 === 0
        ? `+44 7700 900${String(rng.int(1000)).padStart(3, '0')} is the number he used.`
        : `${handle(rng)} keeps messaging my daughter.`,
    );
  }
  return out;
}
