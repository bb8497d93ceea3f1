import type { Handlers } from '../../shared/contract';
import type { ExportedFile } from '../../shared/contract/attachments';
import { localDateTime } from '../../shared/iso/dates';
import { translator } from '../i18n';
import { buildReportOffThread, cancelReports } from '../workers/report-builder';
import type { Translate } from '../reports/report-common';
import type { ServiceContext } from './context';
import type { SaveDialogOptions } from './desktop';
import { saveExport } from './export-file';
import { reportSources } from './report-sources';
import { productsService } from './products-service';

type ReportHandlers = Pick<Handlers, 'reports.exportAudit' | 'reports.exportEntity' | 'reports.entityOverview' | 'reports.cancel'>;

/** "laporan-audit-dinas-kependudukan-2023.docx": any file system accepts it. */
export function reportFileName(base: string, name: string, year: number, extension = 'docx'): string {
  const slug = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `${base}-${slug || 'patuh'}-${year}.${extension}`;
}

const WORD: SaveDialogOptions['filters'] = [{ name: 'Word', extensions: ['docx'] }];

/**
 * Asks where to save first, then builds the report: the user is not kept waiting for a dialog,
 * and a cancelled dialog builds nothing (saveExport).
 */
function saveReport(ctx: ServiceContext, defaultName: string, build: () => Promise<Buffer>): Promise<ExportedFile | null> {
  return saveExport(ctx, { defaultName, filters: WORD }, build);
}

export function reportHandlers(ctx: ServiceContext): ReportHandlers {
  const sources = reportSources(ctx);
  return {
    'reports.entityOverview': ({ entityId, year }) => sources.entityOverview(entityId, year),

    'reports.cancel': () => ({ cancelled: cancelReports() }),

    'reports.exportAudit': ({ auditId, language }) => {
      const lang = language ?? ctx.settings.get().language;
      // Read before the dialog, so an unknown audit fails without asking for a file name.
      const data = sources.auditReport(auditId, lang);
      const t = translator(lang) as unknown as Translate;
      return saveReport(ctx, reportFileName(t('reports.audit.fileBase'), data.content.unit.name, data.content.period.year), () => buildReportOffThread({ kind: 'audit', data }));
    },

    'reports.exportEntity': ({ entityId, year, language }) => {
      const lang = language ?? ctx.settings.get().language;
      const overview = sources.entityOverview(entityId, year);
      const t = translator(lang) as unknown as Translate;
      return saveReport(ctx, reportFileName(t('reports.entity.fileBase'), overview.entity.name, year), () =>
        // Built in a worker thread: seconds of document work would freeze the window (issue 10).
        buildReportOffThread({ kind: 'entity', data: { language: lang, institution: sources.institution(), generatedAt: localDateTime(ctx.now()), overview, products: productsService(ctx).standing(entityId, year, overview.method) } }),
      );
    },
  };
}
