import { useTranslation } from 'react-i18next';
import type { MethodologyTemplate } from '../../../../shared/methodology/template-schema';
import type { PathToTarget, TargetPlan } from '../../../../shared/scoring';
import { formatScore, useLocalized } from './audit-text';

/**
 * "Which items would move the unit into the next zone" (user-needs.md): for an unsealed audit,
 * the items to bring to the top of their scale, with the points each adds, to the next zone and
 * to green. Clicking an item opens it in the checklist.
 */
export function PathPanel({ template, path, onItem }: { template: MethodologyTemplate; path: PathToTarget; onItem: (itemId: string) => void }) {
  const { t } = useTranslation();
  if (path.zone === 'green') {
    return (
      <section className="path" aria-label={t('audits.path.title')}>
        <h2>{t('audits.path.title')}</h2>
        <p className="muted small">{t('audits.path.green')}</p>
      </section>
    );
  }
  // From red there are two targets (yellow, then green); from yellow the next zone is green.
  const plans = (path.zone === 'red' ? [path.nextZone, path.green] : [path.nextZone]).filter((p): p is TargetPlan => p !== null);
  return (
    <section className="path" aria-label={t('audits.path.title')}>
      <h2>{t('audits.path.title')}</h2>
      {plans.map((plan) => <Plan key={plan.zone} template={template} plan={plan} onItem={onItem} />)}
    </section>
  );
}

function Plan({ template, plan, onItem }: { template: MethodologyTemplate; plan: TargetPlan; onItem: (itemId: string) => void }) {
  const { t, i18n } = useTranslation();
  const loc = useLocalized();
  const f = (n: number) => formatScore(n, i18n.language);
  const labels = new Map(template.groups.flatMap((g) => g.items.map((i) => [i.id, loc(i.label)] as const)));
  return (
    <div className="path__plan">
      <h3>
        <span className={`badge badge--${plan.zone}`}>{t(`zone.${plan.zone}`)}</span> {t('audits.path.target', { target: f(plan.target) })}
      </h3>
      <p className="muted small">
        {plan.reachable
          ? t('audits.path.summary', { count: plan.steps.length, answers: plan.cost, score: f(plan.scoreAfter) })
          : t('audits.path.unreachable', { score: f(plan.scoreAfter) })}
      </p>
      <ol className="path__steps">
        {plan.steps.map((s) => (
          <li key={s.itemId}>
            <button type="button" className="path__step" onClick={() => onItem(s.itemId)}>
              <span className="item__code">{s.itemId}</span>
              <span className="path__label">{labels.get(s.itemId)}</span>
              <span className="path__points">+{f(s.points)}</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
