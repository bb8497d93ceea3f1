import { useTranslation } from 'react-i18next';
import type { MethodologyTemplate } from '../../../../shared/methodology/template-schema';
import type { UnitScore } from '../../../../shared/scoring';
import { formatScore, useLocalized } from './audit-text';
import './survey-grid.css';

/**
 * The 2025 opinion beside the zone (the zone is the city's target, the opinion the Ombudsman's
 * verdict: both shown, never mixed), and the internal and public blocks side by side, so a unit
 * strong on its own indicators and weak on public trust sees both. Inferred bands and the
 * placeholder split of the 70 points are said here, where they count.
 */
export function OpinionPanel({ template, score, empty }: { template: MethodologyTemplate; score: UnitScore; empty: boolean }) {
  const { t, i18n } = useTranslation();
  const loc = useLocalized();
  const f = (n: number) => formatScore(n, i18n.language);
  if (score.blocks.length === 0 && !score.opinion) return null;
  const opinion = empty ? null : score.opinion;
  const placeholderBlock = template.blocks?.find((b) => b.groups.length > 1 && template.groups.some((g) => b.groups.includes(g.id) && !g.source.official));
  return (
    <div className="opinion" data-testid="opinion-panel">
      <p className="score__grade">
        <span className="score__grade-label">{t('audits.opinion.title')}</span>
        <span className={opinion ? `badge badge--${opinion.band.zone}` : 'badge badge--muted'} data-testid="opinion-label">
          {opinion ? `${loc(opinion.label)} · ${loc(opinion.quality)}` : '—'}
        </span>
      </p>
      {opinion && !opinion.officialBand && <p className="score__caveat" data-testid="opinion-inferred">{t('audits.opinion.inferred')}</p>}
      {template.qualifier && <p className="score__official">{t('audits.opinion.qualifier', { qualifier: loc(template.qualifier.label) })}</p>}
      {score.blocks.length > 0 && (
        <ul className="opinion__blocks" aria-label={t('audits.opinion.blocks')}>
          {score.blocks.map((b) => {
            const block = template.blocks!.find((x) => x.id === b.blockId)!;
            return (
              <li key={b.blockId} className={`opinion__block opinion__block--${b.side}`} data-testid={`block-${b.blockId}`}>
                <span className="score__group-name">{loc(block.label)}</span>
                <span className="score__group-points">{t('audits.opinion.block', { points: f(b.points), weight: f(b.effectiveWeight), percent: f(b.percent) })}</span>
                <progress className="meter" value={b.points} max={b.effectiveWeight || 1} aria-hidden="true" />
              </li>
            );
          })}
        </ul>
      )}
      {placeholderBlock && <p className="score__caveat" data-testid="split-placeholder">{t('audits.opinion.split', { weight: f(placeholderBlock.weight) })}</p>}
    </div>
  );
}
