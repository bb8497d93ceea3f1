import { auditFileIssues, parseAnyAuditFile, unitAnswersOf } from '../../../shared/audit-file/parse';
import { DEFAULT_ZONE_POLICY, zonePolicySchema, type ZonePolicy } from '../../../shared/domain/zone';
import { findBuiltinTemplate } from '../../../shared/methodology/builtin';
import { parseTemplate } from '../../../shared/methodology/parse-template';
import type { MethodologyTemplate } from '../../../shared/methodology/template-schema';
import { officialZonePolicy } from '../../../shared/scoring/bands';
import { roundHalfUp } from '../../../shared/scoring/rounding';
import { scoreUnit } from '../../../shared/scoring/score-unit';
import { CliFailure, EXIT, usageError, type CliIo } from '../cli-io';
import { parseCommandArgs, type Command } from '../command';
import { describeIssue } from '../issue-text';
import { readJsonFile } from '../read-json';
import { sealVerdict, UNSIGNED_WARNING } from '../seal-verdict';

const USAGE = `Usage: patuh score FILE [options]

Score an exported audit file (formatVersion 1 or 2) and print the result as JSON: the unit score,
its zone, the template's grade band, the points of each group and, for a final audit, its seal.

The audit's template is taken from the built-in templates by id and version, and its checksum
must match. A sealed (final) audit must still match its content hash; in format 2 its Ed25519
signature must match too (a forged or changed file is refused). A format-1 seal cannot be
verified and is reported as "unsigned".

Options:
  --template FILE   Score against this template file instead of a built-in one
  --green N         Zone policy: lowest green score (default ${DEFAULT_ZONE_POLICY.green})
  --yellow N        Zone policy: lowest yellow score (default ${DEFAULT_ZONE_POLICY.yellow})
  --official-zones  Use the template's official bands as the zone policy
  -h, --help        Show this help

Exit codes: 0 scored, 1 the audit or template is invalid, 2 wrong command line.`;

function fail(file: string, what: string, details: string[]): never {
  const n = details.length;
  throw new CliFailure(`${file}: ${what} (${n} problem${n === 1 ? '' : 's'})`, EXIT.badInput, details);
}

function loadTemplate(io: CliIo, path: string | undefined, id: string, version: number): MethodologyTemplate {
  if (path === undefined) {
    const builtin = findBuiltinTemplate(id, version);
    if (!builtin) {
      throw new CliFailure(`template ${id} v${version} is not built in; pass it with --template FILE`, EXIT.badInput);
    }
    return builtin;
  }
  const parsed = parseTemplate(readJsonFile(io, path));
  if (!parsed.ok) fail(path, 'not a valid template', parsed.issues.map(describeIssue));
  return parsed.value;
}

function zonePolicy(values: { green?: string; yellow?: string; 'official-zones'?: boolean }, template: MethodologyTemplate): ZonePolicy {
  if (values['official-zones']) {
    if (values.green !== undefined || values.yellow !== undefined) throw usageError('--official-zones cannot be combined with --green or --yellow', USAGE);
    const official = officialZonePolicy(template);
    if (!official) throw new CliFailure(`template ${template.id} has no green and yellow bands to use as zones`, EXIT.badInput);
    return official;
  }
  const candidate = {
    green: values.green === undefined ? DEFAULT_ZONE_POLICY.green : Number(values.green),
    yellow: values.yellow === undefined ? DEFAULT_ZONE_POLICY.yellow : Number(values.yellow),
  };
  const parsed = zonePolicySchema.safeParse(candidate);
  if (!parsed.success) {
    throw usageError(`invalid zone policy green ${values.green ?? candidate.green}, yellow ${values.yellow ?? candidate.yellow}: need 0 <= yellow < green <= 100`, USAGE);
  }
  return parsed.data;
}

function run(args: string[], io: CliIo): number {
  const parsed = parseCommandArgs(
    args,
    { template: { type: 'string' }, green: { type: 'string' }, yellow: { type: 'string' }, 'official-zones': { type: 'boolean' } },
    USAGE,
    io,
  );
  if (!parsed) return EXIT.ok;
  const [file, extra] = parsed.positionals;
  if (!file) throw usageError('missing FILE', USAGE);
  if (extra) throw usageError(`unexpected argument: ${extra}`, USAGE);

  const any = parseAnyAuditFile(readJsonFile(io, file));
  if (!any.ok) fail(file, 'not a valid audit file', any.issues.map(describeIssue));
  const audit = { value: any.value.file };
  const template = loadTemplate(io, parsed.values.template, audit.value.template.id, audit.value.template.version);
  const policy = zonePolicy(parsed.values, template);
  const issues = auditFileIssues(audit.value, template);
  if (issues.length) fail(file, `does not fit template ${template.id} v${template.version}`, issues.map(describeIssue));

  const seal = sealVerdict(any.value, file);
  if (seal?.status === 'unsigned') io.err(UNSIGNED_WARNING);
  const r = scoreUnit(template, unitAnswersOf(audit.value), policy);
  const a = audit.value;
  const result = {
    file,
    template: { id: template.id, version: template.version },
    entity: a.entity.name,
    unit: a.unit.name,
    year: a.period.year,
    status: a.status,
    seal: seal && { status: seal.status, device: seal.deviceId },
    score: r.score,
    zone: r.zone,
    zonePolicy: policy,
    grade: r.band?.grade ?? null,
    band: r.band && { label: r.band.label, zone: r.band.zone, min: r.band.min, max: r.band.max },
    applicable: r.applicable,
    groups: r.groups.map((g) => ({
      id: g.groupId,
      weight: g.weight,
      effectiveWeight: roundHalfUp(g.effectiveWeight, 4),
      points: g.points,
      applicableItems: g.applicableItems,
      items: g.itemCount,
      answered: g.answered,
      total: g.total,
    })),
    progress: r.progress,
  };
  io.out(JSON.stringify(result, null, 2));
  return EXIT.ok;
}

export const scoreCommand: Command = { name: 'score', summary: 'Score an exported audit file', usage: USAGE, run };
