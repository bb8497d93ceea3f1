import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditSummary } from '../../../../shared/domain/audit';
import type { Settings } from '../../../../shared/domain/settings';
import { href } from '../../shell/router';
import { guideSkipped, isFreshInstall, skipGuide } from '../first-run/guide-state';

interface NextStepProps {
  settings: Settings;
  entityCount: number;
  unitCount: number;
  audits: AuditSummary[];
}

interface Step {
  kind: string;
  title: string;
  body: string;
  action: { label: string; to: string };
  skippable?: boolean;
}

/**
 * The one thing worth doing next, in the order a new auditor meets them: say who audits, fill the
 * registry, start an audit, then carry on with the one worked on last.
 */
export function NextStep({ settings, entityCount, unitCount, audits }: NextStepProps) {
  const { t } = useTranslation();
  const [skipped, setSkipped] = useState(guideSkipped);
  const step = pickStep();
  function pickStep(): Step {
    const setup = { label: '', to: href('home', 'setup') };
    if (!skipped && isFreshInstall(settings.auditorName, entityCount)) {
      return { kind: 'setup', title: t('home.next.setupTitle'), body: t('home.next.setupBody'), action: { ...setup, label: t('home.next.setupAction') }, skippable: true };
    }
    if (!skipped && (!settings.auditorName.trim() || !settings.institutionName.trim())) {
      return { kind: 'identity', title: t('home.next.identityTitle'), body: t('home.next.identityBody'), action: { ...setup, label: t('home.next.identityAction') }, skippable: true };
    }
    if (entityCount === 0) {
      return { kind: 'registry', title: t('home.next.registryTitle'), body: t('home.next.registryBody'), action: { label: t('home.next.registryAction'), to: href('registry') } };
    }
    const start = { label: t('home.next.startAction'), to: href('audits', 'new') };
    if (audits.length === 0) {
      return { kind: 'start', title: t('home.next.startTitle'), body: t('home.next.startBody', { entities: entityCount, units: unitCount }), action: start };
    }
    const draft = audits.filter((a) => a.status === 'draft' && !a.voidedAt).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
    if (!draft) return { kind: 'another', title: t('home.next.anotherTitle'), body: t('home.next.anotherBody'), action: start };
    const period = `${draft.period.year}${draft.period.label ? ` ${draft.period.label}` : ''}`;
    return {
      kind: 'continue',
      title: t('home.next.continueTitle', { unit: draft.unitName }),
      body: t('home.next.continueBody', { entity: draft.entityName, period, progress: Math.round(draft.progress) }),
      action: { label: t('home.next.continueAction'), to: href('audits', draft.id) },
    };
  }

  return (
    <section className={`panel next-step next-step--${step.kind}`} aria-labelledby="next-step-title">
      <p className="next-step__label">{t('home.nextStep')}</p>
      <h2 id="next-step-title">{step.title}</h2>
      <p>{step.body}</p>
      <div className="button-row">
        <a className="button button--primary" href={step.action.to}>{step.action.label}</a>
        {step.skippable && (
          <button type="button" className="button button--ghost" onClick={() => { skipGuide(); setSkipped(true); }}>{t('home.skip')}</button>
        )}
      </div>
    </section>
  );
}
