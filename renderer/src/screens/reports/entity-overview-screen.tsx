import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { EntityOverview } from '../../../../shared/domain/reports';
import { sealCheckOf } from '../../../../shared/reports/seal-check';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { EmptyState } from '../../components/empty-state';
import { href, navigate } from '../../shell/router';
import { formatScore, useLocalized } from '../audits/audit-text';
import { ExportReport, ExportReportButton } from './export-report';
import { DimensionChart, UnitScoresChart, YearOnYearChart, ZoneChart } from './overview-charts';
import { SealCheckBadge } from './seal-check-badge';
import { StandingPanel } from '../products/standing-panel';
import './reports.css';

/** One institution for one year: its index, its units ranked, the charts and the Word and Excel exports. */
export function EntityOverviewScreen({ entityId, year }: { entityId: string; year?: number }) {
  const { t } = useTranslation();
  const input = year ? { entityId, year } : { entityId };
  // Derived from audits that other screens change (answers, seals) without refreshing 'reports'
  // queries: read it afresh whenever the screen opens.
  const overview = useQuery({ queryKey: ['reports.entityOverview', input], queryFn: () => call('reports.entityOverview', input), refetchOnMount: 'always' });
  if (overview.error) return <section className="screen"><p role="alert">{errorText(t, overview.error)}</p></section>;
  if (!overview.data) return <section className="screen"><p>{t('app.loading')}</p></section>;
  const o = overview.data;

  return (
    <section className="screen report-overview">
      <a className="back-link" href={href('reports')}>← {t('reports.ui.title')}</a>
      <header className="screen__header">
        <div>
          <h1>{o.entity.name}</h1>
          <p className="screen__subtitle">{[t(`registry.kind.${o.entity.kind}`), o.entity.province].filter(Boolean).join(' · ')}</p>
        </div>
        {o.year !== null && (
          <div className="button-row report-overview__actions">
            <label className="report-overview__year">
              {t('reports.ui.year')}
              <select value={o.year} onChange={(e) => navigate('reports', entityId, e.target.value)}>
                {o.years.map((y) => <option key={y} value={y}>{y}</option>)}
              </select>
            </label>
            <ExportReport
              label={t('reports.ui.export.entityButton')}
              title={t('reports.ui.export.entityTitle', { year: o.year })}
              note={o.drafts ? t('reports.ui.export.entityDraftNote', { n: o.drafts }) : undefined}
              run={(language) => call('reports.exportEntity', { entityId, year: o.year!, language })}
              cancellable
            />
            <ExportReport
              label={t('excel.ui.export')}
              title={t('excel.ui.exportEntityTitle', { year: o.year })}
              run={(language) => call('reports.exportEntityXlsx', { entityId, year: o.year!, language })}
            />
          </div>
        )}
      </header>
      {o.year === null ? <EmptyState title={t('reports.ui.noAudits')} hint={t('reports.ui.noAuditsHint')} /> : <Overview o={o} />}
    </section>
  );
}

