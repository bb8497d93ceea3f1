import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidencePreview } from '../../../../shared/domain/audit';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { useApi } from '../../api/queries';
import { Modal } from '../../components/modal';
import { useNotice } from '../../components/notice';
import { formatBytes, formatDateTime } from './audit-text';
import './evidence-viewer.css';

/** Zoom steps, as multiples of the size at which the whole photo fits the dialog. */
const ZOOMS = [1, 1.5, 2, 3, 4, 6] as const;
/** How far an arrow key moves a zoomed photo, as a share of the visible part. */
const PAN_STEP = 0.2;

interface ViewerProps {
  itemId: string;
  items: readonly EvidencePreview[];
  start: number;
  /** Opened from a tile's "×": the removal question comes at once, beside the file it is about. */
  confirmFirst: boolean;
  readOnly: boolean;
  /** Resolves true once main removed it. */
  onRemove: (e: EvidencePreview) => Promise<boolean>;
  onClose: () => void;
}

/**
 * One item's evidence, large enough to check: a photo fitted to the dialog and zoomed up to 6×,
 * the other files of the item one key away, and removal only after a question with the file in
 * view. PDFs and photos too large to preview can be saved as a copy and opened outside.
 */
export function EvidenceViewer({ itemId, items, start, confirmFirst, readOnly, onRemove, onClose }: ViewerProps) {
  const { t, i18n } = useTranslation();
  const notice = useNotice();
  const [index, setIndex] = useState(start);
  const [zoom, setZoom] = useState(0);
  const [confirming, setConfirming] = useState(confirmFirst && !readOnly);
  const [busy, setBusy] = useState(false);
  const at = Math.min(index, items.length - 1);
  const shown = items[at];
  const isImage = !!shown && shown.mime !== 'application/pdf';
  // The strip's previews stop at a small size; a larger photo comes from the store (up to its own cap).
  const full = useApi('attachments.preview', { sha256: shown?.sha256 ?? '' }, isImage && !shown?.preview);
  const src = shown?.preview ?? full.data?.dataUrl ?? null;

  useEffect(() => {
    if (items.length === 0) onClose();
  }, [items.length, onClose]);

  const go = useCallback((step: number) => {
    setIndex((i) => Math.min(Math.max(Math.min(i, items.length - 1) + step, 0), items.length - 1));
    setZoom(0);
    setConfirming(false);
  }, [items.length]);

  async function remove() {
    if (!shown) return;
    setBusy(true);
    const removed = await onRemove(shown);
    setBusy(false);
    if (removed) {
      setConfirming(false);
      setZoom(0);
    }
  }

  async function saveCopy() {
    if (!shown) return;
    try {
      const saved = await call('attachments.saveCopy', { sha256: shown.sha256, name: shown.name });
      if (saved) notice(t('audits.viewer.saved', { path: saved.path }));
    } catch (error) {
      notice(errorText(t, error), 'error');
    }
  }

  const stage = useRef<HTMLDivElement>(null);
  const keys = useRef({ zoom, confirming, go, readOnly });
  useLayoutEffect(() => {
    keys.current = { zoom, confirming, go, readOnly };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const { zoom: zoomed, confirming: asking, go: turn, readOnly: locked } = keys.current;
      const box = stage.current;
      const pan = (dx: number, dy: number) => box?.scrollBy({ left: dx * box.clientWidth * PAN_STEP, top: dy * box.clientHeight * PAN_STEP });
      // Fitted, ← and → turn to the other files; zoomed, the arrows move the photo (PgUp/PgDn turn).
      const actions: Record<string, (() => void) | undefined> = {
        PageDown: () => turn(1),
        PageUp: () => turn(-1),
        ArrowRight: () => (zoomed > 0 ? pan(1, 0) : turn(1)),
        ArrowLeft: () => (zoomed > 0 ? pan(-1, 0) : turn(-1)),
        ArrowDown: zoomed > 0 ? () => pan(0, 1) : undefined,
        ArrowUp: zoomed > 0 ? () => pan(0, -1) : undefined,
        '+': () => setZoom((z) => Math.min(z + 1, ZOOMS.length - 1)),
        '=': () => setZoom((z) => Math.min(z + 1, ZOOMS.length - 1)),
        '-': () => setZoom((z) => Math.max(z - 1, 0)),
        '0': () => setZoom(0),
        Delete: locked || asking ? undefined : () => setConfirming(true),
      };
      const action = actions[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Asking moves the keyboard to "keep it"; an answer hands it back to the dialog's close button.
  const keep = useRef<HTMLButtonElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const asked = useRef(confirming);
  useEffect(() => {
    if (confirming) keep.current?.focus();
    else if (asked.current) close.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  // The size at which the photo fits, once its own size is known: zoom steps multiply it.
  const [natural, setNatural] = useState<{ width: number; height: number } | null>(null);
  const [fit, setFit] = useState(1);
  useLayoutEffect(() => {
    const box = stage.current;
    if (!box || !natural) return;
    const measure = () => setFit(Math.min(box.clientWidth / natural.width, box.clientHeight / natural.height, 1));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [natural]);
  // Zooming keeps the middle of the view where it was.
  const previousZoom = useRef(zoom);
  useLayoutEffect(() => {
    const box = stage.current;
    const before = ZOOMS[previousZoom.current]!;
    previousZoom.current = zoom;
    if (!box) return;
    const ratio = ZOOMS[zoom]! / before;
    box.scrollLeft = (box.scrollLeft + box.clientWidth / 2) * ratio - box.clientWidth / 2;
    box.scrollTop = (box.scrollTop + box.clientHeight / 2) * ratio - box.clientHeight / 2;
  }, [zoom]);

  if (!shown) return null;
  const scale = fit * ZOOMS[zoom]!;
  const size = natural ? { width: Math.round(natural.width * scale), height: Math.round(natural.height * scale) } : undefined;

  return (
    <Modal title={t('audits.viewer.title', { item: itemId })} onClose={onClose} className="modal--viewer">
      <div className="viewer__bar">
        <span className="viewer__name" title={shown.name}>{shown.name}</span>
        <span className="muted small">
          {t('audits.viewer.position', { n: at + 1, total: items.length })} · {formatBytes(shown.size, i18n.language)} · {formatDateTime(shown.addedAt, i18n.language)}
        </span>
        <span className="viewer__zoom" role="group" aria-label={t('audits.viewer.zoom')}>
          <button type="button" className="button button--small" onClick={() => setZoom((z) => Math.max(z - 1, 0))} disabled={!src || zoom === 0} aria-label={t('audits.viewer.zoomOut')}>−</button>
          <output className="viewer__percent" aria-live="polite">{Math.round(scale * 100)}%</output>
          <button type="button" className="button button--small" onClick={() => setZoom((z) => Math.min(z + 1, ZOOMS.length - 1))} disabled={!src || zoom === ZOOMS.length - 1} aria-label={t('audits.viewer.zoomIn')}>+</button>
          <button type="button" className="button button--small" onClick={() => setZoom(0)} disabled={!src || zoom === 0}>{t('audits.viewer.fit')}</button>
        </span>
        <button ref={close} type="button" className="button button--ghost button--small viewer__close" onClick={onClose} data-autofocus={confirming ? undefined : true}>{t('actions.close')}</button>
      </div>
      <div ref={stage} className={`viewer__stage${zoom > 0 ? ' viewer__stage--zoomed' : ''}`}>
        {src ? (
          <img
            key={shown.id}
            src={src}
            alt={shown.name}
            width={size?.width}
            height={size?.height}
            onLoad={(e) => setNatural({ width: e.currentTarget.naturalWidth, height: e.currentTarget.naturalHeight })}
            onClick={() => setZoom((z) => (z === 0 ? 2 : 0))}
          />
        ) : (
          <p className="viewer__none">
            {isImage && full.isLoading ? t('app.loading') : t('audits.viewer.noPreview', { type: shown.mime === 'application/pdf' ? 'PDF' : shown.mime === 'image/png' ? 'PNG' : 'JPEG', size: formatBytes(shown.size, i18n.language) })}
          </p>
        )}
      </div>
      {confirming ? (
        <div className="viewer__confirm" role="group" aria-labelledby="viewer-confirm">
          <p id="viewer-confirm">{t('audits.viewer.confirmRemove', { name: shown.name, item: itemId })}</p>
          <button ref={keep} type="button" className="button" onClick={() => setConfirming(false)} data-autofocus>{t('audits.viewer.keep')}</button>
          <button type="button" className="button button--danger" onClick={() => void remove()} disabled={busy}>{t('audits.viewer.confirm')}</button>
        </div>
      ) : (
        <div className="viewer__actions">
          <button type="button" className="button" onClick={() => go(-1)} disabled={at === 0}>← {t('audits.checklist.previous')}</button>
          <button type="button" className="button" onClick={() => go(1)} disabled={at >= items.length - 1}>{t('audits.checklist.next')} →</button>
          <span className="viewer__spacer" />
          <button type="button" className="button" onClick={() => void saveCopy()}>{t('audits.viewer.saveCopy')}</button>
          {!readOnly && <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>{t('audits.viewer.remove')}</button>}
        </div>
      )}
      <p className="viewer__keys muted small">{t(zoom > 0 ? 'audits.viewer.keysZoomed' : 'audits.viewer.keys')}</p>
    </Modal>
  );
}
