import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/format/dates';
import type { FindingFilter } from '../../../../shared/domain/findings';
import { errorText } from '../../api/errors';
import { useApi } from '../../api/queries';
import { EmptyState } from '../../components/empty-state';
import { PageControl } from '../../components/page-control';
import { href } from '../../shell/router';
import { ExportBar } from './export-bar';
import { GradeBadge, OverdueBadge, StatusBadge } from './labels';
import { RegisterFilters } from './register-filters';

/** Rows per page: a province holds thousands of findings, and the register asks only for those it shows. */
const PAGE = 50;

/** The findings register: filters, search, one page of the list, and CSV and Word exports of every match. */
export function RegisterScreen({ filter, page, onFilter, onPage }: {
  filter: FindingFilter;
  page: number;
  onFilter: (f: FindingFilter) => void;
  onPage: (page: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const findings = useApi('findings.list', { ...filter, limit: PAGE, offset: page * PAGE });
  // Counted apart from the page, so turning a page asks for its rows only.
  const total = useApi('findings.count', filter).data;
  const lastPage = total === undefined ? page : Math.max(0, Math.ceil(total / PAGE) - 1);
  // Findings can leave the filter while their page is away (a status changed on the finding's screen).
  useEffect(() => {
    if (page > lastPage) onPage(lastPage);
  }, [page, lastPage, onPage]);
  // The control sits under 50 rows: a new page is read from its top, where the count is.
  const top = useRef<HTMLDivElement>(null);
  const turn = (next: number) => {
    onPage(next);
    top.current?.scrollIntoView({ block: 'start' });
  };
  const filtered = Object.entries(filter).some(([k, v]) => (k === 'search' ? v !== '' : k === 'overdueOnly' ? v : v !== undefined));

  return (
    <>
      <RegisterFilters filter={filter} onChange={onFilter} />
      <div className="register-summary" ref={top}>
        <span className="muted" role="status">{total !== undefined ? t('findings.list.count', { count: total }) : t('app.loading')}</span>
        <ExportBar filter={filter} disabled={!total} />
      </div>
      {findings.error && <p role="alert" className="form-error">{errorText(t, findings.error)}</p>}
      {total === 0 ? (
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
      {total !== undefined && total > PAGE && (
        <PageControl label={t('findings.list.pages')} page={page} hasNext={page < lastPage} onPage={turn}>
          {t('findings.list.range', { from: page * PAGE + 1, to: Math.min(total, (page + 1) * PAGE), total })}
        </PageControl>
      )}
    </>
  );
}
