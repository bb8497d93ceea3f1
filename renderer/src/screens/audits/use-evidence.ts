import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, type AttachmentType } from '../../../../shared/domain/attachments';
import { call } from '../../api/client';
import { errorIssues, errorText } from '../../api/errors';
import { useNotice } from '../../components/notice';
import { formatBytes } from './audit-text';
import type { AuditCache } from './use-audit-detail';

/** The file's bytes as base64, read in the page (the renderer has no file system). */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

const isAttachmentType = (type: string): type is AttachmentType => (ATTACHMENT_TYPES as readonly string[]).includes(type);
const KINDS = { 'image/png': 'png', 'image/jpeg': 'jpeg', 'application/pdf': 'pdf' } as const;

/**
 * Attaching and removing evidence for the items of one audit, from the picker or a drop. Type and
 * size are checked here first so a wrong file is refused before 20 MB travel to main, which checks
 * again. Problems stay beside the item (by item id) until the next attempt.
 */
export function useEvidence(auditId: string, cache: AuditCache) {
  const { t, i18n } = useTranslation();
  const notice = useNotice();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState<string | null>(null);

  /**
   * What is wrong with a file, in words about that file: main's refusals come as i18n keys in the
   * error's issues (empty, too large, content not of its type), shown here with the file's name.
   */
  const problemOf = useCallback(
    (file: File, error: unknown): string => {
      const name = file.name;
      const size = formatBytes(file.size, i18n.language);
      const key = errorIssues(error)[0]?.message;
      if (key === 'validation.required') return t('audits.evidence.empty', { name });
      if (key === 'validation.fileTooLarge') return t('audits.evidence.tooLarge', { name, size });
      if (key === 'validation.fileType') return t('audits.evidence.badType', { name });
      if (key === 'validation.fileContent' && isAttachmentType(file.type)) return t('audits.evidence.fakeContent', { name, kind: t(`audits.evidence.kind.${KINDS[file.type]}`) });
      return `${name}: ${errorText(t, error)}`;
    },
    [i18n.language, t],
  );

  const attach = useCallback(
    async (itemId: string, files: readonly File[]) => {
      const problems: string[] = [];
      setBusy(itemId);
      for (const file of files) {
        // The same checks main makes, before the bytes travel.
        if (!isAttachmentType(file.type)) problems.push(t('audits.evidence.badType', { name: file.name }));
        else if (file.size === 0) problems.push(t('audits.evidence.empty', { name: file.name }));
        else if (file.size > MAX_ATTACHMENT_BYTES) problems.push(t('audits.evidence.tooLarge', { name: file.name, size: formatBytes(file.size, i18n.language) }));
        else {
          try {
            const added = await call('audits.attachEvidence', { auditId, itemId, file: { name: file.name, mime: file.type, base64: await readBase64(file) } });
            cache.patch((d) => {
              const list = (d.evidence[itemId] ?? []).filter((e) => e.id !== added.id);
              return { ...d, evidence: { ...d.evidence, [itemId]: [...list, added] } };
            });
            notice(t('audits.evidence.added', { name: file.name }));
          } catch (error) {
            problems.push(problemOf(file, error));
          }
        }
      }
      setBusy(null);
      setErrors((e) => ({ ...e, [itemId]: problems }));
      if (problems.length) notice(problems.join(' '), 'error');
      await cache.touchDerived(true);
    },
    [auditId, cache, notice, t, i18n.language, problemOf],
  );

  /** Resolves true once main removed it (the caller asked first). */
  const remove = useCallback(
    async (itemId: string, evidenceId: string, name: string): Promise<boolean> => {
      try {
        await call('audits.removeEvidence', { auditId, evidenceId });
        cache.patch((d) => ({ ...d, evidence: { ...d.evidence, [itemId]: (d.evidence[itemId] ?? []).filter((e) => e.id !== evidenceId) } }));
        notice(t('audits.evidence.removed', { name }));
        await cache.touchDerived(true);
        return true;
      } catch (error) {
        notice(errorText(t, error), 'error');
        return false;
      }
    },
    [auditId, cache, notice, t],
  );

  // One object per change, so the checklist's memoised items re-render only when evidence state moves.
  return useMemo(() => ({ attach, remove, errors, busy }), [attach, remove, errors, busy]);
}

export type EvidenceActions = ReturnType<typeof useEvidence>;
