import { useTranslation } from 'react-i18next';
import type { SealSignature } from '../../../../shared/domain/audit';

type Signer = Pick<SealSignature, 'signer' | 'label' | 'deviceId'>;

/**
 * Who signed: this laptop, a device trusted here (with the label the coordinator gave it), or an
 * unknown device, which is always shown as such and never dressed up as trusted.
 */
export function SignerBadge({ signer }: { signer: Signer }) {
  const { t } = useTranslation();
  if (signer.signer === 'self') return <span className="badge badge--muted signer-badge">{t('packages.signer.self')}</span>;
  if (signer.signer === 'trusted') return <span className="badge badge--green signer-badge">{t('packages.signer.trusted', { label: signer.label ?? '' })}</span>;
  return <span className="badge badge--yellow signer-badge">⚠ {t('packages.signer.unknown')}</span>;
}
