import { appendFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';

/**
 * A loopback proxy in front of the Worker that appends every request body it forwards to a file,
 * so tests can prove what actually left the browser.
 */
export function startRecordingProxy(target: string, logFile: string): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    appendFileSync(logFile, `${JSON.stringify({ method: req.method, url: req.url, body: body.toString('utf8') })}\n`);
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) if (typeof value === 'string' && key !== 'host') headers.set(key, value);
    try {
      const upstream = await fetch(new URL(req.url ?? '/', target), {
        method: req.method,
        headers,
        body: ['GET', 'HEAD'].includes(req.method ?? 'GET') ? undefined : body,
      });
      // fetch() has already decoded the body, so its encoding and length headers no longer apply.
      const responseHeaders = Object.fromEntries([...upstream.headers].filter(([key]) => !['content-encoding', 'content-length', 'transfer-encoding'].includes(key)));
      res.writeHead(upstream.status, responseHeaders);
      res.end(Buffer.from(await upstream.arrayBuffer()));
    } catch {
      res.writeHead(502).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, server });
    });
  });
}
