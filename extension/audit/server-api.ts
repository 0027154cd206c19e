/** Errors from the audit server carry its error code; messages are the server's (never PHI). */
export class ServerError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds, from Retry-After, when the server asked us to wait. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
  }
}

export async function postJson<T>(url: string, body: unknown, token?: string, fetchFn: typeof fetch = fetch): Promise<T> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  let res: Response;
  try {
    res = await fetchFn(url, { method: 'POST', headers, body: JSON.stringify(body) });
  } catch {
    throw new ServerError(0, 'network_error', `Could not reach ${new URL(url).origin}.`);
  }
  if (res.ok) {
    try {
      return (await res.json()) as T;
    } catch {
      throw new ServerError(res.status, 'bad_response', 'The server sent an unreadable answer.');
    }
  }
  const error = await res
    .json()
    .then((b: { error?: { code?: string; message?: string } }) => b.error)
    .catch(() => undefined);
  const retryAfter = Number(res.headers.get('Retry-After'));
  throw new ServerError(
    res.status,
    error?.code ?? 'http_error',
    error?.message ?? `The server answered ${res.status}.`,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  );
}
