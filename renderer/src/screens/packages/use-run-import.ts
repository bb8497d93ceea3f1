import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportResult, PackagePreview } from '../../../../shared/domain/packages';
import { call } from '../../api/client';
import type { ImportEntry } from './use-import-list';

export interface ImportedRow {
  key: string;
  fileName: string;
  preview: PackagePreview;
  result: ImportResult | null;
  error: unknown;
}

/**
 * Imports the previewed packages one after another, with a progress count. Only the first
 * import makes the automatic backup: one backup before the batch is what a coordinator would
 * restore, not thirty. A package that fails does not stop the others.
 */
export function useRunImport() {
  const client = useQueryClient();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<ImportedRow[] | null>(null);

  async function run(items: { entry: ImportEntry; preview: PackagePreview }[]) {
    const rows: ImportedRow[] = [];
    let backedUp = false;
    setProgress({ done: 0, total: items.length });
    for (const [i, { entry, preview }] of items.entries()) {
      try {
        const result: ImportResult = await call('packages.import', {
          path: entry.path!, password: entry.password, confirmNameMatches: entry.confirmNames, backupFirst: !backedUp,
        });
        // A package imported before returns early, without the backup: the next one makes it.
        backedUp ||= result.imported;
        rows.push({ key: entry.key, fileName: entry.fileName, preview, result, error: null });
      } catch (error) {
        rows.push({ key: entry.key, fileName: entry.fileName, preview, result: null, error });
      }
      setProgress({ done: i + 1, total: items.length });
    }
    // The previews are outdated now; dropped rather than refetched (each would unpack its package again).
    client.removeQueries({ queryKey: ['packages.preview'] });
    await client.invalidateQueries();
    setProgress(null);
    setSummary(rows);
  }

  return { run, progress, summary, reset: () => setSummary(null) };
}
