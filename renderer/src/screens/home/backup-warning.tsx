import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/queries';
import { useBackUpNow } from '../settings/use-back-up-now';
import '../settings/backups.css';

/** Home: a warning while the data has no recent copy outside this laptop, with "Back up now…". */
export function BackupWarning() {
  const { t } = useTranslation();
  const status = useApi('backups.status', {});
  const { backUpNow, busy } = useBackUpNow();
  const s = status.data;
  if (!s?.overdue) return null;
  return (
    <div className="banner banner--warning backup-warning" role="alert">
      <p>{s.lastCopyDays === null ? t('backups.home.never') : t('backups.home.old', { count: s.lastCopyDays })}</p>
      <button type="button" className="button button--primary" onClick={() => void backUpNow()} disabled={busy}>{busy ? t('backups.backingUp') : t('backups.backUpNow')}</button>
    </div>
  );
}
