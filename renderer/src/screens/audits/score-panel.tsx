import { useTranslation } from 'react-i18next';
import type { ZonePolicy } from '../../../../shared/domain/zone';
import type { MethodologyTemplate } from '../../../../shared/methodology/template-schema';
import { hasOpinion, type UnitScore } from '../../../../shared/scoring';
import { formatScore, useLocalized } from './audit-text';
import { OpinionPanel } from './opinion-panel';

interface ScorePanelProps {
  template: MethodologyTemplate;
  score: UnitScore;
  policy: ZonePolicy;
  /** Whether the zone is read with the policy kept in the seal rather than the setting. */
  sealedPolicy: boolean;
  officialPolicy: ZonePolicy | null;
  onGroup: (groupIndex: number) => void;
}

/**
 * The live index, its zone under the zone policy (the setting, or the one kept in the seal), the
 * template's official grade beside it, and points per group out of its weight: what the auditor
 * watches while answering. Scores from placeholder weights say so, once.
 */
export function ScorePanel({ template, score, policy, sealedPolicy, officialPolicy, onGroup }: ScorePanelProps) {
  const { t, i18n } = useTranslation();
  const loc = useLocalized();
  const f = (n: number) => formatScore(n, i18n.language);
  // Nothing answered yet: a 0 in the red zone would read like a verdict, so the panel stays neutral.
  const empty = score.progress.answered === 0;
  const zone = empty ? null : score.zone;
  const band = score.band;
  return (
    <section className={zone ? `score score--${zone}` : 'score score--empty'} aria-label={t('audits.score.title')}>
      <div className="score__main">
        <span className="score__label">{t('audits.score.index')}</span>
        <span className="score__value" data-testid="score-value">{zone ? f(score.score) : '—'}</span>
        {zone
          ? <span className={`badge badge--${zone} score__zone`}>{t(`zone.${zone}`)}</span>
          : <span className="badge badge--muted score__zone" data-testid="score-empty">{t(empty ? 'audits.score.empty' : 'audits.score.notScorable')}</span>}
      </div>
      {!zone && <p className="score__hint">{t(empty ? 'audits.score.emptyHint' : 'audits.score.notScorableHint')}</p>}
      <p className="score__policy">{t(sealedPolicy ? 'audits.score.policySealed' : 'audits.score.policy', { green: f(policy.green), yellow: f(policy.yellow) })}</p>
      {/* A method with an opinion (2025) shows it below instead of a grade: its bands are not official. */}
      {band && !hasOpinion(template) && (
        <p className="score__grade">
          <span className="score__grade-label">{t('audits.score.grade')}</span>
          {empty
            ? <span className="badge badge--muted" data-testid="score-grade">—</span>
            : <span className={`badge badge--${band.zone}`} data-testid="score-grade">{band.grade ? `${band.grade} · ${loc(band.label)}` : loc(band.label)}</span>}
          {officialPolicy && <span className="score__official">{t('audits.score.official', { green: f(officialPolicy.green), yellow: f(officialPolicy.yellow) })}</span>}
        </p>
      )}
      {zone && score.placeholderWeights && <p className="score__caveat" data-testid="score-placeholder">{t('audits.score.placeholderWeights')}</p>}
      <OpinionPanel template={template} score={score} empty={empty} />
      <p className="score__progress">
        {t('audits.score.progress', { answered: score.progress.answered, total: score.progress.total, percent: f(score.progress.percent) })}
      </p>
      <ul className="score__groups" aria-label={t('audits.score.groups')}>
        {template.groups.map((g, i) => {
          const gs = score.groups[i]!;
          return (
            <li key={g.id}>
              <button type="button" className="score__group" onClick={() => onGroup(i)}>
                <span className="score__group-name">{loc(g.label)}</span>
                <span className="score__group-points">
                  {gs.applicable ? t('audits.score.points', { points: f(gs.points), weight: f(gs.effectiveWeight) }) : t('audits.answer.na')}
                </span>
                <progress className="meter" value={gs.points} max={gs.effectiveWeight || 1} aria-hidden="true" />
                <span className="score__group-progress">{t('audits.score.answered', { answered: gs.answered, total: gs.total })}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
