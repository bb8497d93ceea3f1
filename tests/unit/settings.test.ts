import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, sanitizeSettings } from '../../shared/domain/settings';
import { zoneFor } from '../../shared/domain/zone';
import { confSettings } from '../../electron/settings/conf-settings';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'patuh-set-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('settings', () => {
  it('defaults to Bahasa Indonesia and the green-from-80 policy', () => {
    expect(confSettings(dir).get()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.language).toBe('id');
    expect(DEFAULT_SETTINGS.zonePolicy).toEqual({ green: 80, yellow: 51 });
  });

  it('persists a valid update and refuses an invalid one whole', () => {
    const store = confSettings(dir);
    store.update({ language: 'en', auditorName: 'Maria Goreti', auditorNip: '198703122010012003' });
    expect(confSettings(dir).get()).toMatchObject({ language: 'en', auditorName: 'Maria Goreti' });
    expect(() => store.update({ auditorName: 'X', auditorNip: '123' })).toThrow();
    expect(confSettings(dir).get().auditorName).toBe('Maria Goreti');
  });

  it('keeps what is valid in a hand-edited file and defaults the rest', () => {
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ language: 'fr', auditorName: 'Yohanes', zonePolicy: { green: 10, yellow: 90 } }));
    expect(confSettings(dir).get()).toEqual({ ...DEFAULT_SETTINGS, auditorName: 'Yohanes' });
    expect(sanitizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')).language).toBe('fr');
  });

  it('reads zones from the policy at the thresholds exactly', () => {
    const policy = DEFAULT_SETTINGS.zonePolicy;
    expect([zoneFor(80, policy), zoneFor(79.99, policy), zoneFor(51, policy), zoneFor(50.99, policy)]).toEqual(['green', 'yellow', 'yellow', 'red']);
  });
});

describe('electron-store adapter', () => {
  it('stores settings through electron-store in the app', async () => {
    vi.doMock('electron', () => {
      const electron = {
        app: { getPath: () => dir, getName: () => 'patuh', getVersion: () => '0.0.0', on: () => {} },
        ipcMain: { on: () => {}, handle: () => {} },
        shell: {},
      };
      return { ...electron, default: electron };
    });
    const { electronSettings } = await import('../../electron/settings/electron-settings');
    const store = electronSettings();
    store.update({ institutionName: 'Ombudsman RI Perwakilan NTT' });
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')).institutionName).toBe('Ombudsman RI Perwakilan NTT');
    vi.doUnmock('electron');
  });
});
