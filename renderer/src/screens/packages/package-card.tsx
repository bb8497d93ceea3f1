import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackagePreview } from '../../../../shared/domain/packages';
import { ApiCallError } from '../../api/client';
import { errorText } from '../../api/errors';
import { formatDateTime } from '../audits/audit-text';
import { formatBytes } from './format-bytes';
import { PreviewAudits } from './preview-audits';
import { RegistryMatches } from './registry-matches';
import { SignerBadge } from './signer-badge';
import { TrustDeviceDialog } from './trust-device-dialog';
import type { ImportRow } from './use-import-list';

const PASSWORD_ERRORS = ['errors.packagePasswordNeeded', 'errors.packageWrongPassword'];

interface PackageCardProps {
  row: ImportRow;
  duplicate: boolean;
  onRemove: () => void;
  onPassword: (password: string) => void;
  onConfirmNames: (confirmed: boolean) => void;
}

/** One package on the import screen: on its way, asking for its password, refused, or its preview. */
export function PackageCard({ row, duplicate, onRemove, onPassword, onConfirmNames }: PackageCardProps) {
  const { t, i18n } = useTranslation();
  const { entry, preview } = row;
  const error = entry.uploadError ?? preview.error;
  const needsPassword = error instanceof ApiCallError && PASSWORD_ERRORS.includes(error.error.message);

  let body;
  if (entry.upload) {
    const percent = entry.upload.size ? Math.round((entry.upload.sent / entry.upload.size) * 100) : 100;
    body = <p className="muted" role="status">{t('packages.import.uploading', { percent })} <progress className="meter package-card__meter" value={percent} max={100} aria-label={t('packages.import.uploading', { percent })} /></p>;
  } else if (needsPassword) {
    body = <PasswordForm wrong={error.error.message === 'errors.packageWrongPassword'} message={errorText(t, error)} onSubmit={onPassword} />;
  } else if (error) {
    body = <p className="form-error" role="alert">{errorText(t, error)}</p>;
  } else if (!preview.data) {
    body = <p className="muted" role="status">{t('packages.import.checking')}</p>;
  } else {
    body = <PreviewBody preview={preview.data} confirmNames={entry.confirmNames} duplicate={duplicate} onConfirmNames={onConfirmNames} />;
  }

  const p = preview.data;
  return (
    <article className={`panel package-card${error && !needsPassword ? ' package-card--refused' : ''}`} aria-label={entry.fileName}>
      <header className="package-card__head">
        <h2 className="package-card__name">{entry.fileName}</h2>
        {p && (
          <span className="package-card__badges">
            {p.encrypted && <span className="badge badge--muted">🔒 {t('packages.preview.encrypted')}</span>}
            {p.alreadyImported && <span className="badge badge--muted">{t('packages.preview.alreadyBadge')}</span>}
          </span>
        )}
        <button type="button" className="button button--ghost button--small package-card__remove" onClick={onRemove} aria-label={t('packages.import.removeNamed', { name: entry.fileName })}>
          {t('packages.import.remove')}
        </button>
      </header>
      {p && (
        <p className="package-card__made muted small">
          {t('packages.preview.created', { at: formatDateTime(p.createdAt, i18n.language), app: p.app })}
          {p.evidence.files > 0 && ` · ${t('packages.preview.evidence', { count: p.evidence.files, size: formatBytes(p.evidence.bytes, i18n.language) })}`}
        </p>
      )}
      {body}
    </article>
  );
}

function PasswordForm({ wrong, message, onSubmit }: { wrong: boolean; message: string; onSubmit: (password: string) => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (password) onSubmit(password);
  };
  return (
    <form className="package-password" onSubmit={submit} noValidate>
      <p className={wrong ? 'form-error' : 'muted'} role={wrong ? 'alert' : undefined}>{message}</p>
      <div className="package-password__row">
        <label htmlFor={id}>{t('packages.import.password')}</label>
        <input id={id} type="password" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} />
        <button type="submit" className="button button--small" disabled={!password}>{t('packages.import.unlock')}</button>
      </div>
    </form>
  );
}

function PreviewBody({ preview: p, confirmNames, duplicate, onConfirmNames }: { preview: PackagePreview; confirmNames: boolean; duplicate: boolean; onConfirmNames: (v: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const [trusting, setTrusting] = useState(false);
  const m = p.maker;
  const toAdd = p.templates.filter((x) => x.outcome === 'add');
  return (
    <>
      {p.alreadyImported && <p className="banner banner--muted" role="note">{t('packages.preview.already', { at: formatDateTime(p.alreadyImported, i18n.language) })}</p>}
      {duplicate && <p className="banner banner--muted" role="note">{t('packages.preview.duplicate')}</p>}
      <Maker preview={p} onTrust={() => setTrusting(true)} />
      <PreviewAudits audits={p.audits} />
      <RegistryMatches matches={p.registry} needsConfirmation={p.needsNameConfirmation} confirmed={confirmNames} onConfirm={onConfirmNames} />
      {toAdd.length > 0 && <p className="small">{t('packages.preview.templates', { list: toAdd.map((x) => `${x.id} v${x.version}`).join(', ') })}</p>}
      {trusting && (
        <TrustDeviceDialog
          publicKey={m.publicKey}
          deviceId={m.deviceId ?? ''}
          suggestedLabel={[m.person, m.deviceName].filter(Boolean).join(' — ')}
          onClose={() => setTrusting(false)}
          onDone={() => setTrusting(false)}
        />
      )}
    </>
  );
}

/** Who made the package and on which laptop, and whether this laptop knows that laptop. */
function Maker({ preview: p, onTrust }: { preview: PackagePreview; onTrust: () => void }) {
  const { t } = useTranslation();
  const m = p.maker;
  return (
    <dl className="maker">
      <dt>{t('packages.preview.person')}</dt>
      <dd>{m.person || '—'}{m.nip && <span className="muted"> · NIP {m.nip}</span>}</dd>
      {p.source === 'auditFile' ? (
        <>
          <dt>{t('packages.preview.signer')}</dt>
          <dd><span className="signature signature--warn">⚠ {t('packages.preview.auditFile')}</span></dd>
        </>
      ) : (
        <>
          <dt>{t('packages.preview.device')}</dt>
          <dd>{m.deviceName || '—'} <span className="muted">· {t('packages.preview.deviceId')} <code>{m.deviceId}</code></span></dd>
          <dt>{t('packages.preview.signer')}</dt>
          <dd className="maker__signer">
            <SignerBadge signer={m} />
            {m.signer === 'unknown' && (
              <>
                <span className="muted small">{t('packages.preview.unknownHint')}</span>
                <button type="button" className="button button--small" onClick={onTrust}>{t('packages.trust.button')}</button>
              </>
            )}
          </dd>
        </>
      )}
    </dl>
  );
}
