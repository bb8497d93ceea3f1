/**
 * Cross-field checks of a methodology template. They read the value defensively (it may be only
 * partly valid): parseTemplate runs them on the raw file even when fields fail, so a template
 * author gets every problem of a file in one pass instead of fixing them one at a time.
 */
import type { Problem } from './issues';
import { TEMPLATE_LIMITS } from './template-limits';

export type TemplateProblem = Problem;

/** Group weights are published with 2 decimals (21.85 + 32.37 + 24.24 + 21.54), so allow 0.01. */
export const WEIGHT_SUM_TOLERANCE = 0.01;
/** Scores are rounded to 2 decimals, so adjacent bands meet at max + 0.01 (77.99 | 78.00). */
const BAND_STEP = 0.01;
const EPS = 1e-9;

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function templateProblems(value: unknown): TemplateProblem[] {
  if (!isRec(value)) return [];
  const problems: TemplateProblem[] = [];
  checkYears(value, problems);
  checkGroups(list(value.groups), problems);
  checkBands(list(value.bands), problems);
  checkBlocks(value, problems);
  return problems;
}

/**
 * Blocks (2025: the four dimensions together 70, public trust 30): each group in exactly one
 * block, each block's groups adding up to its weight, the blocks to 100.
 */
function checkBlocks(t: Rec, problems: TemplateProblem[]): void {
  if (t.blocks === undefined) return;
  const groups = new Map<string, number | undefined>();
  for (const g of list(t.groups)) if (isRec(g) && str(g.id) !== undefined) groups.set(str(g.id)!, num(g.weight));
  const blockOf = new Map<string, string>();
  let total = 0;
  list(t.blocks).forEach((b, bi) => {
    if (!isRec(b)) return;
    const blockId = str(b.id) ?? String(bi);
    let members = 0;
    let known = true;
    list(b.groups).forEach((gid, i) => {
      const id = str(gid);
      if (id === undefined) return;
      if (!groups.has(id)) {
        problems.push({ path: ['blocks', bi, 'groups', i], message: 'validation.unknownGroup', params: { id } });
        known = false;
        return;
      }
      const first = blockOf.get(id);
      if (first !== undefined) problems.push({ path: ['blocks', bi, 'groups', i], message: 'validation.groupInTwoBlocks', params: { id, block: first } });
      blockOf.set(id, blockId);
      const w = groups.get(id);
      if (w === undefined) known = false;
      else members += w;
    });
    const w = num(b.weight);
    if (w === undefined) return;
    total += w;
    if (known && Math.abs(members - w) > WEIGHT_SUM_TOLERANCE + EPS) {
      problems.push({ path: ['blocks', bi, 'weight'], message: 'validation.blockWeightSum', params: { block: blockId, sum: Math.round(members * 1e4) / 1e4, weight: w } });
    }
  });
  for (const id of groups.keys()) {
    if (!blockOf.has(id)) problems.push({ path: ['blocks'], message: 'validation.groupOutsideBlocks', params: { id } });
  }
  if (Math.abs(total - 100) > WEIGHT_SUM_TOLERANCE + EPS) problems.push({ path: ['blocks'], message: 'validation.blocksSum', params: { sum: Math.round(total * 1e4) / 1e4 } });
}

/** A survey's bounds must hold its default count; a survey is answered by service users. */
function checkSurvey(g: Rec, gi: number, problems: TemplateProblem[]): void {
  if (!isRec(g.survey)) return;
  const min = num(g.survey.minCount);
  const max = num(g.survey.maxCount);
  const respondents = isRec(g.respondents) ? g.respondents : {};
  const count = num(respondents.defaultCount);
  if (min !== undefined && max !== undefined && count !== undefined && !(min <= count && count <= max)) {
    problems.push({ path: ['groups', gi, 'survey'], message: 'validation.surveyCounts', params: { min, max, count } });
  }
  if (respondents.kind !== undefined && respondents.kind !== 'user') {
    problems.push({ path: ['groups', gi, 'respondents', 'kind'], message: 'validation.surveyKind' });
  }
}

function checkYears(t: Rec, problems: TemplateProblem[]): void {
  const years = isRec(t.validYears) ? t.validYears : {};
  const from = num(years.from);
  const to = num(years.to);
  if (from !== undefined && to !== undefined && from > to) {
    problems.push({ path: ['validYears', 'to'], message: 'validation.yearOrder', params: { from, to } });
  }
}

