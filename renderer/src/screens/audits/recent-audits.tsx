import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/queries';
import { href } from '../../shell/router';
import { formatScore } from './audit-text';
import './audits.css';

const SHOWN = 5;

/** For the home screen: the audits worked on last, to pick up where the auditor left off. */
export function RecentAudits() {
  const { t, i18n } = useTranslation();
  // Only the rows shown: a province's laptop holds thousands of audits.
  const audits = useApi('audits.list', { order: 'updated', limit: SHOWN });
  // Nothing to resume before the first audit is started.
  if (!audits.data?.length) return null;
  const recent = audits.data;
  return (
    <section className="panel home-audits" aria-label={t('audits.home.title')}>
      <div className="panel__header">
        <h2>{t('audits.home.title')}</h2>
        <a href={href('audits')}>{t('audits.home.all')}</a>
      </div>
      <ul className="list">
        {recent.map((a) => (
          <li key={a.id} className="list__item">
            <a className="list__main home-audits__link" href={href('audits', a.id)}>
              <span className="list__title">{a.unitName}</span>
              <span className="list__meta">{a.entityName} · {a.period.year}{a.period.label ? ` ${a.period.label}` : ''} · {t(`audits.status.${a.status}`)}</span>
            </a>
            {/* Nothing answered yet: a 0 in the red zone would read like a verdict (as on the checklist). */}
            {a.progress === 0 ? (
              <>
                <span className="home-audits__score">—</span>
                <span className="badge badge--muted">{t('audits.score.empty')}</span>
              </>
            ) : a.zone ? (
              <>
                <span className="home-audits__score">{formatScore(a.score, i18n.language)}</span>
                <span className={`badge badge--${a.zone}`}>{t(`zone.${a.zone}`)}</span>
              </>
            ) : <span className="badge badge--muted">{t('audits.list.notScorable')}</span>}
          </li>
        ))}
      </ul>
      {recent.some((a) => a.template.placeholderWeights) && <p className="muted small">{t('audits.list.placeholderWeights')}</p>}
    </section>
  );
}
