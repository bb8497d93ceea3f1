import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/format/dates';
import { titleOf } from '../../../../shared/iso/clauses';
import { useApi } from '../../api/queries';
import { Field } from '../../components/field';
import { CountChart } from './dashboard-charts';
import { DueList } from './due-list';
import { GRADE_COLORS, STATUS_COLORS } from './labels';

/** The quality manager's view: what is open, how old, and which actions are late or due soon. */
export function DashboardScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const [entityId, setEntityId] = useState('');
  const settings = useApi('settings.get', {});
  const entities = useApi('entities.list', { search: '', includeArchived: true });
  const days = settings.data?.dueSoonDays;
  const dashboard = useApi('findings.dashboard', { ...(entityId ? { entityId } : {}), ...(days ? { dueSoonDays: days } : {}) }, !!days);
  const d = dashboard.data;
  if (!d) return <p>{t('app.loading')}</p>;
  const count = t('findings.dashboard.count');

  return (
    <>
      <div className="register-summary">
        <p className="muted">{t('findings.dashboard.subtitle', { date: formatDate(d.today, i18n.language) })}</p>
        <Field label={t('findings.fields.entity')}>
          {(p) => (
            <select {...p} value={entityId} onChange={(e) => setEntityId(e.target.value)}>
              <option value="">{t('findings.filters.allEntities')}</option>
              {entities.data?.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
            </select>
          )}
        </Field>
      </div>
      <div className="stat-row">
        <Stat value={d.totals.open} label={t('findings.dashboard.totalOpen')} />
        <Stat value={d.totals.overdue} label={t('findings.dashboard.totalOverdue')} alert={d.totals.overdue > 0} />
        <Stat value={d.totals.dueSoon} label={t('findings.dashboard.totalDueSoon', { days: d.dueSoonDays })} />
        <Stat value={d.totals.closed} label={t('findings.dashboard.totalClosed')} />
      </div>

      <div className="dashboard-grid">
        <section className="panel" aria-label={t('findings.dashboard.overdueTitle')}>
          <h2 className="panel__header">{t('findings.dashboard.overdueTitle')}</h2>
          <DueList items={d.overdue} label={t('findings.dashboard.overdueTitle')} empty={t('findings.dashboard.noOverdue')} late />
        </section>
        <section className="panel" aria-label={t('findings.dashboard.dueSoonTitle', { days: d.dueSoonDays })}>
          <h2 className="panel__header">{t('findings.dashboard.dueSoonTitle', { days: d.dueSoonDays })}</h2>
          <DueList items={d.dueSoon} label={t('findings.dashboard.dueSoonTitle', { days: d.dueSoonDays })} empty={t('findings.dashboard.noDueSoon')} late={false} />
          <p className="muted small">{t('findings.dashboard.dueSoonSetting')}</p>
        </section>
      </div>

      <div className="dashboard-grid">
        <div className="panel chart-panel">
          {d.openByClause.length ? (
            <CountChart
              title={t('findings.dashboard.byClause')}
              horizontal
              itemLabel={t('findings.fields.clause')}
              countLabel={count}
              data={d.openByClause.map((c) => ({ label: `${c.clause} ${titleOf(c.clause, lang)}`, count: c.count, color: '#b42318' }))}
            />
          ) : (
            <>
              <p className="chart-panel__title">{t('findings.dashboard.byClause')}</p>
              <p className="muted">{t('findings.dashboard.noOpen')}</p>
            </>
          )}
        </div>
        <div className="panel chart-panel">
          <CountChart
            horizontal
            title={t('findings.dashboard.byGrade')}
            itemLabel={t('findings.fields.grade')}
            countLabel={count}
            data={d.openByGrade.map((g) => ({ label: t(`findings.grade.${g.grade}`), count: g.count, color: GRADE_COLORS[g.grade] }))}
          />
        </div>
        <div className="panel chart-panel">
          <CountChart
            horizontal
            title={t('findings.dashboard.byStatus')}
            itemLabel={t('findings.fields.status')}
            countLabel={count}
            data={d.byStatus.map((s) => ({ label: t(`findings.status.${s.status}`), count: s.count, color: STATUS_COLORS[s.status] }))}
          />
        </div>
        <div className="panel chart-panel">
          <CountChart
            title={t('findings.dashboard.aging')}
            itemLabel={t('findings.csv.ageDays')}
            countLabel={count}
            data={d.aging.map((a) => ({ label: t('findings.dashboard.agingBucket', { bucket: a.bucket }), count: a.count, color: '#5d6776' }))}
          />
        </div>
      </div>
    </>
  );
}

function Stat({ value, label, alert }: { value: number; label: string; alert?: boolean }) {
  return (
    <div className={`stat${alert ? ' stat--alert' : ''}`}>
      <span className="stat__value">{value}</span>
      <span className="stat__label">{label}</span>
    </div>
  );
}
