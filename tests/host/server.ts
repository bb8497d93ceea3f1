import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { CHANNELS, type Handlers } from '../../shared/contract';
import { dispatch } from '../../shared/contract/dispatch';
import { CONTENT_SECURITY_POLICY } from '../../electron/security-policy';
import type { StubDesktop } from './stub-desktop';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2',
};
const MAX_BODY = 64 * 1024 * 1024;

/**
 * Tests only: serves the built renderer and the same validated handler table as the app's IPC,
 * on 127.0.0.1 and nowhere else. The page reaches it through the `window.patuh` that
 * tests/host/bridge.ts installs.
 */
export async function startTestHost(handlers: Handlers, rendererDir: string, desktop: StubDesktop, port = 0) {
  const server = createServer((req, res) => {
    route(handlers, rendererDir, desktop, req, res).catch((error: unknown) => {
      console.error('[test-host]', error);
      send(res, 500, 'application/json', JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: 'errors.internal' } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function route(handlers: Handlers, rendererDir: string, desktop: StubDesktop, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  // Test controls: what the next save dialog answers, and what was opened or revealed.
  if (url.pathname === '/__patuh/test/next-save-path' && req.method === 'POST') {
    desktop.queueSavePath((JSON.parse(await readBody(req)) as { path: string | null }).path);
    return send(res, 200, 'application/json', 'null');
  }
  if (url.pathname === '/__patuh/test/next-open-paths' && req.method === 'POST') {
    desktop.queueOpenPaths((JSON.parse(await readBody(req)) as { paths: string[] }).paths);
    return send(res, 200, 'application/json', 'null');
  }
  if (url.pathname === '/__patuh/test/desktop-log') return send(res, 200, 'application/json', JSON.stringify(desktop.log));
  if (url.pathname === '/__patuh/channels') return send(res, 200, 'application/json', JSON.stringify(CHANNELS));
  if (url.pathname.startsWith('/__patuh/call/') && req.method === 'POST') {
    // A name that is not valid percent-encoding is no channel: answered like any unknown one.
    const channel = decoded(url.pathname.slice('/__patuh/call/'.length)) ?? '';
    let input: unknown;
    try {
      input = JSON.parse((await readBody(req)) || '{}');
    } catch {
      return send(res, 200, 'application/json', JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'errors.badJson' } }));
    }
    const result = await dispatch(handlers, channel, input, (m, e) => console.error(`[test-host] ${m}`, e ?? ''));
    return send(res, 200, 'application/json', JSON.stringify(result));
  }
  const path = decoded(url.pathname === '/' ? '/index.html' : url.pathname);
  if (path === null) return send(res, 404, 'text/plain', 'Not found');
  const file = normalize(join(rendererDir, path));
  if (!file.startsWith(rendererDir + sep) || !existsSync(file) || !statSync(file).isFile()) return send(res, 404, 'text/plain', 'Not found');
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
  createReadStream(file).pipe(res);
}

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) { reject(new Error('Request body too large')); req.destroy(); return; }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
