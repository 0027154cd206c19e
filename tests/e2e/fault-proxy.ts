import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * What the proxy does to one POST /v1/events:
 * - `error-500`: answers 500 in the API's error shape without forwarding (the server failed).
 * - `cut-after-commit`: forwards, lets the Worker commit, then drops the connection unanswered.
 * - `duplicate`: forwards the same request twice at once and answers with the first reply.
 * - `hold-after-commit`: forwards, lets the Worker commit, then holds the connection open until
 *   the test releases it (the sender is stopped meanwhile).
 */
export type Fault = 'error-500' | 'cut-after-commit' | 'duplicate' | 'hold-after-commit';

export interface FaultProxy {
  url: string;
  /** Queues faults for the next ingest requests, one per request, in order (null: pass through). */
  inject(...faults: (Fault | null)[]): void;
  /** Resolves when a held request has been committed upstream and is being held. */
  held(): Promise<void>;
  /** Drops every held connection. */
  releaseHeld(): void;
  /** Ingest requests seen, with the fault applied to each (null: passed through). */
  readonly log: { path: string; fault: Fault | null }[];
  close(): Promise<void>;
}

/** A loopback proxy in front of the Worker that injects sync faults into POST /v1/events. */
export function startFaultProxy(target: string): Promise<FaultProxy> {
  const queue: (Fault | null)[] = [];
  const log: FaultProxy['log'] = [];
  const heldSockets = new Set<Socket>();
  const sockets = new Set<Socket>();
  let onHeld: (() => void) | null = null;

  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const isIngest = req.method === 'POST' && req.url === '/v1/events';
    const fault = isIngest ? (queue.shift() ?? null) : null;
    if (isIngest) log.push({ path: req.url!, fault });
    if (fault === 'error-500') {
      res.writeHead(500, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: { code: 'internal_error', message: 'Injected fault.', requestId: 'fault' } }));
      return;
    }
    const upstream = forward(target, req, body);
    if (fault === 'duplicate') void forward(target, req, body).catch(() => undefined);
    let reply: Response;
    try {
      reply = await upstream;
    } catch {
      res.writeHead(502).end();
      return;
    }
    if (fault === 'cut-after-commit') {
      req.socket.destroy();
      return;
    }
    if (fault === 'hold-after-commit') {
      heldSockets.add(req.socket);
      onHeld?.();
      return;
    }
    await relay(reply, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}`,
        log,
        inject: (...faults) => queue.push(...faults),
        held: () => (heldSockets.size > 0 ? Promise.resolve() : new Promise<void>((r) => (onHeld = r))),
        releaseHeld: () => {
          for (const socket of heldSockets) socket.destroy();
          heldSockets.clear();
        },
        close: () =>
          new Promise<void>((r) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => r());
          }),
      });
    });
  });
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function forward(target: string, req: IncomingMessage, body: Buffer): Promise<Response> {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) if (typeof value === 'string' && key !== 'host') headers.set(key, value);
  return fetch(new URL(req.url ?? '/', target), { method: req.method, headers, body: ['GET', 'HEAD'].includes(req.method ?? 'GET') ? undefined : new Uint8Array(body) });
}

async function relay(upstream: Response, res: ServerResponse) {
  // fetch() has already decoded the body, so its encoding and length headers no longer apply.
  const headers = Object.fromEntries([...upstream.headers].filter(([key]) => !['content-encoding', 'content-length', 'transfer-encoding'].includes(key)));
  res.writeHead(upstream.status, headers);
  res.end(Buffer.from(await upstream.arrayBuffer()));
}
