import { useTranslation } from 'react-i18next';
import type { LinkedAttachment } from '../../../../shared/domain/attachments';
import { useApiMutation } from '../../api/queries';
import { AttachmentsPanel as EvidencePanel } from '../../components/attachments-panel';

/** Objective evidence of a finding: the shared evidence panel on the findings channels. */
export function AttachmentsPanel({ findingId, attachments, writable }: { findingId: string; attachments: LinkedAttachment[]; writable: boolean }) {
  const { t } = useTranslation();
  const attach = useApiMutation('findings.attach', ['findings']);
  const detach = useApiMutation('findings.detach', ['findings']);
  return (
    <EvidencePanel
      attachments={attachments}
      writable={writable}
      attach={(file) => attach.mutateAsync({ findingId, file })}
      detach={(sha256) => detach.mutateAsync({ findingId, sha256 })}
      confirmRemove={(name) => t('findings.attachments.confirmRemove', { name })}
      pending={attach.isPending}
    />
  );
}
