import { createHash } from 'node:crypto';
import type { GroupRespondents } from '../../shared/domain/audit';
import type { ZonePolicy } from '../../shared/domain/zone';
import * as scoring from '../../shared/scoring';
import type { UnitScore } from '../../shared/scoring';
import { auditScoresRepo, type StoredScore } from '../db/audit-scores-repo';
import type { AuditListQuery, UnscoredAudit } from '../db/audits-repo';
import { answerSheet, unitAnswersOf, type AuditCore } from './audit-core';
import type { ServiceContext } from './context';
import { nextTurn } from './next-turn';

/**
 * Stored scores carry the scorer that computed them: a hash of the scoring code itself, so a
 * change to any scoring function (a new method's rules, a rounding fix) makes every stored score
 * stale without anyone having to remember to bump a number.
 */
export const SCORER = createHash('sha256')
  .update(Object.values(scoring).filter((v) => typeof v === 'function').map(String).join('\n'))
  .digest('hex')
  .slice(0, 16);

/** Audits scored per step of a fill: each step is one transaction and one turn of the event loop. */
const FILL_STEP = 25;

export const storedScoreOf = (u: UnitScore): StoredScore => ({
  score: u.score, zone: u.zone, grade: u.band?.grade ?? null, bandZone: u.band?.zone ?? null,
  progress: u.progress.percent, scorable: u.scorable, placeholderWeights: u.placeholderWeights,
});

/** The list scores of audits: stored per revision (migration 6), computed only where missing or stale. */
export function auditScores(ctx: ServiceContext, core: AuditCore) {
  const repo = auditScoresRepo(ctx.db);

  function compute(audits: UnscoredAudit[], setting: ZonePolicy): [UnscoredAudit, StoredScore][] {
    const ids = audits.map((a) => a.id);
    const answers = core.content.answersOfAudits(ids);
    const respondents = core.audits.respondentsOfAudits(ids);
    return audits.map((a) => {
      const template = core.templates.load(a.template);
      const stored = respondents.get(a.id);
      const groups: Record<string, GroupRespondents> = Object.fromEntries(
        template.groups.map((g) => [g.id, stored?.get(g.id) ?? { count: g.respondents.defaultCount, labels: [] }]),
      );
      const score = scoring.scoreUnit(template, unitAnswersOf(groups, answerSheet(template, groups, answers.get(a.id) ?? [])), a.sealedPolicy ?? setting);
      return [a, storedScoreOf(score)];
    });
  }

  const keyOf = (a: UnscoredAudit, setting: ZonePolicy) => ({
    revision: a.revision, status: a.status, scorer: SCORER,
    policyFrom: a.sealedPolicy ? ('seal' as const) : ('setting' as const), policy: a.sealedPolicy ?? setting,
  });

  /** One step of a fill; true when nothing is left. */
  function fillStep(query: AuditListQuery, setting: ZonePolicy, computed: Map<string, StoredScore>, seen: Set<string>): boolean {
    if (ctx.db.readonly) {
      for (const [a, s] of compute(core.audits.unscored(query, SCORER, setting), setting)) computed.set(a.id, s);
      return true;
    }
    // Read first: a list whose scores are all stored begins no write (and syncs nothing).
    if (repo.hasStale(SCORER, setting)) core.write(() => repo.dropStale(SCORER, setting));
    if (repo.missing() === 0) return true;
    return core.write(() => {
      // Every audit is scored, not only the matching ones: the next list with another filter is ready.
      const step = core.audits.unscored('every', SCORER, setting, FILL_STEP);
      // A score stored but still read as missing would loop forever: it is kept in `computed` instead.
      const fresh = step.filter((a) => !seen.has(a.id));
      for (const [a, s] of compute(step, setting)) {
        if (seen.has(a.id)) computed.set(a.id, s);
        else repo.put(a.id, keyOf(a, setting), s);
        seen.add(a.id);
      }
      return step.length < FILL_STEP || fresh.length === 0;
    });
  }

  return {
    /**
     * Scores and stores every matching audit that has no valid stored score, a step at a time,
     * each step read and written in one transaction (so no write from elsewhere slips between),
     * yielding between steps so the window is answered meanwhile. A read-only database (the CLI's)
     * cannot store: what was computed is returned instead.
     */
    async fill(query: AuditListQuery, setting: ZonePolicy): Promise<Map<string, StoredScore>> {
      const computed = new Map<string, StoredScore>();
      const seen = new Set<string>();
      while (!fillStep(query, setting, computed, seen)) await nextTurn();
      return computed;
    },
    /** The same, at once: for callers that must stay synchronous (one entity's audits, a few hundred). */
    fillNow(query: AuditListQuery, setting: ZonePolicy): Map<string, StoredScore> {
      const computed = new Map<string, StoredScore>();
      const seen = new Set<string>();
      while (!fillStep(query, setting, computed, seen));
      return computed;
    },
    /** Inside an answer's transaction: the score just computed for the reply, stored for the lists. */
    put(auditId: string, key: { revision: number; status: string; policyFrom: 'seal' | 'setting'; policy: ZonePolicy }, score: UnitScore): void {
      if (!ctx.db.readonly) repo.put(auditId, { ...key, scorer: SCORER }, storedScoreOf(score));
    },
  };
}
export type AuditScores = ReturnType<typeof auditScores>;
