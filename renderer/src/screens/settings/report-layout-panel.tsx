import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toIssues } from '../../../../shared/contract/zod-issues';
import { settingsSchema, type Settings } from '../../../../shared/domain/settings';
import { formatDate } from '../../../../shared/format/dates';
import { documentNumber } from '../../../../shared/reports/document-number';
import { errorIssues, errorText, issuesByField } from '../../api/errors';
import { useApiMutation } from '../../api/queries';
import { Field } from '../../components/field';
import { useNotice } from '../../components/notice';
import { todayIso } from '../audits/audit-text';
import './report-layout.css';

/** The settings this panel owns; the identity section (name, logo, address, contacts, city) keeps its own. */
export const REPORT_LAYOUT_KEYS = ['letterheadParent', 'documentNumberPattern', 'reportCoverText', 'reportClosingText'] as const;
type LayoutKey = (typeof REPORT_LAYOUT_KEYS)[number];
type Layout = Pick<Settings, LayoutKey>;
const layoutSchema = settingsSchema.pick({ letterheadParent: true, documentNumberPattern: true, reportCoverText: true, reportClosingText: true });

/**
 * Settings → report layout: the letterhead's first line, the number pattern, and the cover and
 * closing texts of the Word reports, with a preview of the cover's top and of the sign-off as
 * the report prints them, so an Inspektorat and an Ombudsman office can each issue their own form.
 */
export function ReportLayoutPanel({ settings }: { settings: Settings }) {
  const { t, i18n } = useTranslation();
  const notice = useNotice();
  const update = useApiMutation('settings.update', ['settings']);
  const [draft, setDraft] = useState<Layout>(() => Object.fromEntries(REPORT_LAYOUT_KEYS.map((k) => [k, settings[k]])) as Layout);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: LayoutKey, value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors(({ [key]: _gone, ...rest }) => rest);
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    const parsed = layoutSchema.safeParse(draft);
    if (!parsed.success) return setErrors(issuesByField(t, toIssues(parsed.error)));
    try {
      await update.mutateAsync(parsed.data);
      notice(t('settings.reportLayout.saved'));
    } catch (error) {
      const issues = errorIssues(error);
      if (issues.length) setErrors(issuesByField(t, issues));
      else notice(errorText(t, error), 'error');
    }
  }

  return (
    <section className="panel report-layout" aria-labelledby="report-layout-title">
      <h2 id="report-layout-title">{t('settings.reportLayout.title')}</h2>
      <p className="muted small">{t('settings.reportLayout.intro')}</p>
      <div className="report-layout__grid">
        <form className="form-grid" onSubmit={save} noValidate>
          <Field label={t('settings.reportLayout.parent')} hint={t('settings.reportLayout.parentHint')} error={errors.letterheadParent}>
            {(p) => <input {...p} value={draft.letterheadParent} onChange={(e) => set('letterheadParent', e.target.value)} />}
          </Field>
          <Field label={t('settings.reportLayout.numberPattern')} hint={t('settings.reportLayout.numberHint')} error={errors.documentNumberPattern}>
            {(p) => <input {...p} value={draft.documentNumberPattern} onChange={(e) => set('documentNumberPattern', e.target.value)} />}
          </Field>
          <Field label={t('settings.reportLayout.coverText')} hint={t('settings.reportLayout.coverHint')} error={errors.reportCoverText}>
            {(p) => <textarea {...p} rows={3} value={draft.reportCoverText} onChange={(e) => set('reportCoverText', e.target.value)} />}
          </Field>
          <Field label={t('settings.reportLayout.closingText')} hint={t('settings.reportLayout.closingHint')} error={errors.reportClosingText}>
            {(p) => <textarea {...p} rows={3} value={draft.reportClosingText} placeholder={t('reports.common.closing')} onChange={(e) => set('reportClosingText', e.target.value)} />}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={update.isPending}>{t('settings.reportLayout.save')}</button>
          </div>
        </form>
        <ReportPreview settings={{ ...settings, ...draft }} language={i18n.language} />
      </div>
    </section>
  );
}

/** The cover's top and the sign-off in HTML, from the same settings and number rule the Word report uses. */
function ReportPreview({ settings: s, language }: { settings: Settings; language: string }) {
  const { t } = useTranslation();
  const today = todayIso();
  const date = formatDate(today, language);
  return (
    <figure className="report-preview" aria-label={t('settings.reportLayout.preview')}>
      <figcaption className="muted small">{t('settings.reportLayout.preview')}</figcaption>
      <div className="report-preview__page" data-testid="report-preview">
        <div className="kop">
          {s.institutionLogo ? <img className="kop__logo" src={s.institutionLogo} alt="" /> : <span className="kop__logo" aria-hidden="true" />}
          <div className="kop__text">
            {s.letterheadParent && <p className="kop__parent">{s.letterheadParent.toLocaleUpperCase('id-ID')}</p>}
            <p className="kop__name">{(s.institutionName || t('settings.reportLayout.noName')).toLocaleUpperCase('id-ID')}</p>
            {s.institutionAddress && <p className="kop__line">{s.institutionAddress}</p>}
            {s.institutionContact && <p className="kop__line">{s.institutionContact}</p>}
          </div>
          <span className="kop__logo" aria-hidden="true" />
        </div>
        <hr className="kop__rule" />
        {s.documentNumberPattern && <p className="report-preview__number">{t('reports.common.number')}: {documentNumber(s.documentNumberPattern, today)}</p>}
        <p className="report-preview__title">{t('reports.audit.title')}</p>
        {s.reportCoverText && <p className="report-preview__cover">{s.reportCoverText}</p>}
        <div className="report-preview__cut" aria-hidden="true">⋯</div>
        <p className="report-preview__closing">{s.reportClosingText || t('reports.common.closing')}</p>
        <p className="report-preview__place">{s.institutionPlace ? `${s.institutionPlace}, ${date}` : date}</p>
        <div className="report-preview__signs">
          <div>
            <strong>{t('reports.common.signRepresentative')}</strong>
            <span className="muted small">{t('reports.common.stampHint')}</span>
            <span className="report-preview__room" />
            <u>{t('settings.reportLayout.sampleName')}</u>
            <span>{t('reports.common.noNip')}</span>
          </div>
          <div>
            <strong>{t('reports.common.signLead')}</strong>
            <span>{s.auditorPosition}</span>
            <span className="report-preview__room" />
            <u>{s.auditorName || t('settings.reportLayout.sampleName')}</u>
            <span>{s.auditorNip ? `NIP. ${s.auditorNip}` : t('reports.common.noNip')}</span>
          </div>
        </div>
      </div>
    </figure>
  );
}
