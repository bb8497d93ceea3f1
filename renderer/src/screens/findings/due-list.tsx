import { useTranslation } from 'react-i18next';
import type { DueItem } from '../../../../shared/domain/findings';
import { formatDate } from '../../../../shared/format/dates';
import { href } from '../../shell/router';

/** Late or soon-due actions, each a link to its finding. */
export function DueList({ items, label, empty, late }: { items: DueItem[]; label: string; empty: string; late: boolean }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <p className="muted">{empty}</p>;
  const when = (days: number) =>
    days < 0 ? t('findings.dashboard.daysLate', { count: -days }) : days === 0 ? t('findings.dashboard.dueToday') : t('findings.dashboard.daysLeft', { count: days });
  return (
    <ul className="due-list" aria-label={label}>
      {items.map((i) => (
        <li key={i.actionId}>
          <a className={`due-item due-item--${late ? 'late' : 'soon'}`} href={href('findings', i.findingId)}>
            <span className="due-item__title">{i.description}</span>
            <span className="due-item__meta">
              {t('findings.numbered', { number: i.findingNumber })} · {i.clause} · {i.unitName ?? i.entityName}
            </span>
            <span className="due-item__meta">
              {i.owner} · {t('findings.actions.due', { date: formatDate(i.dueDate, i18n.language) })} · <strong>{when(i.daysLeft)}</strong>
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
