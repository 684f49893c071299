import type { Breakdown } from '../../../api/contract/aggregate-schemas.ts';
import { OTHER_KEY } from '../../../api/contract/aggregate-terms.ts';
import { cellText } from './chart-table.ts';
import { colourFor } from './colours.ts';
import { cellFromCount } from './series-rows.ts';

/**
 * Where every part of a breakdown chart goes, computed from the data and the width alone:
 * no text is measured in the page. (Measuring every label and tick is what made the
 * Recharts version of these charts slow: a forced layout per text on every filter change.)
 * Labels wrap by an estimate of their width and are cut with "…" past two lines; the full
 * name is in the bar's tooltip and in the table.
 */

export const BAR_ROW_HEIGHT = 28;
export const BAR_FONT_SIZE = 12;
/** Category names sit right-aligned in this column, bars start after it. */
export const BAR_LABEL_WIDTH = 150;
const BAR_GAP = 8;
/** Room after the longest bar for its count ("1,234,567"). */
const VALUE_WIDTH = 64;
const PADDING_Y = 6;
/** An average glyph of a 12px sans-serif, generous so a label rarely overruns its column. */
const AVERAGE_GLYPH_PX = 6.6;
const MAX_LABEL_LINES = 2;

export interface BarRow {
  key: string;
  label: string;
  /** The label as drawn: one or two lines. */
  lines: string[];
  /** What the bar reads: "1,234", "<11", "0". */
  text: string;
  /** The tooltip: "Dating app: <11 (suppressed)". */
  tooltip: string;
  colour: string;
  /** Top of the row. */
  y: number;
  /** 0 draws no bar: a zero, or a withheld count. */
  barWidth: number;
  selectable: boolean;
}

export interface BarLayout {
  width: number;
  height: number;
  barX: number;
  rows: BarRow[];
}

/** Greedy word wrap into at most two lines of `maxChars`; the rest is cut with "…". */
export function wrapLabel(label: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  const kept = lines.slice(0, MAX_LABEL_LINES).map((l) => cut(l, maxChars));
  if (lines.length > MAX_LABEL_LINES) kept[MAX_LABEL_LINES - 1] = ellipsis(kept.at(-1) ?? '');
  return kept;
}

const ellipsis = (line: string) => `${line.replace(/…$/, '')}…`;
const cut = (line: string, maxChars: number) =>
  line.length <= maxChars ? line : `${line.slice(0, Math.max(1, maxChars - 1))}…`;

export function barLayout(
  breakdown: Breakdown,
  k: number,
  width: number,
  selectable: (key: string) => boolean = (key) => key !== OTHER_KEY,
): BarLayout {
  const cells = breakdown.items.map((item) => cellFromCount(item.count));
  const largest = Math.max(1, ...cells.map((c) => c.count ?? 0));
  const barX = BAR_LABEL_WIDTH + BAR_GAP;
  const plot = Math.max(1, width - barX - VALUE_WIDTH);
  const maxChars = Math.floor(BAR_LABEL_WIDTH / AVERAGE_GLYPH_PX);
  const rows = breakdown.items.map((item, i): BarRow => {
    const cell = cells[i] ?? cellFromCount(item.count);
    const text = cellText(cell, k);
    return {
      key: item.key,
      label: item.label,
      lines: wrapLabel(item.label, maxChars),
      text,
      tooltip: `${item.label}: ${cell.state === 'suppressed' ? `${text} (suppressed)` : text}`,
      colour: colourFor(breakdown.dimension, item.key),
      y: PADDING_Y + i * BAR_ROW_HEIGHT,
      barWidth: cell.count ? (cell.count / largest) * plot : 0,
      selectable: selectable(item.key),
    };
  });
  return { width, height: rows.length * BAR_ROW_HEIGHT + 2 * PADDING_Y, barX, rows };
}
