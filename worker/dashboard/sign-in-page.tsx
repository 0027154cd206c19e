/** @jsxImportSource hono/jsx */
import { Document } from './layout';

export function SignInPage(props: { problem?: string }) {
  return (
    <Document title="Sign in">
      <main id="main">
        <form class="signin" method="post" action="/audit/sign-in">
          <h1>PHI Shield audit: sign in</h1>
          <p class="muted">Use an auditor token. The dashboard keeps a session for 8 hours; the token itself is not stored.</p>
          {props.problem && (
            <p class="problems" role="alert">
              {props.problem}
            </p>
          )}
          <label>
            Auditor token
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
