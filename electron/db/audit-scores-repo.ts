import type { Db } from './open';
import { cachedStatement } from './statements';
import type { Zone, ZonePolicy } from '../../shared/domain/zone';

/** What the list shows of an audit's score, kept per revision (migration 6). */
export interface StoredScore {
  score: number;
  zone: Zone | null;
  grade: string | null;
  bandZone: Zone | null;
  progress: number;
  scorable: boolean;
  placeholderWeights: boolean;
}

/** The key a stored score is valid under: the audit's revision and status, this build's scorer, the policy used. */
export interface ScoreKey {
  revision: number;
  status: string;
  scorer: string;
  policyFrom: 'seal' | 'setting';
  policy: ZonePolicy;
}

export interface ScoreRow {
  score: number; zone: string | null; grade: string | null; band_zone: string | null;
  progress: number; scorable: number; placeholder_weights: number;
}

export const toStoredScore = (r: ScoreRow): StoredScore => ({
  score: r.score, zone: r.zone as Zone | null, grade: r.grade, bandZone: r.band_zone as Zone | null,
  progress: r.progress, scorable: r.scorable === 1, placeholderWeights: r.placeholder_weights === 1,
});

/**
 * The join that reads a stored score only where it is still valid: the `?`s are the scorer and
 * the zone policy set now (a draft's zone follows the setting; a sealed audit keeps its own).
 * Answers, respondents and status drop a row by trigger (migration 6); where the database can be
 * written, `dropStale` removes the rest first, so every row left is valid.
 */
export const VALID_SCORE_JOIN = `LEFT JOIN audit_scores s ON s.audit_id = a.id
  AND s.scorer = ? AND (s.policy_from = 'seal' OR (s.policy_green = ? AND s.policy_yellow = ?))`;
const STALE = `scorer <> ? OR (policy_from = 'setting' AND (policy_green <> ? OR policy_yellow <> ?))`;
export const validScoreParams = (scorer: string, setting: ZonePolicy) => [scorer, setting.green, setting.yellow];

export function auditScoresRepo(db: Db) {
  return {
    put(auditId: string, key: ScoreKey, s: StoredScore): void {
      cachedStatement(db, `INSERT INTO audit_scores (audit_id, revision, status, scorer, policy_from, policy_green, policy_yellow,
        score, zone, grade, band_zone, progress, scorable, placeholder_weights) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (audit_id) DO UPDATE SET revision = excluded.revision, status = excluded.status, scorer = excluded.scorer,
          policy_from = excluded.policy_from, policy_green = excluded.policy_green, policy_yellow = excluded.policy_yellow,
          score = excluded.score, zone = excluded.zone, grade = excluded.grade, band_zone = excluded.band_zone,
          progress = excluded.progress, scorable = excluded.scorable, placeholder_weights = excluded.placeholder_weights`)
        .run(auditId, key.revision, key.status, key.scorer, key.policyFrom, key.policy.green, key.policy.yellow,
          s.score, s.zone, s.grade, s.bandZone, s.progress, s.scorable ? 1 : 0, s.placeholderWeights ? 1 : 0);
    },
    /** Whether a stored score was computed by another scorer or under another zone setting. */
    hasStale(scorer: string, setting: ZonePolicy): boolean {
      return !!cachedStatement(db, `SELECT 1 FROM audit_scores WHERE ${STALE} LIMIT 1`).get(...validScoreParams(scorer, setting));
    },
    dropStale(scorer: string, setting: ZonePolicy): void {
      cachedStatement(db, `DELETE FROM audit_scores WHERE ${STALE}`).run(...validScoreParams(scorer, setting));
    },
    /** Audits with no stored score: two counts, as every stored row belongs to an audit (foreign key). */
    missing(): number {
      return (cachedStatement(db, 'SELECT (SELECT COUNT(*) FROM audits) - (SELECT COUNT(*) FROM audit_scores) AS n').get() as { n: number }).n;
    },
    /** The valid stored score of one audit, or undefined. */
    get(auditId: string, scorer: string, setting: ZonePolicy): StoredScore | undefined {
      const row = cachedStatement(db, `SELECT s.* FROM audits a ${VALID_SCORE_JOIN} WHERE a.id = ? AND s.audit_id IS NOT NULL`)
        .get(...validScoreParams(scorer, setting), auditId) as ScoreRow | undefined;
      return row && toStoredScore(row);
    },
  };
}
export type AuditScoresRepo = ReturnType<typeof auditScoresRepo>;
