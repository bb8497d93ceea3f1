import { useQueries } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { PackagePreview } from '../../../../shared/domain/packages';
import { call } from '../../api/client';
import { uploadPackage } from './upload-package';

/** One package the user picked or dropped, on its way to a preview. */
export interface ImportEntry {
  key: string;
  fileName: string;
  /** Where main holds it; null while a dropped file is still being sent. */
  path: string | null;
  /** The transfer password the user gave; null until asked for. */
  password: string | null;
  upload: { sent: number; size: number } | null;
  uploadError: unknown;
  /** The user confirmed that the registry records matched by name are the same. */
  confirmNames: boolean;
}

let previewChain: Promise<unknown> = Promise.resolve();
/**
 * Previews run one at a time: each one unpacks its package (evidence photos included) into a
 * staging folder, and thirty of those at once would fill the disk and stall main for nothing.
 */
function oneAtATime<T>(run: () => Promise<T>): Promise<T> {
  const next = previewChain.then(run);
  previewChain = next.catch(() => undefined);
  return next;
}

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * The packages on the import screen and their previews. Previews are server state (cached by
 * path and password, refreshed when a device is trusted); the list itself is UI state.
 */
export function useImportList() {
  const [entries, setEntries] = useState<ImportEntry[]>([]);
  const previews = useQueries({
    queries: entries.map((e) => ({
      queryKey: ['packages.preview', { path: e.path, password: e.password }],
      queryFn: () => oneAtATime(() => call('packages.preview', { path: e.path!, password: e.password })),
      enabled: e.path !== null,
      staleTime: Infinity,
      // A password is part of the key: forget it as soon as the screen no longer shows it.
      gcTime: 0,
    })),
  });

  const update = useCallback((key: string, patch: Partial<ImportEntry>) => setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...patch } : e))), []);

  const addPaths = useCallback((paths: string[]) => {
    setEntries((list) => [
      ...list,
      ...paths.filter((p, i) => paths.indexOf(p) === i && !list.some((e) => e.path === p))
        .map((p) => ({ key: p, fileName: baseName(p), path: p, password: null, upload: null, uploadError: null, confirmNames: false })),
    ]);
  }, []);

  const addFiles = useCallback(async (files: File[]) => {
    const added = files.map((file) => ({ file, key: crypto.randomUUID() }));
    setEntries((list) => [
      ...list,
      ...added.map(({ file, key }) => ({ key, fileName: file.name, path: null, password: null, upload: { sent: 0, size: file.size }, uploadError: null, confirmNames: false })),
    ]);
    // In turn, so the first packages can be previewed while the rest are still on their way.
    for (const { file, key } of added) {
      try {
        const path = await uploadPackage(file, (sent) => update(key, { upload: { sent, size: file.size } }));
        update(key, { path, upload: null });
      } catch (error) {
        update(key, { upload: null, uploadError: error });
      }
    }
  }, [update]);

  const remove = useCallback((key: string) => setEntries((list) => list.filter((e) => e.key !== key)), []);
  const clear = useCallback(() => setEntries([]), []);

  return {
    rows: entries.map((entry, i) => ({ entry, preview: previews[i]! })),
    addPaths,
    addFiles,
    remove,
    clear,
    setPassword: (key: string, password: string) => update(key, { password }),
    setConfirmNames: (key: string, confirmNames: boolean) => update(key, { confirmNames }),
  };
}

export type ImportRow = ReturnType<typeof useImportList>['rows'][number];

/** The rows an import would carry out: previewed, not imported before, each package once. */
export function importable(rows: ImportRow[]): { entry: ImportEntry; preview: PackagePreview }[] {
  const seen = new Set<string>();
  const out: { entry: ImportEntry; preview: PackagePreview }[] = [];
  for (const { entry, preview } of rows) {
    const p = preview.data;
    if (!p || p.alreadyImported || seen.has(p.packageId)) continue;
    seen.add(p.packageId);
    out.push({ entry, preview: p });
  }
  return out;
}

/**
 * How many audits come in more than one of the packages: each preview is planned against the
 * data as they are now, so what the packages differ on shows only once the first is in.
 */
export function auditsInSeveral(previews: PackagePreview[]): number {
  const counts = new Map<string, number>();
  for (const id of previews.flatMap((p) => p.audits.filter((a) => a.outcome !== 'refused').map((a) => a.id))) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts.values()].filter((n) => n > 1).length;
}

/** Whether a row shows a package already listed above it (the same file dropped twice). */
export function isDuplicate(rows: ImportRow[], index: number): boolean {
  const id = rows[index]?.preview.data?.packageId;
  return !!id && rows.slice(0, index).some((r) => r.preview.data?.packageId === id);
}
