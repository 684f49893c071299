/**
 * Where the analyst was in a case list when they opened a case, so Back finds the list as
 * it was: scrolled to the same place, the case they opened (or last moved to with
 * Previous/Next) focused. Kept per history entry (the router's location key), in memory
 * only: a position is not personal data, but nothing here needs to outlive the tab, and a
 * fresh visit to the list (not Back) should start at the top.
 */

export interface ListPosition {
  /** The scroll box's scrollTop when the case was opened. */
  scrollTop: number;
  /** The case to focus, and where it was in the list (used if the id is no longer there). */
  id: string;
  index: number;
}

const MAX_ENTRIES = 50;
const positions = new Map<string, ListPosition>();

export function saveListPosition(listKey: string, position: ListPosition): void {
  positions.delete(listKey);
  positions.set(listKey, position);
  // Oldest first: a long session cannot grow this without bound.
  for (const key of positions.keys()) {
    if (positions.size <= MAX_ENTRIES) break;
    positions.delete(key);
  }
}

export function readListPosition(listKey: string): ListPosition | undefined {
  return positions.get(listKey);
}

/** Previous/Next moved to another case of the same list: Back should focus that one. */
export function moveListPosition(listKey: string, id: string, index: number): void {
  const current = positions.get(listKey);
  if (current) positions.set(listKey, { ...current, id, index });
}

export function clearListPositions(): void {
  positions.clear();
}

/** What the case page is told about the list it was opened from (router location state). */
export interface CaseLocationState {
  listKey: string;
}

export function caseLocationState(state: unknown): CaseLocationState | null {
  if (typeof state !== 'object' || state === null) return null;
  const listKey = (state as { listKey?: unknown }).listKey;
  return typeof listKey === 'string' ? { listKey } : null;
}
