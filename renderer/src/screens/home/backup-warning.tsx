import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/queries';
import { useBackUpNow } from '../settings/use-back-up-now';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Home: a warning while the data has no recent copy outside this laptop, with "Back up now…". */
export function BackupWarning() {
  const { t } = useTranslation();
  const status = useApi('backups.status', {});
  const { backUpNow, busy } = useBackUpNow();
  const s = status.data;
  if (!s?.overdue) return null;
  const days = s.lastCopy ? Math.floor((Date.now() - Date.parse(s.lastCopy.createdAt)) / DAY_MS) : 0;
  return (
    <div className="banner banner--warning backup-warning" role="alert">
      <p>{s.lastCopy ? t('backups.home.old', { count: days }) : t('backups.home.never')}</p>
      <button type="button" className="button button--primary" onClick={() => void backUpNow()} disabled={busy}>{busy ? t('backups.backingUp') : t('backups.backUpNow')}</button>
    </div>
  );
}
