/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';

export type Section = 'overview' | 'events' | 'chain' | 'access';

const NAV: [Section, string, string][] = [
  ['overview', 'Overview', '/audit'],
  ['events', 'Events', '/audit/events'],
  ['chain', 'Chain integrity', '/audit/chain'],
  ['access', 'Access log', '/audit/access-log'],
];

/** Every signed-in page: skip link, top bar with navigation and sign-out, main landmark. */
export function Layout(props: { title: string; section: Section; subject: string; children: Child }) {
  return (
    <Document title={props.title}>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <h1>PHI Shield audit</h1>
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
          <form method="post" action="/audit/sign-out">
            <button type="submit">Sign out</button>
          </form>
        </div>
      </header>
      <main id="main">{props.children}</main>
    </Document>
  );
}

export function Document(props: { title: string; children: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title} · PHI Shield audit</title>
        <link rel="stylesheet" href="/audit/style.css" />
        <link rel="icon" href="/audit/favicon.svg" type="image/svg+xml" />
      </head>
      <body>{props.children}</body>
    </html>
  );
}
