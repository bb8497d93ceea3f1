import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceInfo } from '../../../../shared/contract/packages';
import { errorText } from '../../api/errors';
import { useApi, useApiMutation } from '../../api/queries';
import { Field } from '../../components/field';
import { useNotice } from '../../components/notice';
import { formatDateTime } from '../audits/audit-text';
import { TrustDeviceDialog } from '../packages/trust-device-dialog';
import '../packages/packages.css';

/**
 * This laptop's identity (what others trust it by) and the laptops trusted here: their seals
 * and packages show their label instead of "unknown device".
 */
export function DevicesPanel() {
  const { t, i18n } = useTranslation();
  const notice = useNotice();
  const devices = useApi('devices.list', {});
  const untrust = useApiMutation('devices.untrust', ['devices', 'packages', 'audits']);
  const [adding, setAdding] = useState(false);

  async function remove(d: DeviceInfo) {
    if (!window.confirm(t('packages.devices.confirmRemove', { label: d.label }))) return;
    try {
      await untrust.mutateAsync({ publicKey: d.publicKey });
      notice(t('packages.devices.removed', { label: d.label }));
    } catch (error) {
      notice(errorText(t, error), 'error');
    }
  }

  const self = devices.data?.self;
  return (
    <section className="panel devices" aria-labelledby="devices-title">
      <div className="panel__header">
        <h2 id="devices-title">{t('packages.devices.title')}</h2>
        <button type="button" className="button button--small" onClick={() => setAdding(true)}>{t('packages.devices.add')}</button>
      </div>
      <p className="muted small">{t('packages.devices.hint')}</p>
      {devices.error && <p role="alert">{errorText(t, devices.error)}</p>}
      {self && (
        <div className="devices__self">
          <h3>{t('packages.devices.self')}</h3>
          <dl className="maker">
            <dt>{t('packages.devices.name')}</dt>
            <dd>{self.name}</dd>
            <dt>{t('packages.preview.deviceId')}</dt>
            <dd><code>{self.deviceId}</code></dd>
          </dl>
          <Field label={t('packages.devices.publicKey')} hint={t('packages.devices.publicKeyHint')}>
            {(p) => <textarea {...p} className="mono" readOnly rows={2} value={self.publicKey} onFocus={(e) => e.currentTarget.select()} />}
          </Field>
        </div>
      )}
      <h3>{t('packages.devices.trusted')}</h3>
      {devices.data && devices.data.trusted.length === 0 ? (
        <p className="muted">{t('packages.devices.none')}</p>
      ) : (
        <ul className="list" aria-label={t('packages.devices.trusted')}>
          {devices.data?.trusted.map((d) => (
            <li key={d.publicKey} className="list__item">
              <div className="list__main">
                <span className="list__title">{d.label}</span>
                <span className="list__meta">{t('packages.preview.deviceId')} <code>{d.deviceId}</code> · {t('packages.devices.trustedAt', { at: formatDateTime(d.trustedAt, i18n.language) })}</span>
              </div>
              <div className="list__actions">
                <button type="button" className="button button--ghost button--small" disabled={untrust.isPending} onClick={() => void remove(d)}
                  aria-label={t('packages.devices.removeNamed', { label: d.label })}>{t('packages.devices.remove')}</button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {adding && (
        <TrustDeviceDialog suggestedLabel="" onClose={() => setAdding(false)} onDone={(label) => { setAdding(false); notice(t('packages.devices.added', { label })); }} />
      )}
    </section>
  );
}
