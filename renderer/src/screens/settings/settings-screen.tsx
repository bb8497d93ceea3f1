import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, settingsSchema, type Settings } from '../../../../shared/domain/settings';
import { toIssues } from '../../../../shared/contract/zod-issues';
import { errorIssues, errorText, issuesByField } from '../../api/errors';
import { useApi, useApiMutation } from '../../api/queries';
import { Field } from '../../components/field';
import { useNotice } from '../../components/notice';
import { href } from '../../shell/router';
import { AgencyFields, AuditorFields } from '../first-run/identity-fields';
import { BackupsPanel } from './backups-panel';
import { DevicesPanel } from './devices-panel';
import { ReportLayoutPanel } from './report-layout-panel';
import { TemplatesPanel } from './templates-panel';

/** Preferences: language, auditor identity, report branding, zone policy. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const settings = useApi('settings.get', {});
  const info = useApi('app.info', {});
  if (!settings.data) return <section className="screen"><p>{t('app.loading')}</p></section>;
  return (
    <section className="screen screen--narrow">
      <header className="screen__header">
        <div>
          <h1>{t('settings.title')}</h1>
          <p className="screen__subtitle">{t('settings.subtitle')}</p>
        </div>
      </header>
      <SettingsForm initial={settings.data} />
      <ReportLayoutPanel settings={settings.data} />
      <TemplatesPanel />
      <DevicesPanel />
      <BackupsPanel settings={settings.data} />
      {info.data && (
        <p className="muted small">{t('settings.dataLocation')}: <code>{info.data.dataDir}</code></p>
      )}
    </section>
  );
}

function SettingsForm({ initial }: { initial: Settings }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const update = useApiMutation('settings.update', ['settings']);
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors({});
  };

  // The language applies (and is stored) the moment it is picked, like in any desktop app;
  // the rest of the form waits for Save.
  async function changeLanguage(language: Settings['language']) {
    set('language', language);
    try {
      await update.mutateAsync({ language });
    } catch (error) {
      notice(errorText(t, error), 'error');
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const parsed = settingsSchema.safeParse(draft);
    if (!parsed.success) return setErrors(issuesByField(t, toIssues(parsed.error)));
    try {
      // The backup settings are the Backups panel's: saving them from this older draft would undo its changes.
      // So are the report layout's (ReportLayoutPanel).
      const { backupKeep: _keep, backupWarnDays: _warn, letterheadParent: _p, documentNumberPattern: _n, reportCoverText: _c, reportClosingText: _cl, ...own } = parsed.data;
      await update.mutateAsync(own);
      notice(t('settings.saved'));
    } catch (error) {
      const issues = errorIssues(error);
      if (issues.length) setErrors(issuesByField(t, issues));
      else notice(errorText(t, error), 'error');
    }
  }

  const zoneError = errors['zonePolicy.yellow'] ?? errors['zonePolicy.green'] ?? errors.zonePolicy;
  return (
    <form className="panel form-grid" onSubmit={save} noValidate>
      <Field label={t('settings.language')} hint={t('settings.languageHint')}>
        {(p) => (
          <select {...p} value={draft.language} onChange={(e) => void changeLanguage(e.target.value as Settings['language'])}>
            {LANGUAGES.map((l) => <option key={l} value={l}>{t(`settings.languages.${l}`)}</option>)}
          </select>
        )}
      </Field>

      <h2>{t('settings.auditor')}</h2>
      <AuditorFields draft={draft} errors={errors} set={set} />

      <h2>{t('settings.institution')}</h2>
      <AgencyFields draft={draft} errors={errors} set={set} />
      <p className="muted small">{t('settings.guideHint')} <a href={href('home', 'setup')}>{t('settings.openGuide')}</a></p>

      <h2>{t('settings.zonePolicy')}</h2>
      <p className="muted small">{t('settings.zonePolicyHint')}</p>
      <div className="inline-fields">
        <Field label={t('settings.greenFrom')} error={zoneError}>
          {(p) => <input {...p} type="number" step="0.01" min={0} max={100} value={draft.zonePolicy.green} onChange={(e) => set('zonePolicy', { ...draft.zonePolicy, green: e.target.valueAsNumber })} />}
        </Field>
        <Field label={t('settings.yellowFrom')}>
          {(p) => <input {...p} type="number" step="0.01" min={0} max={100} value={draft.zonePolicy.yellow} onChange={(e) => set('zonePolicy', { ...draft.zonePolicy, yellow: e.target.valueAsNumber })} />}
        </Field>
      </div>
      <Field label={t('settings.dueSoonDays')} error={errors.dueSoonDays}>
        {(p) => <input {...p} type="number" min={1} max={365} value={draft.dueSoonDays} onChange={(e) => set('dueSoonDays', e.target.valueAsNumber)} />}
      </Field>

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={update.isPending}>{t('actions.save')}</button>
      </div>
    </form>
  );
}
