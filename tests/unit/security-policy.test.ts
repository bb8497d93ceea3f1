import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, WEB_PREFERENCES, isAppUrl, isSafeExternalUrl, productionMenu, type MenuItemSpec } from '../../electron/security-policy';

describe('security policy', () => {
  it('the window is isolated and sandboxed, with no Node in the page', () => {
    expect(WEB_PREFERENCES).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false,
    });
  });

  it('the CSP allows nothing remote and no inline or eval script', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => { const [k, ...v] = d.split(' '); return [k, v]; }));
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
  });

  it('the page carries the same CSP (less frame-ancestors, which a meta tag cannot set)', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    const expected = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
    expect(meta).toBe(expected);
  });

  it('only the app itself is navigable, and only https links leave it', () => {
    expect(isAppUrl('app://patuh/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://example.com')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isSafeExternalUrl('https://ombudsman.go.id')).toBe(true);
    expect(isSafeExternalUrl('http://ombudsman.go.id')).toBe(false);
    expect(isSafeExternalUrl('file:///C:/Windows/system32/calc.exe')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('not a url')).toBe(false);
  });

  it('the packaged menu has no DevTools and no reload, on every OS', () => {
    const roles = (items: MenuItemSpec[]): string[] => items.flatMap((i) => [...(i.role ? [i.role] : []), ...roles(i.submenu ?? [])]);
    for (const platform of ['win32', 'linux', 'darwin']) {
      const found = roles(productionMenu(platform));
      for (const role of ['toggleDevTools', 'reload', 'forceReload', 'viewMenu']) expect(found).not.toContain(role);
      expect(found).toEqual(expect.arrayContaining(['copy', 'paste', 'selectAll']));
    }
  });

  it('the packaged binary has its fuses set: no run-as-node, no NODE_OPTIONS or --inspect, only the checked app.asar', () => {
    const yml = readFileSync('electron-builder.yml', 'utf8');
    const block = /^electronFuses:\n((?: {2}.+\n)+)/m.exec(yml)?.[1] ?? '';
    const fuses = Object.fromEntries([...block.matchAll(/^ {2}(\w+): (true|false)/gm)].map((m) => [m[1], m[2] === 'true']));
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});
