import { useTranslation } from 'react-i18next';
import type { BackupFile } from '../../../../shared/domain/backups';
import { errorText } from '../../api/errors';
import { useApiMutation } from '../../api/queries';
import { useNotice } from '../../components/notice';

/** "Back up now…": save dialog, write, read back and verify in main; one notice for the outcome. */
export function useBackUpNow(): { backUpNow: () => Promise<BackupFile | null>; busy: boolean } {
  const { t } = useTranslation();
  const notice = useNotice();
  const create = useApiMutation('backups.createNow', ['backups']);
  async function backUpNow() {
    try {
      const saved = await create.mutateAsync({});
      if (saved) notice(t('backups.saved', { path: saved.path }));
      return saved;
    } catch (error) {
      notice(errorText(t, error), 'error');
      return null;
    }
  }
  return { backUpNow, busy: create.isPending };
}
