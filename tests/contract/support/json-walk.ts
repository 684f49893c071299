/** Every `{ count, suppressed }` object anywhere in a JSON value. */
export function findCounts(value: unknown, out: { count: unknown; suppressed: unknown }[] = []) {
  if (Array.isArray(value)) {
    for (const v of value) findCounts(v, out);
  } else if (value !== null && typeof value === 'object') {
    if ('count' in value && 'suppressed' in value)
      out.push({ count: value.count, suppressed: value.suppressed });
    for (const v of Object.values(value)) findCounts(v, out);
  }
  return out;
}
