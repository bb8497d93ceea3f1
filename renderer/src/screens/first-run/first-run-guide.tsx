import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toIssues } from '../../../../shared/contract/zod-issues';
import { LANGUAGES, settingsPatchSchema, type Language, type Settings } from '../../../../shared/domain/settings';
import { errorIssues, errorText, issuesByField } from '../../api/errors';
import { useApi, useApiMutation } from '../../api/queries';
import { useNotice } from '../../components/notice';
import { href, navigate } from '../../shell/router';
import { AGENCY_KEYS, AUDITOR_KEYS, AgencyFields, AuditorFields, type IdentityDraft } from './identity-fields';
import { skipGuide } from './guide-state';
import './first-run.css';

const STEPS = ['language', 'auditor', 'agency', 'registry'] as const;
type Step = (typeof STEPS)[number];

/**
 * A fresh install's four steps: language, the auditor, the agency's letterhead, then the registry.
 * Each step is saved when the user moves on, so leaving halfway keeps what was entered.
 */
export function FirstRunGuide() {
  const { t } = useTranslation();
  const settings = useApi('settings.get', {});
  if (!settings.data) return <section className="screen"><p>{t('app.loading')}</p></section>;
  return <Guide initial={settings.data} />;
}

function Guide({ initial }: { initial: Settings }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const update = useApiMutation('settings.update', ['settings']);
  const [step, setStep] = useState<Step>('language');
  const [draft, setDraft] = useState<IdentityDraft>(initial);
  const [language, setLanguage] = useState<Language>(initial.language);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const at = STEPS.indexOf(step);

  // Each step starts with its heading focused, so a screen reader says where the user is.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [step]);

  const set = <K extends keyof IdentityDraft>(key: K, value: IdentityDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => ({ ...e, [key]: '' }));
  };

  async function chooseLanguage(next: Language) {
    setLanguage(next);
    try {
      await update.mutateAsync({ language: next });
    } catch (error) {
      notice(errorText(t, error), 'error');
    }
  }

  /** Saves the step's own fields (checked by the schema main uses), then moves on. */
  async function saveAndGo(keys: readonly (keyof IdentityDraft)[], to: Step) {
    const patch = Object.fromEntries(keys.map((k) => [k, draft[k]]));
    const parsed = settingsPatchSchema.safeParse(patch);
    if (!parsed.success) return setErrors(issuesByField(t, toIssues(parsed.error)));
    try {
      await update.mutateAsync(parsed.data);
      setErrors({});
      setStep(to);
    } catch (error) {
      const issues = errorIssues(error);
      if (issues.length) setErrors(issuesByField(t, issues));
      else notice(errorText(t, error), 'error');
    }
  }

  const next = () => {
    if (step === 'language') setStep('auditor');
    else if (step === 'auditor') void saveAndGo(AUDITOR_KEYS, 'agency');
    else if (step === 'agency') void saveAndGo(AGENCY_KEYS, 'registry');
  };
  const skip = () => {
    skipGuide();
    navigate('home');
  };

  return (
    <section className="screen screen--narrow first-run">
      <header className="screen__header">
        <div>
          <h1>{t('firstRun.title')}</h1>
          <p className="screen__subtitle">{t('firstRun.intro')}</p>
        </div>
        <button type="button" className="button button--ghost" onClick={skip}>{t('firstRun.skip')}</button>
      </header>

      <ol className="first-run__steps" aria-label={t('firstRun.steps')}>
        {STEPS.map((s, i) => (
          <li key={s} className={i < at ? 'first-run__step--done' : i === at ? 'first-run__step--current' : undefined} aria-current={i === at ? 'step' : undefined}>
            <span className="first-run__number" aria-hidden="true">{i < at ? '✓' : i + 1}</span> {t(`firstRun.${s}.title`)}
          </li>
        ))}
      </ol>

      <form
        className="panel form-grid first-run__panel"
        noValidate
        aria-labelledby="first-run-step"
        onSubmit={(e) => {
          e.preventDefault();
          next();
        }}
      >
        <p className="muted small">{t('firstRun.stepOf', { n: at + 1, total: STEPS.length })}</p>
        <h2 id="first-run-step" ref={heading} tabIndex={-1}>{t(`firstRun.${step}.title`)}</h2>
        <p>{t(`firstRun.${step}.body`)}</p>

        {step === 'language' && (
          <fieldset className="first-run__languages">
            <legend className="visually-hidden">{t('settings.language')}</legend>
            {LANGUAGES.map((l) => (
              <label key={l} className="first-run__choice">
                <input type="radio" name="language" value={l} checked={language === l} onChange={() => void chooseLanguage(l)} />
                {t(`settings.languages.${l}`)}
              </label>
            ))}
          </fieldset>
        )}
        {step === 'auditor' && <AuditorFields draft={draft} errors={errors} set={set} />}
        {step === 'agency' && <AgencyFields draft={draft} errors={errors} set={set} />}
        {step === 'registry' && (
          <p className="first-run__summary">
            {t('firstRun.registry.summary', {
              name: draft.auditorName || t('firstRun.noName'),
              nip: draft.auditorNip ? t('firstRun.nipShown', { nip: draft.auditorNip }) : '',
              institution: draft.institutionName || t('firstRun.noInstitution'),
            })}
          </p>
        )}

        <div className="form-actions">
          {at > 0 && <button type="button" className="button button--ghost" onClick={() => setStep(STEPS[at - 1]!)}>{t('firstRun.back')}</button>}
          {step === 'registry' ? (
            <>
              <a className="button" href={href('home')}>{t('firstRun.toHome')}</a>
              <a className="button button--primary" href={href('registry')}>{t('firstRun.registry.open')}</a>
            </>
          ) : (
            <button type="submit" className="button button--primary" disabled={update.isPending}>{t('firstRun.next')}</button>
          )}
        </div>
      </form>
    </section>
  );
}
