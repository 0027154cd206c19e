/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';

export type AdminSection = 'devices' | 'users' | 'policy' | 'log';

const NAV: [AdminSection, string, string][] = [
  ['devices', 'Devices', '/admin/devices'],
  ['users', 'Users and auditors', '/admin/users'],
  ['policy', 'Policy', '/admin/policy'],
  ['log', 'Admin log', '/admin/log'],
];

/** Every signed-in admin page: skip link, navigation, sign-out, one main landmark. Styles are the audit dashboard's. */
export function AdminLayout(props: { title: string; section: AdminSection; subject: string; children: Child }) {
  return (
    <AdminDocument title={props.title}>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <h1>PHI Shield admin</h1>
        <nav aria-label="Sections">
          {NAV.map(([section, label, href]) => (
            <a href={href} aria-current={section === props.section ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
        <div class="who">
          <span>
            Signed in as <strong>{props.subject}</strong>
          </span>
          <form method="post" action="/admin/sign-out">
            <button type="submit">Sign out</button>
          </form>
        </div>
      </header>
      <main id="main">
        <h2>{props.title}</h2>
        {props.children}
      </main>
    </AdminDocument>
  );
}

export function AdminDocument(props: { title: string; children: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title} · PHI Shield admin</title>
        <link rel="stylesheet" href="/audit/style.css" />
      </head>
      <body>{props.children}</body>
    </html>
  );
}

/** A result or problem line; problems are alerts so a screen reader hears them at once. */
export function Notice(props: { problem?: string | undefined; done?: string | undefined }) {
  if (props.problem)
    return (
      <p class="problems" role="alert">
        {props.problem}
      </p>
    );
  if (props.done) return <p role="status">{props.done}</p>;
  return null;
}

export function AdminSignInPage(props: { problem?: string }) {
  return (
    <AdminDocument title="Sign in">
      <main id="main">
        <form class="signin" method="post" action="/admin/sign-in">
          <h1>PHI Shield admin: sign in</h1>
          <p class="muted">Use an admin token. The session lasts 8 hours; the token itself is not stored.</p>
          <Notice problem={props.problem} />
          <label>
            Admin token
            <input type="password" name="token" required autocomplete="off" autofocus maxlength={200} />
          </label>
          <button type="submit" class="primary">
            Sign in
          </button>
        </form>
      </main>
    </AdminDocument>
  );
}
