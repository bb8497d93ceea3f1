import { useCallback, useRef, useState, type DragEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { EvidencePreview } from '../../../../shared/domain/audit';
import { ATTACHMENT_TYPES } from '../../../../shared/domain/attachments';
import { useApi } from '../../api/queries';
import { formatBytes } from './audit-text';
import { EvidenceViewer } from './evidence-viewer';
import type { EvidenceActions } from './use-evidence';

/** Props that make an element accept dropped files, and whether files are hovering over it. */
export function useFileDrop(onFiles: (files: File[]) => void, enabled: boolean) {
  const [over, setOver] = useState(false);
  if (!enabled) return { over: false, props: {} };
  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');
  return {
    over,
    props: {
      onDragOver: (e: DragEvent) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      },
      onDragLeave: () => setOver(false),
      onDrop: (e: DragEvent) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(false);
        onFiles(Array.from(e.dataTransfer.files));
      },
    },
  };
}

/**
 * The evidence of one item as thumbnails (images) or file tiles, with attach; a tile opens the
 * viewer, and "×" opens it on that file with the removal question.
 */
export function EvidenceStrip({ auditId, itemId, readOnly, evidence }: { auditId: string; itemId: string; readOnly: boolean; evidence: EvidenceActions }) {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const list = useApi('audits.evidence', { auditId, itemId });
  const errors = evidence.errors[itemId] ?? [];
  const busy = evidence.busy === itemId;
  const [viewing, setViewing] = useState<{ index: number; remove: boolean } | null>(null);
  const closeViewer = useCallback(() => setViewing(null), []);
  const { remove } = evidence;
  const removeShown = useCallback((e: EvidencePreview) => remove(itemId, e.id, e.name), [remove, itemId]);

  return (
    <div className="evidence">
      <div className="evidence__head">
        <span className="evidence__title">{t('audits.evidence.title')}</span>
        {!readOnly && (
          <>
            <button type="button" className="button button--small" onClick={() => input.current?.click()} disabled={busy}>
              {busy ? t('status.saving') : t('audits.evidence.attach')}
            </button>
            <input
              ref={input}
              id={`evidence-input-${itemId}`}
              type="file"
              hidden
              multiple
              accept={ATTACHMENT_TYPES.join(',')}
              aria-label={t('audits.evidence.attach')}
              onChange={(e) => {
                const files = Array.from(e.target.files ?? []);
                e.target.value = '';
                void evidence.attach(itemId, files);
              }}
            />
            <span className="muted small">{t('audits.evidence.dropHint')}</span>
          </>
        )}
      </div>
      {errors.length > 0 && (
        <ul className="evidence__errors" role="alert">
          {errors.map((e) => <li key={e}>{e}</li>)}
        </ul>
      )}
      {readOnly && list.data?.length === 0 && <span className="muted small">{t('audits.evidence.none')}</span>}
      {list.data && list.data.length > 0 && (
        <ul className="evidence__list" aria-label={t('audits.evidence.title')}>
          {list.data.map((e, index) => (
            <li key={e.id} className="evidence__tile" title={`${e.name} · ${formatBytes(e.size, i18n.language)}`}>
              <button type="button" className="evidence__open" aria-label={t('audits.evidence.open', { name: e.name })} onClick={() => setViewing({ index, remove: false })}>
                {e.preview ? <img src={e.preview} alt="" /> : <span className="evidence__file">{e.mime === 'application/pdf' ? 'PDF' : 'IMG'}</span>}
                <span className="evidence__name">{e.name}</span>
              </button>
              {!readOnly && (
                <button type="button" className="evidence__remove" aria-label={t('audits.evidence.remove', { name: e.name })} onClick={() => setViewing({ index, remove: true })}>×</button>
              )}
            </li>
          ))}
        </ul>
      )}
      {/* At the end of the page, not inside the item: its title must not sit between the item headings. */}
      {viewing && list.data && createPortal(
        <EvidenceViewer
          itemId={itemId} items={list.data} start={viewing.index} confirmFirst={viewing.remove} readOnly={readOnly}
          onRemove={removeShown} onClose={closeViewer}
        />,
        document.body,
      )}
    </div>
  );
}
