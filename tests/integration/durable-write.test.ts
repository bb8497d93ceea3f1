import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, type OpenMode } from 'node:fs';
import type * as FsModule from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { writeAtomically } from '../../electron/services/export-file';

/** Every open, fsync and rename the code under test makes, by path. */
const log = vi.hoisted(() => [] as string[]);
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof FsModule>();
  const pathOf = new Map<number, string>();
  const openSync = ((path: string, flags: OpenMode = 'r', mode?: number) => {
    const fd = fs.openSync(path, flags, mode);
    pathOf.set(fd, String(path));
    return fd;
  }) as typeof fs.openSync;
  const fsyncSync = (fd: number) => {
    log.push(`fsync ${pathOf.get(fd)}`);
    fs.fsyncSync(fd);
  };
  const renameSync = (from: string, to: string) => {
    log.push(`rename ${from} -> ${to}`);
    fs.renameSync(from, to);
  };
  const mocked = { ...fs, openSync, fsyncSync, renameSync };
  return { ...mocked, default: mocked };
});

const dir = mkdtempSync(join(tmpdir(), 'patuh-fsync-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeAtomically', () => {
  it('fsyncs the file before the rename and the folder after it: a power cut leaves the old file or the new one', () => {
    const target = join(dir, 'laporan.docx');
    writeAtomically(target, 'the report');
    expect(readFileSync(target, 'utf8')).toBe('the report');
    const temp = log.find((l) => l.startsWith('rename '))!.split(' ')[1]!;
    expect(temp).toMatch(/laporan\.docx\.\d+-[0-9a-f]+\.patuh-tmp$/);
    expect(log).toEqual([`fsync ${temp}`, `rename ${temp} -> ${target}`, `fsync ${dir}`]);
    expect(readdirSync(dir)).toEqual(['laporan.docx']);
  });

  it('removes its temp file when the write fails, and names the failure', () => {
    // A folder where the file should be: the rename fails after the temp file was written.
    const target = join(dir, 'a-folder');
    mkdirSync(target);
    expect(() => writeAtomically(target, 'the report')).toThrowError(expect.objectContaining({ code: 'FILE' }) as Error);
    expect(readdirSync(dir).filter((n) => n.endsWith('.patuh-tmp'))).toEqual([]);
    rmSync(target, { recursive: true });
  });
});
