import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_DRAWN_SIGNATURE_CHARS } from '../../../../shared/audit-file/schema';

/**
 * The drawing is kept at this size whatever the screen's pixel ratio, so every signature is a
 * small PNG (a few kB; the sealed content bounds it at MAX_DRAWN_SIGNATURE_CHARS).
 */
const WIDTH = 600;
const HEIGHT = 200;
const INK = '#14213d';

interface Props {
  /** Who signs: names the canvas for screen readers. */
  name: string;
  /** A PNG data URL, or '' when nothing is drawn. */
  value: string;
  onChange: (dataUrl: string) => void;
  error?: string | undefined;
}

/**
 * A signature drawn with mouse, pen or finger (pointer events, so all three alike). Drawing is
 * optional: whoever cannot or will not draw leaves it empty and the report prints the typed
 * name under room to sign by hand. Clear starts again.
 */
export function SignaturePad({ name, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef<{ id: number; x: number; y: number } | null>(null);
  const [tooLarge, setTooLarge] = useState(false);

  // A value cleared from outside (or a dialog reopened) shows as an empty pad.
  useEffect(() => {
    if (value === '') canvas.current?.getContext('2d')?.clearRect(0, 0, WIDTH, HEIGHT);
  }, [value]);

  const point = (e: PointerEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - box.left) / box.width) * WIDTH, y: ((e.clientY - box.top) / box.height) * HEIGHT };
  };
  const stroke = (from: { x: number; y: number }, to: { x: number; y: number }, pressure: number) => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    ctx.strokeStyle = INK;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    // A pen reports pressure; a mouse reports 0.5 while pressed, which gives the middle width.
    ctx.lineWidth = 1.5 + 2.5 * (pressure || 0.5);
    ctx.beginPath();
    ctx.moveTo(from.x, from.y);
    ctx.lineTo(to.x, to.y);
    ctx.stroke();
  };

  const down = (e: PointerEvent<HTMLCanvasElement>) => {
    if (e.button !== 0 && e.pointerType === 'mouse') return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    const p = point(e);
    drawing.current = { id: e.pointerId, ...p };
    // A tap leaves a dot, as a pen on paper does.
    stroke(p, { x: p.x + 0.1, y: p.y + 0.1 }, e.pressure);
  };
  const move = (e: PointerEvent<HTMLCanvasElement>) => {
    const last = drawing.current;
    if (!last || last.id !== e.pointerId) return;
    const p = point(e);
    stroke(last, p, e.pressure);
    drawing.current = { id: e.pointerId, ...p };
  };
  const up = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current || drawing.current.id !== e.pointerId) return;
    drawing.current = null;
    const url = canvas.current?.toDataURL('image/png') ?? '';
    const fits = url.length <= MAX_DRAWN_SIGNATURE_CHARS;
    setTooLarge(!fits);
    onChange(fits ? url : '');
  };
  const clear = () => {
    canvas.current?.getContext('2d')?.clearRect(0, 0, WIDTH, HEIGHT);
    setTooLarge(false);
    onChange('');
  };

  const problem = tooLarge ? t('audits.seal.signatureTooLarge') : error;
  return (
    <div className={`signature-pad${problem ? ' signature-pad--error' : ''}`}>
      <canvas
        ref={canvas}
        width={WIDTH}
        height={HEIGHT}
        className="signature-pad__canvas"
        role="img"
        aria-label={value ? t('audits.seal.signatureDrawn', { name }) : t('audits.seal.signatureEmpty', { name })}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
      />
      <div className="signature-pad__foot">
        <span className="muted small">{value ? t('audits.seal.signatureDrawnShort') : t('audits.seal.signatureHint')}</span>
        <button type="button" className="button button--ghost button--small" onClick={clear} disabled={!value}>{t('audits.seal.signatureClear')}</button>
      </div>
      {problem && <p className="field__error" role="alert">{problem}</p>}
    </div>
  );
}
