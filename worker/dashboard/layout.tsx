/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';

/** A set of server-rendered pages (the auditor dashboard, the admin pages): its name, sections and sign-in role. */
export interface Site {
  name: string;
  base: string;
  role: 'auditor' | 'admin';
  /** [section, label, href] */
  nav: readonly (readonly [string, string, string])[];
  /** Only where the site's CSP lets images load. */
  favicon: boolean;
}

/** Every signed-in page: skip link, top bar with navigation and sign-out, main landmark. */
export function Layout(props: { site: Site; title: string; section: string; subject: string; children: Child }) {
  return (
    <Document site={props.site} title={props.title}>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <h1>{props.site.name}</h1>
        <nav aria-label="Sections">
          {props.site.nav.map(([section, label, href]) => (
            <a href={href} aria-current={section === props.section ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
        <div class="who">
          <span>
            Signed in as <strong>{props.subject}</strong>
          </span>
          <form method="post" action={`${props.site.base}/sign-out`}>
            <button type="submit">Sign out</button>
          </form>
        </div>
      </header>
      <main id="main">{props.children}</main>
    </Document>
  );
}

function Document(props: { site: Site; title: string; children: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>
          {props.title} · {props.site.name}
        </title>
        <link rel="stylesheet" href="/audit/style.css" />
        {props.site.favicon && <link rel="icon" href="/audit/favicon.svg" type="image/svg+xml" />}
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

export function SignInPage(props: { site: Site; problem?: string }) {
  const { site } = props;
  return (
    <Document site={site} title="Sign in">
      <main id="main">
        <form class="signin" method="post" action={`${site.base}/sign-in`}>
          <h1>{site.name}: sign in</h1>
          <p class="muted">Use an {site.role} token. The session lasts 8 hours; the token itself is not stored.</p>
          <Notice problem={props.problem} />
          <label>
            {site.role === 'auditor' ? 'Auditor' : 'Admin'} token
            <input type="password" name="token" required autocomplete="off" autofocus maxlength={200} />
          </label>
          <button type="submit" class="primary">
            Sign in
          </button>
        </form>
      </main>
    </Document>
  );
}

/** A table's head row of column headers. */
export function ColumnHeads(props: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {props.columns.map((column) => (
          <th scope="col">{column}</th>
        ))}
      </tr>
    </thead>
  );
}
