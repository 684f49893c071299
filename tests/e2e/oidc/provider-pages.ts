/**
 * The test provider's own pages: sign-in, sign-out confirmation and errors. Plain HTML with
 * no external resources (oidc-provider's built-in pages load a web font from the internet),
 * every interpolated value escaped.
 */
const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)} — test provider</title>
<style>body{font-family:sans-serif;max-width:24rem;margin:2rem auto}label,input,button{display:block;margin:.5rem 0}</style>
</head>
<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body>
</html>`;
}

export function loginPage(action: string, error?: string): string {
  return page(
    'Sign in to the test provider',
    `${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${escapeHtml(action)}" autocomplete="off">
  <label for="username">Username</label><input id="username" name="username" required>
  <label for="password">Password</label><input id="password" name="password" type="password" required>
  <button type="submit">Sign in</button>
</form>`,
  );
}

/** oidc-provider hands us its own form (hidden fields, CSRF token); we add the buttons. */
export function logoutPage(form: string): string {
  return page(
    'Sign out of the test provider?',
    `${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Yes, sign me out</button>
<button type="submit" form="op.logoutForm">No, stay signed in</button>`,
  );
}

export function signedOutPage(): string {
  return page('Signed out', '<p>You have signed out of the test provider.</p>');
}

export function errorPage(out: object): string {
  const text = Object.entries(out as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join('\n');
  return page('Sign-in error', `<pre>${escapeHtml(text)}</pre>`);
}
