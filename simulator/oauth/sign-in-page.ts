import type { SimUser } from './directory.ts';

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const HEAD = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in — simulated Qlik Cloud tenant</title>
<style>body{font:16px system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#111;background:#fff}
button{font:inherit;display:block;width:100%;margin:.5rem 0;padding:.6rem;border:1px solid #555;border-radius:4px;background:#f4f4f4;color:#111;cursor:pointer}
button:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}</style></head><body>`;

function html(status: number, body: string): Response {
  return new Response(`${HEAD}${body}</body></html>`, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}

export function errorPage(status: number, message: string): Response {
  return html(status, `<h1>Cannot sign in</h1><p role="alert">${escape(message)}</p>`);
}

/** Stands in for Qlik's login: choose one of the tenant's people (or decline). */
export function signInPage(params: Record<string, string>, users: readonly SimUser[]) {
  const hidden = Object.entries(params)
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
    .join('');
  const buttons = users
    .map((user) => {
      const role = user.assignedRoles.includes('TenantAdmin') ? 'tenant admin' : 'not an admin';
      const label = `Sign in as ${user.name} (${role})`;
      return `<button type="submit" name="user" value="${escape(user.id)}">${escape(label)}</button>`;
    })
    .join('');
  const scope = escape(params.scope ?? '');
  return html(
    200,
    `<main><h1>Simulated Qlik Cloud tenant</h1>
<p>An application asks to act for you with the scopes <code>${scope}</code>.</p>
<form method="post" action="/oauth/authorize">${hidden}${buttons}
<button type="submit" name="user" value="">Decline</button></form></main>`,
  );
}
