import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/format/dates';
import type { FindingFilter } from '../../../../shared/domain/findings';
import { errorText } from '../../api/errors';
import { useApi } from '../../api/queries';
import { EmptyState } from '../../components/empty-state';
import { href } from '../../shell/router';
import { ExportBar } from './export-bar';
import { GradeBadge, OverdueBadge, StatusBadge } from './labels';
import { RegisterFilters } from './register-filters';

/** The findings register: filters, search, the list, and CSV and Word exports of what is shown. */
export function RegisterScreen({ filter, onFilter }: { filter: FindingFilter; onFilter: (f: FindingFilter) => void }) {
  const { t, i18n } = useTranslation();
  const findings = useApi('findings.list', filter);
  const filtered = Object.entries(filter).some(([k, v]) => (k === 'search' ? v !== '' : k === 'overdueOnly' ? v : v !== undefined));

  return (
    <>
      <RegisterFilters filter={filter} onChange={onFilter} />
      <div className="register-summary">
        <span className="muted" role="status">{findings.data ? t('findings.list.count', { count: findings.data.length }) : t('app.loading')}</span>
        <ExportBar filter={filter} disabled={!findings.data?.length} />
      </div>
      {findings.error && <p role="alert" className="form-error">{errorText(t, findings.error)}</p>}
      {findings.data?.length === 0 ? (
        filtered ? (
          <EmptyState title={t('findings.list.noMatches')} />
        ) : (
          <EmptyState
            title={t('findings.list.empty')}
            hint={t('findings.list.emptyHint')}
            action={<a className="button button--primary" href={href('findings', 'new')}>+ {t('findings.newFinding')}</a>}
          />
        )
      ) : (
        <table className="table findings-table" aria-label={t('findings.list.label')}>
          <thead>
            <tr>
              <th>#</th>
              <th>{t('findings.fields.clause')}</th>
              <th>{t('findings.fields.statement')}</th>
              <th>{t('findings.fields.unit')}</th>
              <th>{t('findings.fields.grade')}</th>
              <th>{t('findings.fields.status')}</th>
              <th>{t('findings.fields.nextDue')}</th>
              <th>{t('findings.fields.owners')}</th>
            </tr>
          </thead>
          <tbody>
            {findings.data?.map((f) => (
              <tr key={f.id}>
                <td className="nowrap">{f.number}</td>
                <td className="nowrap">{f.clause}</td>
                <td className="statement">
                  <a className="table__link" href={href('findings', f.id)}>{f.statement}</a>
                  <span className="muted small">{formatDate(f.foundOn, i18n.language)} · {f.auditor || '—'}</span>
                </td>
                <td>
                  <div className="cell-stack">
                    <span>{f.unitName ?? t('findings.noUnit')}</span>
                    <span className="muted small">{f.entityName}</span>
                  </div>
                </td>
                <td><GradeBadge grade={f.grade} /></td>
                <td><StatusBadge status={f.status} /></td>
                <td className="nowrap">
                  <div className="cell-stack">
                    <span>{f.nextDue ? formatDate(f.nextDue, i18n.language) : '—'}</span>
                    {f.overdue && <OverdueBadge />}
                  </div>
                </td>
                <td>{f.owners.join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
