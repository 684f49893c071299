/**
 * The SVG path of a sparkline. A value that is null (suppressed, or no data) breaks the
 * line instead of dropping it to 0; a point with no neighbour becomes a dot (a zero-length
 * segment drawn with round caps). The scale starts at 0 so a small rise does not look steep.
 */
export function sparklinePath(
  values: readonly (number | null)[],
  width: number,
  height: number,
  pad = 2,
): string {
  const max = Math.max(0, ...values.filter((v): v is number => v !== null));
  const n = values.length;
  const x = (i: number) => (n <= 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (n - 1));
  const y = (v: number) => height - pad - (max === 0 ? 0 : (v / max) * (height - 2 * pad));
  const round = (v: number) => Math.round(v * 100) / 100;
  const parts: string[] = [];
  let drawing = false;
  values.forEach((v, i) => {
    if (v === null) {
      drawing = false;
      return;
    }
    const point = `${round(x(i))} ${round(y(v))}`;
    const lonely = !drawing && (values[i + 1] ?? null) === null;
    parts.push(drawing ? `L${point}` : lonely ? `M${point}h0.01` : `M${point}`);
    drawing = true;
  });
  return parts.join('');
}
