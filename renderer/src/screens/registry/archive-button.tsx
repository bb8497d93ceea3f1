import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/queries';
import { errorText } from '../../api/errors';
import { useNotice } from '../../components/notice';

type ArchiveChannel = 'entities.archive' | 'units.archive' | 'products.archive';

/** Archive (after a confirmation) or restore a registry record. Nothing is ever deleted. */
export function ArchiveButton({ channel, id, name, archived }: { channel: ArchiveChannel; id: string; name: string; archived: boolean }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const mutation = useApiMutation(channel, ['entities', 'units', 'products']);
  async function toggle() {
    if (!archived && !window.confirm(t('registry.confirmArchive', { name }))) return;
    try {
      await mutation.mutateAsync({ id, archived: !archived });
      notice(archived ? t('registry.restoredDone', { name }) : t('registry.archivedDone', { name }));
    } catch (error) {
      notice(errorText(t, error), 'error');
    }
  }
  return (
    <button type="button" className="button button--ghost button--small" onClick={toggle} disabled={mutation.isPending}>
      {archived ? t('actions.unarchive') : t('actions.archive')}
    </button>
  );
}
