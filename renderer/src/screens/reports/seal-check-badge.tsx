import { useTranslation } from 'react-i18next';
import type { SealSignature } from '../../../../shared/domain/audit';
import { sealCheckOf, type SealCheck } from '../../../../shared/reports/seal-check';

const BADGE: Record<SealCheck, string> = { verified: 'badge--green', unknownSigner: 'badge--yellow', invalid: 'badge--red', unsigned: 'badge--muted' };

/**
 * The "Segel" cell of a unit: verified, unknown signer (with what the coordinator can do about
 * it), NOT VALID, or unsigned; a dash for a draft, which has no seal yet.
 */
export function SealCheckBadge({ signature }: { signature: SealSignature | null }) {
  const { t } = useTranslation();
  if (!signature) return <span className="muted">—</span>;
  const check = sealCheckOf(signature);
  const hint = check === 'unknownSigner' ? t('reports.ui.unknownSignerHint', { device: signature.deviceId ?? '' }) : undefined;
  return (
    <span className={`badge ${BADGE[check]} report-seal`} title={hint}>
      {check === 'unknownSigner' || check === 'invalid' ? '⚠ ' : ''}
      {t(`reports.common.sealCheck.${check}`)}
    </span>
  );
}
