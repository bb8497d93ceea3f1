import type { TFunction } from 'i18next';
import type { BackupFile, BackupSummary } from '../../../../shared/domain/backups';
import { formatDateTime } from '../audits/audit-text';

export function formatBytes(bytes: number, lang: string): string {
  const [value, unit] = bytes >= 1e9 ? [bytes / 1e9, 'GB'] : bytes >= 1e6 ? [bytes / 1e6, 'MB'] : [bytes / 1e3, 'kB'];
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
}

/** "2 Mar 2026, 09.00 · harian · 12,4 MB" */
export function backupLine(t: TFunction, lang: string, file: BackupFile): string {
  return t('backups.fileLine', { when: formatDateTime(file.createdAt, lang), reason: t(`backups.reasons.${file.reason}`), size: formatBytes(file.bytes, lang) });
}

/** "1 instansi, 3 audit, 0 temuan, 12 lampiran", each with its plural. */
export function countsText(t: TFunction, c: BackupSummary['counts']): string {
  return [t('backups.counts.entities', { count: c.entities }), t('backups.counts.audits', { count: c.audits }), t('backups.counts.findings', { count: c.findings }), t('backups.counts.attachments', { count: c.attachments })].join(', ');
}