function Overview({ o }: { o: EntityOverview }) {
  const { t, i18n } = useTranslation();
  const loc = useLocalized();
  const fmt = (v: number) => formatScore(v, i18n.language);
  const checks = o.units.map((u) => u.signature && sealCheckOf(u.signature));
  const invalid = checks.filter((c) => c === 'invalid').length;
  const unknownSigners = checks.filter((c) => c === 'unknownSigner').length;
  return (
    <>
      <div className="stat-row">
        {o.score !== null && o.zone && (
          <div className="stat">
            <span className="stat__value">{fmt(o.score)}</span>
            <span className="stat__label">{t('reports.ui.entityScore')} <span className={`badge badge--${o.zone}`}>{t(`zone.${o.zone}`)}</span></span>
          </div>
        )}
        {o.band && (
          <div className="stat">
            <span className="stat__value">{o.band.grade ?? '—'}</span>
            <span className="stat__label">{t('reports.ui.grade')}: {loc(o.band.label)}</span>
          </div>
        )}
        <div className="stat">
          <span className="stat__value">{o.units.length}</span>
          <span className="stat__label">{t('reports.ui.unitsAssessed')}</span>
        </div>
      </div>
      {invalid > 0 && <p className="banner report-banner--invalid" role="alert">{t('reports.ui.invalidSealsBanner', { count: invalid })}</p>}
      {unknownSigners > 0 && (
        <p className="banner banner--warning">
          {t('reports.ui.unknownSignersBanner', { count: unknownSigners })} <a href={href('settings')}>{t('reports.ui.settingsLink')}</a>
        </p>
      )}
      {o.drafts > 0 && <p className="banner banner--warning">{t('reports.ui.draftsBanner', { n: o.drafts })}</p>}
      {o.unscorable.length > 0 && <p className="banner banner--warning">{t('reports.ui.unscorableBanner', { units: o.unscorable.map((u) => u.unitName).join(', ') })}</p>}
      {o.unassessed.length > 0 && <p className="banner banner--muted">{t('reports.ui.unassessedBanner', { units: o.unassessed.map((u) => u.unitName).join(', ') })}</p>}
      {o.otherPolicies.length > 0 && (
        <p className="banner banner--muted">
          {t('reports.ui.otherPoliciesBanner', {
            units: o.otherPolicies.map((u) => `${u.unitName} (${t('reports.common.policy', { green: fmt(u.policy.green), yellow: fmt(u.policy.yellow) })})`).join('; '),
          })}
        </p>
      )}
      {o.mixedMethods && <p className="banner banner--muted">{t('reports.ui.mixedMethods')}</p>}
      {o.placeholderWeights && <p className="banner banner--muted" data-testid="overview-placeholder">{t('reports.ui.placeholderWeights')}</p>}
      {o.year !== null && <StandingPanel entityId={o.entity.id} year={o.year} opinion={o.band?.label ?? null} />}

      <UnitScoresChart o={o} />
      <div className="report-overview__grid">
        <ZoneChart o={o} />
        <YearOnYearChart o={o} />
      </div>
      <DimensionChart o={o} />

      <h2>{t('reports.ui.unitsTitle')}</h2>
      <table className="table report-units">
        <thead>
          <tr>
            <th scope="col">{t('reports.ui.rank')}</th>
            <th scope="col">{t('reports.ui.unit')}</th>
            <th scope="col">{t('reports.ui.score')}</th>
            <th scope="col">{t('reports.ui.zone')}</th>
            <th scope="col">{t('reports.ui.grade')}</th>
            <th scope="col">{t('reports.ui.change')}</th>
            <th scope="col">{t('reports.ui.status')}</th>
            <th scope="col">{t('reports.ui.seal')}</th>
            <th scope="col"><span className="visually-hidden">{t('reports.ui.export.auditButton')}</span></th>
          </tr>
        </thead>
        <tbody>
          {o.units.map((u) => (
            <tr key={u.unitId}>
              <td>{u.rank}</td>
              <td className="report-units__unit"><a className="table__link" href={href('audits', u.auditId)} title={t('reports.ui.openAudit')}>{u.unitName}</a></td>
              <td className="report-units__score">{fmt(u.score)}</td>
              <td><span className={`badge badge--${u.zone}`}>{t(`zone.${u.zone}`)}</span></td>
              <td>{u.grade ?? (u.bandLabel ? loc(u.bandLabel) : '—')}</td>
              <td>{u.change === null ? '—' : `${u.change > 0 ? '+' : ''}${fmt(u.change)}`}</td>
              <td>{t(`reports.common.statusShort.${u.status}`)}</td>
              <td className="report-units__seal"><SealCheckBadge signature={u.signature} /></td>
              <td className="table__actions"><ExportReportButton auditId={u.auditId} draft={u.status === 'draft'} small name={u.unitName} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {o.roundedUnitsDiffer && <p className="muted small">{t('reports.ui.roundingNote')}</p>}
    </>
  );
}
