import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../../shared/domain/findings';
import { formatDate } from '../../../../shared/format/dates';
import { describeHistory, type Translate } from '../../../../shared/iso/history-text';
import { ChangeTimeline } from '../../components/change-timeline';

/** Every change to the finding, newest first: when, who, what changed from what to what. */
export function HistoryTimeline({ history }: { history: HistoryEntry[] }) {
  const { t, i18n } = useTranslation();
  const tr = t as unknown as Translate;
  return (
    <ChangeTimeline
      entries={history}
      describe={(h) => describeHistory(h, tr, (iso) => formatDate(iso, i18n.language))}
      title={t('findings.history.title')}
      listLabel={t('findings.history.list')}
      unknownActor={t('findings.history.unknownActor')}
    />
  );
}
