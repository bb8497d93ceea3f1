import { useTranslation } from 'react-i18next';
import type { SealSignature } from '../../../../shared/domain/audit';

/**
 * A seal's digital signature in words. Anything short of "valid, signed by a laptop known here"
 * reads as a warning: an unknown signer may be genuine, but nobody here has vouched for it.
 */
export function SealSignatureText({ signature: s }: { signature: SealSignature }) {
  const { t } = useTranslation();
  if (s.status === 'invalid') return <span className="signature signature--bad">⚠ {t('packages.signature.invalid')}</span>;
  if (s.status === 'unsigned') return <span className="signature signature--warn">⚠ {t('packages.signature.unsigned')}</span>;
  if (s.signer === 'self') return <span className="signature signature--ok">✓ {t('packages.signature.self')}</span>;
  if (s.signer === 'trusted') return <span className="signature signature--ok">✓ {t('packages.signature.trusted', { label: s.label ?? '' })}</span>;
  return <span className="signature signature--warn">⚠ {t('packages.signature.unknown', { device: s.deviceId ?? '' })}</span>;
}