function checkGroups(groups: unknown[], problems: TemplateProblem[]): void {
  const groupIds = new Map<string, number>();
  const itemIds = new Map<string, string>();
  let weightSum = 0;
  let weightsKnown = groups.length > 0;

  groups.forEach((g, gi) => {
    if (!isRec(g)) return;
    const id = str(g.id);
    if (id !== undefined) {
      const first = groupIds.get(id);
      if (first !== undefined) {
        problems.push({ path: ['groups', gi, 'id'], message: 'validation.duplicateId', params: { id, first: `groups.${first}.id` } });
      } else groupIds.set(id, gi);
    }
    const w = num(g.weight);
    if (w === undefined) weightsKnown = false;
    else weightSum += w;

    const respondents = isRec(g.respondents) ? g.respondents : {};
    if (respondents.kind === 'none' && num(respondents.defaultCount) !== undefined && respondents.defaultCount !== 1) {
      // "none" means the auditor's own single observation: there is exactly one slot.
      problems.push({ path: ['groups', gi, 'respondents', 'defaultCount'], message: 'validation.singleObservation' });
    }

    checkSurvey(g, gi, problems);

    const sectionIds = new Set<string>();
    list(g.sections).forEach((s, si) => {
      const sid = isRec(s) ? str(s.id) : undefined;
      if (sid === undefined) return;
      if (sectionIds.has(sid)) {
        problems.push({ path: ['groups', gi, 'sections', si, 'id'], message: 'validation.duplicateId', params: { id: sid } });
      }
      sectionIds.add(sid);
    });

    list(g.items).forEach((item, ii) => {
      if (!isRec(item)) return;
      const itemId = str(item.id);
      if (itemId !== undefined) {
        const first = itemIds.get(itemId);
        if (first !== undefined) {
          problems.push({ path: ['groups', gi, 'items', ii, 'id'], message: 'validation.duplicateId', params: { id: itemId, first } });
        } else itemIds.set(itemId, `groups.${gi}.items.${ii}.id`);
      }
      const section = str(item.section);
      if (section !== undefined && !sectionIds.has(section)) {
        problems.push({ path: ['groups', gi, 'items', ii, 'section'], message: 'validation.unknownSection', params: { section } });
      }
    });
  });

  const items = groups.reduce<number>((n, g) => n + (isRec(g) ? list(g.items).length : 0), 0);
  if (items > TEMPLATE_LIMITS.items) problems.push({ path: ['groups'], message: 'validation.tooManyItems', params: { max: TEMPLATE_LIMITS.items, count: items } });
  if (weightsKnown && Math.abs(weightSum - 100) > WEIGHT_SUM_TOLERANCE + EPS) {
    problems.push({ path: ['groups'], message: 'validation.weightsSum', params: { sum: Math.round(weightSum * 1e4) / 1e4 } });
  }
}

function checkBands(bands: unknown[], problems: TemplateProblem[]): void {
  const grades = new Set<string>();
  const ranges: { index: number; min: number; max: number }[] = [];
  bands.forEach((b, bi) => {
    if (!isRec(b)) return;
    const grade = str(b.grade);
    if (grade !== undefined) {
      if (grades.has(grade)) problems.push({ path: ['bands', bi, 'grade'], message: 'validation.duplicateGrade', params: { grade } });
      grades.add(grade);
    }
    const min = num(b.min);
    const max = num(b.max);
    if (min === undefined || max === undefined) return;
    if (min > max) {
      problems.push({ path: ['bands', bi, 'max'], message: 'validation.bandMinMax', params: { min, max } });
      return;
    }
    ranges.push({ index: bi, min, max });
  });
  if (ranges.length === 0) return;

  // The bands, in score order, must tile 0..100: no score may fall in two bands or in none.
  ranges.sort((a, b) => a.min - b.min);
  const first = ranges[0]!;
  const last = ranges[ranges.length - 1]!;
  if (first.min > EPS) problems.push({ path: ['bands', first.index, 'min'], message: 'validation.bandsStart', params: { min: first.min } });
  if (ranges.reduce((top, r) => Math.max(top, r.max), -Infinity) < 100 - EPS) {
    problems.push({ path: ['bands', last.index, 'max'], message: 'validation.bandsEnd', params: { max: last.max } });
  }
  for (let i = 1; i < ranges.length; i++) {
    const prev = ranges[i - 1]!;
    const cur = ranges[i]!;
    const step = cur.min - prev.max;
    if (step < BAND_STEP - EPS) {
      problems.push({
        path: ['bands', cur.index, 'min'],
        message: 'validation.bandOverlap',
        params: { band: `bands.${prev.index}`, from: cur.min, to: Math.min(prev.max, cur.max) },
      });
    } else if (step > BAND_STEP + EPS) {
      problems.push({
        path: ['bands', cur.index, 'min'],
        message: 'validation.bandGap',
        params: { from: Math.round((prev.max + BAND_STEP) * 100) / 100, to: Math.round((cur.min - BAND_STEP) * 100) / 100 },
      });
    }
  }
}
