import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../../shared/domain/findings';
import { localDateTime } from '../../../../shared/iso/dates';
import { describeHistory, type Translate } from '../../../../shared/iso/history-text';

/** Every change to the finding, newest first: when, who, what changed from what to what. */
export function HistoryTimeline({ history }: { history: HistoryEntry[] }) {
  const { t } = useTranslation();
  const tr = t as unknown as Translate;
  return (
    <div className="panel">
      <h2 className="panel__header">{t('findings.history.title')}</h2>
      <ol className="timeline" aria-label={t('findings.history.list')}>
        {[...history].reverse().map((h) => {
          const line = describeHistory(h, tr);
          return (
            <li key={h.id}>
              <div className="timeline__when">{localDateTime(new Date(h.at))} · {h.actor || t('findings.history.unknownActor')}</div>
              <div>{line.text}</div>
              {line.note && <div className="timeline__note">{line.note}</div>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
