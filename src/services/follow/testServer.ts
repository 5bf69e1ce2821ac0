import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/* A local HTTP server for fetch tests: routes are set per test; every request is logged. */

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  readonly routes: Map<string, Handler>;
  readonly requests: { path: string; headers: IncomingMessage['headers'] }[];
  url(path: string): string;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const requests: TestServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ path: req.url ?? '', headers: req.headers });
    const handler = routes.get(req.url ?? '');
    if (handler) handler(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('no such page');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    routes,
    requests,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A made-up news page about a made-up shooting; `extra` changes its text between versions. */
export function articleHtml(extra = ''): string {
  return `<!doctype html><html><head><title>Agent fires at driver in Corvale</title>
<meta property="article:published_time" content="2025-05-20T10:00:00Z"></head>
<body><article><h1>Agent fires at driver in Corvale</h1>
<p>CORVALE, N.M. — A Border Patrol agent shot Tamsin Arlo, 27, in the shoulder on Monday after she drove toward agents, the agency said.</p>
<p>Her lawyer said she was trying to drive away.${extra}</p></article></body></html>`;
}
