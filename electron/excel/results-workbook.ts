import type { EntityOverview, UnitResult } from '../../shared/domain/reports';
import type { Language } from '../../shared/domain/settings';
import type { ZonePolicy } from '../../shared/domain/zone';
import type { MethodologyTemplate } from '../../shared/methodology/template-schema';
import { scoreUnit } from '../../shared/scoring';
import { translator } from '../i18n';
import type { AuditReportContent } from '../reports/audit-report-data';
import type { Translate } from '../reports/report-common';
import { addTableSheet, newWorkbook, workbookBytes, type CellValue, type Column, type ColumnKind } from './xlsx-kit';

/** One unit's audit as the Word reports read it (report-sources.ts auditContent). */
export interface UnitAudit {
  content: AuditReportContent;
  template: MethodologyTemplate;
  policy: ZonePolicy;
}

export interface ResultsWorkbookData {
  language: Language;
  generatedAt: Date;
  /** The same overview the entity report and screen are made from. */
  overview: EntityOverview;
  /** Per unit of `overview.units`, by audit id. */
  audits: ReadonlyMap<string, UnitAudit>;
}

const col = (t: Translate, key: string, kind: ColumnKind): Column => ({ header: t(`excel.results.columns.${key}`), kind });

/**
 * A coordinator's spreadsheet of one entity's year, one sheet per level: the entity, its units,
 * each unit's dimensions, and every item by respondent or product. Figures are the ones the Word
 * entity report prints (rounded to 2 decimals, as published); answers are the sealed ones.
 */
export async function buildResultsWorkbook(data: ResultsWorkbookData): Promise<Buffer> {
  const { language: lang, overview: o } = data;
  const t = translator(lang) as unknown as Translate;
  const wb = await newWorkbook(`${t('excel.results.title')} · ${o.entity.name} · ${o.year ?? ''}`, data.generatedAt);
  const sheet = (key: string) => t(`excel.results.sheets.${key}`);

  addTableSheet(wb, sheet('entity'), [
    col(t, 'entity', 'text'), col(t, 'province', 'text'), col(t, 'year', 'integer'), col(t, 'method', 'text'), col(t, 'score', 'score'),
    col(t, 'zone', 'text'), col(t, 'grade', 'text'), col(t, 'unitsAssessed', 'integer'), col(t, 'green', 'integer'), col(t, 'yellow', 'integer'),
    col(t, 'red', 'integer'), col(t, 'drafts', 'integer'), col(t, 'unassessed', 'integer'),
  ], [[
    o.entity.name, o.entity.province, o.year, o.method ? `${o.method.name[lang]} (v${o.method.version})` : null, o.score,
    o.zone && t(`zone.${o.zone}`), o.band ? o.band.grade ?? o.band.label[lang] : null, o.units.length, o.zoneCounts.green, o.zoneCounts.yellow,
    o.zoneCounts.red, o.drafts, o.unassessed.length,
  ]]);

  addTableSheet(wb, sheet('units'), [
    col(t, 'rank', 'integer'), col(t, 'unit', 'text'), col(t, 'score', 'score'), col(t, 'zone', 'text'), col(t, 'grade', 'text'),
    col(t, 'status', 'text'), col(t, 'previousYear', 'integer'), col(t, 'previousScore', 'score'), col(t, 'change', 'score'),
    col(t, 'auditors', 'text'), col(t, 'method', 'text'), col(t, 'sealHash', 'code'),
  ], o.units.map((u) => [
    u.rank, u.unitName, u.score, t(`zone.${u.zone}`), u.grade ?? (u.bandLabel ? u.bandLabel[lang] : null), t(`audits.status.${u.status}`),
    u.previous?.year ?? null, u.previous?.score ?? null, u.change, u.auditors.join(', '), `${u.templateId} v${u.templateVersion}`, u.contentHash,
  ]));

  addTableSheet(wb, sheet('dimensions'), [
    col(t, 'unit', 'text'), col(t, 'dimensionCode', 'text'), col(t, 'dimension', 'text'), col(t, 'weight', 'score'), col(t, 'points', 'score'),
    col(t, 'achievement', 'percent'),
  ], o.units.flatMap((u) => u.groups.map((g) => [u.unitName, g.groupId, g.label[lang], g.weight, g.points, g.weight ? g.points / g.weight : null])));

  addTableSheet(wb, sheet('items'), [
    col(t, 'unit', 'text'), col(t, 'dimensionCode', 'text'), col(t, 'itemCode', 'text'), col(t, 'item', 'longText'), col(t, 'scale', 'text'),
    col(t, 'slot', 'integer'), col(t, 'respondent', 'text'), col(t, 'answer', 'integer'), col(t, 'answerNote', 'text'),
    col(t, 'itemAchievement', 'percent'),
  ], o.units.flatMap((u) => itemRows(u, data.audits.get(u.auditId), t, lang)));

  return workbookBytes(wb);
}

/** One row per item and respondent (or product): the answer as a number, or why there is none. */
function itemRows(u: UnitResult, audit: UnitAudit | undefined, t: Translate, lang: Language): CellValue[][] {
  if (!audit) return [];
  const c = audit.content;
  const score = scoreUnit(audit.template, {
    respondentCounts: Object.fromEntries(Object.entries(c.respondents).map(([id, r]) => [id, r.count])),
    answers: c.answers,
  }, audit.policy);
  const values = new Map(score.groups.flatMap((g) => g.items.map((i) => [i.itemId, i] as const)));
  return audit.template.groups.flatMap((group) => {
    const r = c.respondents[group.id] ?? { count: group.respondents.defaultCount, labels: [] };
    return group.items.flatMap((item) => {
      const answers = c.answers[item.id] ?? [];
      const itemScore = values.get(item.id);
      return Array.from({ length: r.count }, (_, slot): CellValue[] => {
        const a = answers[slot];
        const value = typeof a === 'number' ? a : null;
        const note = a === 'na' ? t('reports.common.na') : a === null || a === undefined ? t('excel.results.unanswered') : null;
        return [
          u.unitName, group.id, item.id, item.label[lang], t(`excel.results.scale.${item.scale}`), slot + 1,
          r.labels[slot] || `${group.respondents.label[lang]} ${slot + 1}`, value, note, itemScore?.applicable ? itemScore.value : null,
        ];
      });
    });
  });
}
