/**
 * The few pages the server answers itself, before the app may load: sign-in problems, no access,
 * signed out. Plain HTML with no script (the CSP allows none inline), readable without the app.
 */
export interface AuthPage {
  title: string;
  paragraphs: readonly string[];
  /** A link the person can follow next ("Sign in again"). */
  link?: { href: string; label: string };
  /** A sign-out button (a POST form): for someone signed in as the wrong person. */
  signOutAction?: string;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; color: #1f2933; background: #f5f7fa; margin: 0; }
  main { max-width: 34rem; margin: 12vh auto; padding: 2rem; background: #fff; border-radius: 8px;
         box-shadow: 0 1px 3px rgb(0 0 0 / 0.12); }
  h1 { font-size: 1.35rem; margin: 0 0 1rem; }
  a, button { font: inherit; color: #0b5cad; }
  button { background: none; border: 1px solid #0b5cad; border-radius: 4px; padding: 0.35rem 0.9rem;
           cursor: pointer; }
  form { margin-top: 1.25rem; }
`;

export function renderAuthPage(page: AuthPage): string {
  const paragraphs = page.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n    ');
  const link = page.link
    ? `<p><a href="${escapeHtml(page.link.href)}">${escapeHtml(page.link.label)}</a></p>`
    : '';
  const signOut = page.signOutAction
    ? `<form method="post" action="${escapeHtml(page.signOutAction)}"><button type="submit">Sign out</button></form>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(page.title)} · Salesfinity calls</title>
  <style>${STYLE}</style>
</head>
<body>
  <main>
    <h1>${escapeHtml(page.title)}</h1>
    ${paragraphs}
    ${link}
    ${signOut}
  </main>
</body>
</html>
`;
}
