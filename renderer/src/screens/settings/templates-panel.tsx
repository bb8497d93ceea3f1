import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../../shared/contract';
import { MAX_XLSX_BYTES } from '../../../../shared/contract/excel';
import type { TemplateSummary } from '../../../../shared/domain/templates';
import { call } from '../../api/client';
import { errorIssues, errorText, tKey } from '../../api/errors';
import { useApi, useApiMutation } from '../../api/queries';
import { useNotice } from '../../components/notice';
import { base64Of } from '../packages/upload-package';

/**
 * Methodology templates on this laptop: the built-ins and imported versions, each exportable as
 * JSON; a template file (JSON, or an Excel workbook: docs/template-xlsx.md) is imported whole or
 * not at all, with every problem listed (a workbook's by sheet, row and column).
 */
export function TemplatesPanel() {
  const { t, i18n } = useTranslation();
  const notice = useNotice();
  const templates = useApi('templates.list', {});
  const importTemplate = useApiMutation('templates.import', ['templates']);
  const importWorkbook = useApiMutation('templates.importXlsx', ['templates']);
  const [problems, setProblems] = useState<Issue[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const lang = i18n.language === 'en' ? 'en' : 'id';

  async function importFile(file: File | undefined) {
    if (!file) return;
    setProblems([]);
    try {
      const workbook = /\.xlsx$/i.test(file.name);
      // Refused here before megabytes travel to main, with main's own message.
      if (workbook && file.size > MAX_XLSX_BYTES) {
        notice(t('excel.errors.tooLarge', { max: MAX_XLSX_BYTES / 1024 / 1024 }), 'error');
        return;
      }
      const result = workbook
        ? await importWorkbook.mutateAsync({ base64: await base64Of(file) })
        : await importTemplate.mutateAsync({ json: await file.text() });
      notice(t(result.added ? 'settings.templates.imported' : 'settings.templates.alreadyThere', { name: result.template.name[lang], version: result.template.version }));
    } catch (error) {
      setProblems(errorIssues(error));
      notice(errorText(t, error), 'error');
    } finally {
      if (input.current) input.current.value = '';
    }
  }

  async function exportTemplate(s: TemplateSummary) {
    try {
      const saved = await call('templates.export', { id: s.id, version: s.version });
      if (saved) notice(t('settings.templates.exported', { path: saved.path }));
    } catch (error) {
      notice(errorText(t, error), 'error');
    }
  }

  return (
    <section className="panel" aria-labelledby="templates-title">
      <div className="panel__header">
        <h2 id="templates-title">{t('settings.templates.title')}</h2>
        <button type="button" className="button button--small" onClick={() => input.current?.click()} disabled={importTemplate.isPending || importWorkbook.isPending}>{t('settings.templates.import')}</button>
        <input ref={input} type="file" accept="application/json,.json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,.xlsx" hidden aria-label={t('settings.templates.import')} onChange={(e) => void importFile(e.target.files?.[0])} />
      </div>
      <p className="muted small">{t('settings.templates.hint')} {t('excel.ui.importHint')}</p>
      {problems.length > 0 && (
        <div className="banner banner--warning" role="alert">
          <strong>{t('settings.templates.problems', { count: problems.length })}</strong>
          <ul>{problems.map((p, i) => <li key={i}>{!p.message.startsWith('excel.') && <><code>{p.path || '$'}</code> </>}{tKey(t, p.message, p.params)}</li>)}</ul>
        </div>
      )}
      <ul className="list" aria-label={t('settings.templates.title')}>
        {templates.data?.map((s) => (
          <li key={`${s.id}@${s.version}`} className="list__item">
            <div className="list__main">
              <span className="list__title">{s.name[lang]} <span className="badge badge--muted">v{s.version}</span></span>
              <span className="list__meta">
                {[s.builtin ? t('settings.templates.builtin') : t('settings.templates.importedKind'), t('settings.templates.items', { count: s.itemCount }), s.auditCount ? t('settings.templates.inUse', { count: s.auditCount }) : ''].filter(Boolean).join(' · ')}
              </span>
            </div>
            <div className="list__actions">
              <button type="button" className="button button--ghost button--small" onClick={() => void exportTemplate(s)}>{t('settings.templates.export')}</button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
