import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, type AttachmentType } from '../../../../shared/domain/attachments';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { useNotice } from '../../components/notice';
import type { AuditCache } from './use-audit-detail';

/** The file's bytes as base64, read in the page (the renderer has no file system). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

const isAttachmentType = (type: string): type is AttachmentType => (ATTACHMENT_TYPES as readonly string[]).includes(type);

/**
 * Attaching and removing evidence for the items of one audit, from the picker or a drop. Type and
 * size are checked here first so a wrong file is refused before 20 MB travel to main, which checks
 * again. Problems stay beside the item (by item id) until the next attempt.
 */
export function useEvidence(auditId: string, cache: AuditCache) {
  const { t } = useTranslation();
  const notice = useNotice();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState<string | null>(null);

  const attach = useCallback(
    async (itemId: string, files: readonly File[]) => {
      const problems: string[] = [];
      setBusy(itemId);
      for (const file of files) {
        if (!isAttachmentType(file.type)) problems.push(t('audits.evidence.badType', { name: file.name }));
        else if (file.size > MAX_ATTACHMENT_BYTES) problems.push(t('audits.evidence.tooLarge', { name: file.name }));
        else {
          try {
            const added = await call('audits.attachEvidence', { auditId, itemId, file: { name: file.name, mime: file.type, base64: await readBase64(file) } });
            cache.patch((d) => {
              const list = (d.evidence[itemId] ?? []).filter((e) => e.id !== added.id);
              return { ...d, evidence: { ...d.evidence, [itemId]: [...list, added] } };
            });
            notice(t('audits.evidence.added', { name: file.name }));
          } catch (error) {
            problems.push(`${file.name}: ${errorText(t, error)}`);
          }
        }
      }
      setBusy(null);
      setErrors((e) => ({ ...e, [itemId]: problems }));
      if (problems.length) notice(problems.join(' '), 'error');
      await cache.touchDerived(true);
    },
    [auditId, cache, notice, t],
  );

  const remove = useCallback(
    async (itemId: string, evidenceId: string, name: string) => {
      try {
        await call('audits.removeEvidence', { auditId, evidenceId });
        cache.patch((d) => ({ ...d, evidence: { ...d.evidence, [itemId]: (d.evidence[itemId] ?? []).filter((e) => e.id !== evidenceId) } }));
        notice(t('audits.evidence.removed', { name }));
        await cache.touchDerived(true);
      } catch (error) {
        notice(errorText(t, error), 'error');
      }
    },
    [auditId, cache, notice, t],
  );

  // One object per change, so the checklist's memoised items re-render only when evidence state moves.
  return useMemo(() => ({ attach, remove, errors, busy }), [attach, remove, errors, busy]);
}

export type EvidenceActions = ReturnType<typeof useEvidence>;
