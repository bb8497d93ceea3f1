// `npm run dev`: Vite serves the renderer with hot reload, esbuild rebuilds main and the
// preload on change, and Electron loads the dev server (its URL is allowed by the security guards).
import { spawn } from 'node:child_process';
import { createServer } from 'vite';

const server = await createServer({ configFile: 'vite.config.ts' });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://localhost:5173/';
const watcher = spawn(process.execPath, ['electron/build/bundle.mjs', '--watch'], { stdio: 'inherit' });
await new Promise((r) => setTimeout(r, 1500));
const electron = spawn('npx', ['electron', '.'], { stdio: 'inherit', env: { ...process.env, PATUH_DEV_SERVER_URL: url } });
electron.on('exit', async (code) => {
  watcher.kill();
  await server.close();
  process.exit(code ?? 0);
});
