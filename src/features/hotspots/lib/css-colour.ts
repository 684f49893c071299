/**
 * The theme's colours are custom properties built with light-dark(), which getPropertyValue
 * returns unresolved. Canvas drawing (heat layer, exported image) needs real colours, so a
 * throwaway element inside the map resolves them exactly as the page would.
 */
/** A CSS colour ('rgb(…)'), or '' when the probe resolves to nothing. */
export function probeColour(
  container: HTMLElement,
  probe: { className: string } | { background: string },
): string {
  const el = document.createElement('span');
  el.setAttribute('aria-hidden', 'true');
  el.style.position = 'absolute';
  el.style.visibility = 'hidden';
  if ('className' in probe) el.className = `hs-swatch ${probe.className}`;
  else el.style.background = probe.background;
  container.append(el);
  const colour = getComputedStyle(el).backgroundColor;
  el.remove();
  // Transparent means the stylesheet is missing (or the variable unset): let callers fall back.
  return /^(transparent|rgba\(0, 0, 0, 0\))$/.test(colour) ? '' : colour;
}
