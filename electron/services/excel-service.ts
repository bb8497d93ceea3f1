import { validationError, type Handlers } from '../../shared/contract';
import type { Language } from '../../shared/domain/settings';
import { buildFindingsWorkbook } from '../excel/findings-workbook';
import { buildResultsWorkbook, type UnitAudit } from '../excel/results-workbook';
import { parseTemplateWorkbook } from '../excel/template-import';
import { XLSX_FILTERS } from '../excel/xlsx-kit';
import { translator } from '../i18n';
import type { Translate } from '../reports/report-common';
import type { ServiceContext } from './context';
import { saveExport } from './export-file';
import { findingsCore } from './findings-core';
import { reportSources } from './report-sources';
import { reportFileName } from './reports-service';
import { summaryOf, templateStore } from './templates-service';

type ExcelHandlers = Pick<Handlers, 'reports.exportEntityXlsx' | 'findings.exportXlsx' | 'templates.importXlsx'>;

/**
 * Excel workbooks: results and the findings register out (read by the same functions as the Word
 * reports, saved through the one saveExport path), checklist templates in (stored through the
 * same template store as a JSON template).
 */
export function excelHandlers(ctx: ServiceContext): ExcelHandlers {
  const sources = reportSources(ctx);
  const findings = findingsCore(ctx);
  const templates = templateStore(ctx);
  const languageOf = (chosen: Language | undefined): Language => chosen ?? ctx.settings.get().language;
  const tr = (language: Language) => translator(language) as unknown as Translate;

  return {
    'reports.exportEntityXlsx': ({ entityId, year, language: chosen }) => {
      const language = languageOf(chosen);
      // Read before the dialog, so an unknown entity fails without asking for a file name.
      const overview = sources.entityOverview(entityId, year);
      const name = reportFileName(tr(language)('excel.results.fileBase'), overview.entity.name, year, 'xlsx');
      return saveExport(ctx, { defaultName: name, filters: XLSX_FILTERS }, () => {
        const audits = new Map<string, UnitAudit>(overview.units.map((u) => [u.auditId, sources.auditContent(u.auditId)]));
        return buildResultsWorkbook({ language, generatedAt: ctx.now(), overview, audits });
      });
    },

    'findings.exportXlsx': ({ filter, language: chosen }) => {
      const language = languageOf(chosen);
      const day = findings.today();
      const listed = findings.list(filter).sort((a, b) => a.number - b.number);
      return saveExport(ctx, { defaultName: `${tr(language)('excel.findings.fileBase')}-${day}.xlsx`, filters: XLSX_FILTERS }, () =>
        buildFindingsWorkbook({
          language,
          generatedAt: ctx.now(),
          findings: listed.map((finding) => ({ finding, actions: findings.repo.actions(finding.id, day) })),
        }),
      );
    },

    'templates.importXlsx': async ({ base64 }) => {
      const parsed = await parseTemplateWorkbook(Buffer.from(base64, 'base64'));
      if (!parsed.ok) throw validationError(parsed.issues);
      // The same path as a JSON file: checks again, checksums, and refuses an edited version.
      const { known, added } = templates.import(JSON.stringify(parsed.value));
      return { template: summaryOf(known), added };
    },
  };
}
