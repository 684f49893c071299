/**
 * Masks personal data in untrusted report text: URLs → [link], emails → [email], phone
 * numbers → [phone], social handles → [handle]. Pure string work; nothing is escaped (the
 * UI renders narratives as text), so hostile markup survives as characters.
 *
 * Order matters: URLs first (they may hold an @ or digits), then emails (which hold an @
 * that is not a handle), then phones, then handles.
 */

export interface MaskResult {
  text: string;
  /** True when anything was replaced. */
  masked: boolean;
}

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/gi;
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** A run of digits and separators; kept as a phone only with 9–15 digits (dates have 8). */
const PHONE_RE = /(?<![\p{L}\p{N}])\+?\(?\d[\d\s().-]{6,}\d(?![\p{L}\p{N}])/gu;
const HANDLE_RE = /(?<![\p{L}\p{N}_@.])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?/gu;

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

export function maskPersonalData(input: string): MaskResult {
  let masked = false;
  const replace = (label: string) => () => {
    masked = true;
    return label;
  };
  // Sentence punctuation after a URL belongs to the sentence, not the link.
  let text = input.replace(URL_RE, (m) => {
    masked = true;
    const tail = /[.,;:!?)\]]+$/.exec(m)?.[0] ?? '';
    return '[link]' + tail;
  });
  text = text.replace(EMAIL_RE, replace('[email]'));
  text = text.replace(PHONE_RE, (m) => {
    const digits = countDigits(m);
    if (digits < 9 || digits > 15) return m;
    masked = true;
    // A separator caught at the edge (a trailing space before a word) stays in the text.
    return '[phone]';
  });
  text = text.replace(HANDLE_RE, replace('[handle]'));
  return { text, masked };
}
