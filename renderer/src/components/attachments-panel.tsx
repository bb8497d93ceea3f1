import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, type AttachmentType, type AttachmentUpload, type LinkedAttachment } from '../../../shared/domain/attachments';
import { call } from '../api/client';
import { errorIssues, errorText, tKey } from '../api/errors';
import { useNotice } from './notice';

const isImage = (mime: string) => mime.startsWith('image/');

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

interface AttachmentsPanelProps {
  attachments: LinkedAttachment[];
  writable: boolean;
  /** The register's own attach and detach channels (an ISO finding, an Ombudsman product). */
  attach: (file: AttachmentUpload) => Promise<unknown>;
  detach: (sha256: string) => Promise<unknown>;
  confirmRemove: (name: string) => string;
  pending: boolean;
}

/** Evidence files of a register entry: photos and scans, stored once by content and shown as thumbnails. */
export function AttachmentsPanel({ attachments, writable, attach, detach, confirmRemove, pending }: AttachmentsPanelProps) {
  const { t } = useTranslation();
  const notice = useNotice();
  const [error, setError] = useState('');
  const hintId = useId();
  const errorId = useId();

  async function upload(file: File | undefined) {
    setError('');
    if (!file) return;
    if (!(ATTACHMENT_TYPES as readonly string[]).includes(file.type)) return setError(t('attachments.wrongType'));
    if (file.size > MAX_ATTACHMENT_BYTES) return setError(t('attachments.tooLarge'));
    try {
      await attach({ name: file.name, mime: file.type as AttachmentType, base64: await readBase64(file) });
      notice(t('attachments.added'));
    } catch (e) {
      const issue = errorIssues(e)[0];
      setError(issue ? tKey(t, issue.message, issue.params) : errorText(t, e));
    }
  }
  async function remove(a: LinkedAttachment) {
    if (!window.confirm(confirmRemove(a.name))) return;
    try {
      await detach(a.sha256);
    } catch (e) {
      notice(errorText(t, e), 'error');
    }
  }
  async function saveCopy(a: LinkedAttachment) {
    try {
      const saved = await call('attachments.saveCopy', { sha256: a.sha256, name: a.name });
      if (saved) notice(t('attachments.saved', { path: saved.path }));
    } catch (e) {
      notice(errorText(t, e), 'error');
    }
  }

  return (
    <div className="panel">
      <h2 className="panel__header">{t('attachments.title')}</h2>
      {attachments.length === 0 ? (
        <p className="muted">{t('attachments.none')}</p>
      ) : (
        <ul className="attachments" aria-label={t('attachments.title')}>
          {attachments.map((a) => (
            <li key={a.sha256} className="attachment">
              <Thumbnail attachment={a} />
              <span className="attachment__name">{a.name}</span>
              <span className="muted">{(a.size / 1024).toFixed(0)} KB</span>
              <div className="button-row">
                <button type="button" className="button button--ghost button--small" aria-label={t('attachments.saveCopy', { name: a.name })} onClick={() => void saveCopy(a)}>⤓</button>
                {writable && <button type="button" className="button button--ghost button--small" aria-label={t('attachments.remove', { name: a.name })} onClick={() => void remove(a)}>✕</button>}
              </div>
            </li>
          ))}
        </ul>
      )}
      {writable && (
        <>
          <label className="button button--small file-button">
            + {t('attachments.add')}
            <input
              type="file"
              accept={ATTACHMENT_TYPES.join(',')}
              aria-describedby={`${hintId} ${errorId}`}
              disabled={pending}
              onChange={(e) => {
                void upload(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
          </label>
          <p className="field__hint" id={hintId}>{t('attachments.hint')}</p>
          {error && <p className="field__error" id={errorId} role="alert">{error}</p>}
        </>
      )}
      {pending && <p className="muted small" role="status">{t('attachments.uploading')}</p>}
    </div>
  );
}

function Thumbnail({ attachment }: { attachment: LinkedAttachment }) {
  const input = { sha256: attachment.sha256 };
  // Content-addressed: the bytes behind a hash never change, so one fetch per session is enough.
  const preview = useQuery({
    queryKey: ['attachments.preview', input],
    queryFn: () => call('attachments.preview', input),
    enabled: isImage(attachment.mime),
    staleTime: Infinity,
  });
  if (isImage(attachment.mime) && preview.data?.dataUrl) return <img className="attachment__thumb" src={preview.data.dataUrl} alt={attachment.name} />;
  // PDFs, and images too big to preview, show their type instead.
  return <span className="attachment__thumb" aria-hidden="true">{attachment.mime === 'application/pdf' ? 'PDF' : attachment.mime === 'image/png' ? 'PNG' : 'JPG'}</span>;
}
