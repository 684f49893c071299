/** The path of one case. Ids are opaque: always encoded, whatever they hold. */
export function casePath(id: string): string {
  return `/cases/${encodeURIComponent(id)}`;
}

/**
 * The link "Copy link" gives: the case alone, without the list's filters or sort. A case
 * link is passed to colleagues and pasted into notes; the sender's search (which may hold a
 * name or a phone number typed into the search box) is not theirs to receive, and the case
 * reads the same without it.
 */
export function caseLink(id: string, origin: string = window.location.origin): string {
  return new URL(casePath(id), origin).href;
}
