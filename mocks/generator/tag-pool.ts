/**
 * Analysts' tags. A report holds them as a bitmask over this pool (Uint16), so there may be
 * at most 16. Written the way analysts write them: short, lower-case, kebab-case.
 */
export const TAG_POOL = [
  'follow-up',
  'priority',
  'repeat-account',
  'cross-border',
  'school',
  'hotel',
  'gaming-server',
  'sextortion',
  'job-scam',
  'needs-translation',
  'possible-duplicate',
  'police-notified',
  'media-review',
  'cluster-a',
  'cluster-b',
  'verified',
] as const;

export type Tag = (typeof TAG_POOL)[number];

export const TAG_INDEX: ReadonlyMap<string, number> = new Map(TAG_POOL.map((t, i) => [t, i]));
