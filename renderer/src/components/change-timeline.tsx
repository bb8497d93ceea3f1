import { useTranslation } from 'react-i18next';
import type { ChangeEntry } from '../../../shared/domain/change-history';
import { formatDateTime } from '../../../shared/format/dates';

interface ChangeTimelineProps<E extends ChangeEntry> {
  entries: E[];
  /** The register's own words for one change: what changed, from what to what, and its note. */
  describe: (entry: E) => { text: string; note: string };
  title: string;
  listLabel: string;
  unknownActor: string;
}

/** Every change to a register entry, newest first: when, who, what changed. Shared by every register. */
export function ChangeTimeline<E extends ChangeEntry>({ entries, describe, title, listLabel, unknownActor }: ChangeTimelineProps<E>) {
  const { i18n } = useTranslation();
  return (
    <div className="panel">
      <h2 className="panel__header">{title}</h2>
      <ol className="timeline" aria-label={listLabel}>
        {[...entries].reverse().map((h) => {
          const line = describe(h);
          return (
            <li key={h.id}>
              <div className="timeline__when">{formatDateTime(h.at, i18n.language)} · {h.actor || unknownActor}</div>
              <div>{line.text}</div>
              {line.note && <div className="timeline__note">{line.note}</div>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
