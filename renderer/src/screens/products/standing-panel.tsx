import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../../shared/methodology/template-schema';
import { formatDate } from '../../../../shared/format/dates';
import { qualifiedOpinion, TANPA_MALADMINISTRASI } from '../../../../shared/opini/maladministration';
import { errorText } from '../../api/errors';
import { useApi } from '../../api/queries';
import { href } from '../../shell/router';

/**
 * The entity's follow-up of Ombudsman products for a year, and the opinion as it reads with the
 * "Tanpa Maladministrasi" qualifier (shared/opini/maladministration.ts decides); the products that
 * stand in the way are named, each a link. `opinion` is the opinion label without the qualifier.
 */
export function StandingPanel({ entityId, year, opinion }: { entityId: string; year: number; opinion: LocalizedText | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const standing = useApi('ombudsman.standing', { entityId, year });
  if (standing.error) return <p role="alert">{errorText(t, standing.error)}</p>;
  const s = standing.data;
  if (!s) return null;
  const words = (s.qualifier ?? TANPA_MALADMINISTRASI)[lang];
  const label = opinion && qualifiedOpinion(opinion, s)[lang];
  return (
    <section className={`panel standing standing--${s.verdict}`} aria-label={t('ombudsman.standing.title')} data-testid="ombudsman-standing">
      <div className="panel__header">
        <h2>{t('ombudsman.standing.title')}</h2>
        <a className="button button--small" href={href('ombudsman', 'entity', entityId)}>{t('ombudsman.openRegister')}</a>
      </div>
      {label && (
        <p>
          {t('ombudsman.standing.opinion')}: <span className="opinion-label" data-testid="entity-opinion">{label}</span>
        </p>
      )}
      {s.verdict === 'qualifies' && <p>{t('ombudsman.standing.qualifies', { count: s.counted, year })}</p>}
      {s.verdict === 'noProducts' && <p>{t('ombudsman.standing.noProducts', { year, qualifier: words })}</p>}
      {s.verdict === 'blocked' && (
        <>
          <p>{t('ombudsman.standing.blocked', { open: s.blocking.length, count: s.counted, year, qualifier: words })}</p>
          <ul className="standing__list" aria-label={t('ombudsman.report.blockingTitle')}>
            {s.blocking.map((p) => (
              <li key={p.id}>
                <a className="table__link" href={href('ombudsman', p.id)}>
                  {t('ombudsman.standing.blockingItem', {
                    kind: t(`ombudsman.kind.${p.kind}`), number: p.number, unit: p.unitName ?? t('ombudsman.noUnit'),
                    status: t(`ombudsman.status.${p.status}`), due: formatDate(p.dueOn, lang),
                  })}
                </a>
                {p.overdue && <span className="badge badge--red">{t('ombudsman.list.overdue')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {!s.qualifier && <p className="muted small">{t('ombudsman.standing.noQualifier', { qualifier: words })}</p>}
      <p className="muted small">{t('ombudsman.standing.rule', { year })}</p>
    </section>
  );
}
