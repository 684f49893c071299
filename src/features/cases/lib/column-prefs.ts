import { z } from '../../../lib/zod.ts';
import { caseColumn, caseColumnIds, isCaseColumnId, type CaseColumnId } from './case-columns.ts';

/**
 * How the analyst has arranged the case table, remembered per browser. Only layout is
 * stored here: never report data, filters or anything else a shared computer could leak.
 * Whatever is read back is validated and normalised, so a corrupt, old or hand-edited
 * value can only ever fall back to defaults, never break the table.
 */

export const COLUMN_PREFS_KEY = 'intake-dashboard:case-columns';

export interface ColumnPrefs {
  /** Every column id exactly once, in display order. */
  order: CaseColumnId[];
  /** Hidden columns are false; at least one column stays visible. */
  visibility: Record<CaseColumnId, boolean>;
  /** Pixels, within each column's min and max. */
  widths: Record<CaseColumnId, number>;
}

const StoredPrefs = z.object({
  version: z.literal(1),
  order: z.array(z.string()).max(100),
  visibility: z.record(z.string(), z.boolean()),
  widths: z.record(z.string(), z.number()),
});

const fromEntries = <T>(f: (id: CaseColumnId) => T) =>
  Object.fromEntries(caseColumnIds.map((id) => [id, f(id)])) as Record<CaseColumnId, T>;

export function defaultColumnPrefs(): ColumnPrefs {
  return {
    order: [...caseColumnIds],
    visibility: fromEntries(() => true),
    widths: fromEntries((id) => caseColumn(id).width.initial),
  };
}

export function clampWidth(id: CaseColumnId, width: number): number {
  const { min, max, initial } = caseColumn(id).width;
  if (!Number.isFinite(width)) return initial;
  return Math.round(Math.min(max, Math.max(min, width)));
}

/** Reads own properties only, so a stored "__proto__" key can never reach an object's prototype. */
function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Validates anything (parsed JSON, or not) into usable preferences. */
export function parseColumnPrefs(raw: unknown): ColumnPrefs {
  const parsed = StoredPrefs.safeParse(raw);
  if (!parsed.success) return defaultColumnPrefs();
  const stored = parsed.data;
  const defaults = defaultColumnPrefs();

  // Known ids in the stored order, then any column added since, in its default place.
  const order = [...new Set(stored.order.filter(isCaseColumnId))];
  for (const id of caseColumnIds) if (!order.includes(id)) order.push(id);

  const visibility = fromEntries((id) => own(stored.visibility, id) ?? true);
  if (!caseColumnIds.some((id) => visibility[id])) return defaults;

  const widths = fromEntries((id) => clampWidth(id, own(stored.widths, id) ?? NaN));
  return { order, visibility, widths };
}

export function serialiseColumnPrefs(prefs: ColumnPrefs): string {
  const { order, visibility, widths } = prefs;
  return JSON.stringify({ version: 1, order, visibility, widths });
}

/** Storage can be missing, disabled (privacy modes throw on access) or full. */
function storageOrNull(storage?: Storage): Storage | null {
  try {
    return storage ?? globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function loadColumnPrefs(storage?: Storage): ColumnPrefs {
  const s = storageOrNull(storage);
  try {
    const text = s?.getItem(COLUMN_PREFS_KEY);
    return text ? parseColumnPrefs(JSON.parse(text)) : defaultColumnPrefs();
  } catch {
    return defaultColumnPrefs();
  }
}

/** Returns false when the browser would not store it; the table still works for this visit. */
export function saveColumnPrefs(prefs: ColumnPrefs, storage?: Storage): boolean {
  const s = storageOrNull(storage);
  try {
    s?.setItem(COLUMN_PREFS_KEY, serialiseColumnPrefs(prefs));
    return s !== null;
  } catch {
    return false;
  }
}

export function visibleColumnIds(prefs: ColumnPrefs): CaseColumnId[] {
  return prefs.order.filter((id) => prefs.visibility[id]);
}

export function setColumnVisible(
  prefs: ColumnPrefs,
  id: CaseColumnId,
  visible: boolean,
): ColumnPrefs {
  // Hiding the last visible column would leave an empty table with no header to undo it from.
  if (!visible && visibleColumnIds(prefs).every((v) => v === id)) return prefs;
  return { ...prefs, visibility: { ...prefs.visibility, [id]: visible } };
}

/** Moves a column by `delta` places among the visible columns (what the analyst sees). */
export function moveColumn(prefs: ColumnPrefs, id: CaseColumnId, delta: -1 | 1): ColumnPrefs {
  const visible = visibleColumnIds(prefs);
  const at = visible.indexOf(id);
  const swapWith = visible[at + delta];
  if (at === -1 || swapWith === undefined) return prefs;
  const order = [...prefs.order];
  const i = order.indexOf(id);
  const j = order.indexOf(swapWith);
  order[i] = swapWith;
  order[j] = id;
  return { ...prefs, order };
}

export function setColumnWidth(prefs: ColumnPrefs, id: CaseColumnId, width: number): ColumnPrefs {
  return { ...prefs, widths: { ...prefs.widths, [id]: clampWidth(id, width) } };
}
