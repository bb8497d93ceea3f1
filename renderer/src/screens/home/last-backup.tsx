import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../shared/format/dates';
import { useApi } from '../../api/queries';
import { href } from '../../shell/router';

/** Once any backup exists: when the last one was made (a copy elsewhere first; else the automatic one). */
export function LastBackup() {
  const { t, i18n } = useTranslation();
  const status = useApi('backups.status', {});
  const s = status.data;
  // The warning above already speaks when a copy is overdue.
  if (!s || s.overdue) return null;
  const automatic = s.automatic[0];
  const line = s.lastCopy
    ? t('home.lastBackup', { when: formatDateTime(s.lastCopy.createdAt, i18n.language) })
    : automatic ? t('home.lastAutomatic', { when: formatDateTime(automatic.createdAt, i18n.language) }) : null;
  if (!line) return null;
  return <p className="home-backup muted">{line} · <a href={href('settings')}>{t('nav.settings')}</a></p>;
}
