import { auditFileIssues, parseAnyAuditFile, unitAnswersOf } from '../../../shared/audit-file/parse';
import { DEFAULT_ZONE_POLICY, type ZonePolicy } from '../../../shared/domain/zone';
import { findBuiltinTemplate } from '../../../shared/methodology/builtin';
import { parseTemplate } from '../../../shared/methodology/parse-template';
import type { MethodologyTemplate } from '../../../shared/methodology/template-schema';
import { officialZonePolicy } from '../../../shared/scoring/bands';
import { roundHalfUp } from '../../../shared/scoring/rounding';
import { scoreUnit } from '../../../shared/scoring/score-unit';
import type { AuditFile } from '../../../shared/audit-file';
import { filePolicy, periodWarning, NOT_SCORABLE, type PolicySource } from '../audit-notes';
import { CliFailure, EXIT, usageError, type CliIo } from '../cli-io';
import { parseCommandArgs, type Command } from '../command';
import { invalidFile } from '../issue-text';
import { readJsonFile } from '../read-json';
import { sealVerdict, UNSIGNED_WARNING } from '../seal-verdict';

const USAGE = `Usage: patuh score FILE [options]

Score an exported audit file (formatVersion 1 or 2) and print the result as JSON: the unit score,
its zone, the template's grade band, the points of each group and, for a final audit, its seal.
A final audit's zone is read with the zone policy it was sealed under (when the file records it);
a draft's with the default or the options. An audit whose every item is N/A cannot be scored.

The audit's template is taken from the built-in templates by id and version, and its checksum
must match. A sealed (final) audit must still match its content hash; in format 2 its Ed25519
signature must match too (a forged or changed file is refused). A format-1 seal cannot be
verified and is reported as "unsigned".

Options:
  --template FILE   Score against this template file instead of a built-in one
  --green N         Zone policy: lowest green score (default: as sealed, else ${DEFAULT_ZONE_POLICY.green})
  --yellow N        Zone policy: lowest yellow score (default: as sealed, else ${DEFAULT_ZONE_POLICY.yellow})
  --official-zones  Use the template's official bands as the zone policy
  -h, --help        Show this help

Exit codes: 0 scored, 1 the audit or template is invalid, 2 wrong command line, 3 not scorable
(every item N/A).`;

function loadTemplate(io: CliIo, path: string | undefined, id: string, version: number): MethodologyTemplate {
  if (path === undefined) {
    const builtin = findBuiltinTemplate(id, version);
    if (!builtin) {
      throw new CliFailure(`template ${id} v${version} is not built in; pass it with --template FILE`, EXIT.badInput);
    }
    return builtin;
  }
  const parsed = parseTemplate(readJsonFile(io, path));
  if (!parsed.ok) throw invalidFile(path, 'not a valid template', parsed.issues);
  return parsed.value;
}

function zonePolicy(values: { green?: string; yellow?: string; 'official-zones'?: boolean }, template: MethodologyTemplate, file: AuditFile): { policy: ZonePolicy; from: PolicySource } {
  if (values['official-zones']) {
    if (values.green !== undefined || values.yellow !== undefined) throw usageError('--official-zones cannot be combined with --green or --yellow', USAGE);
    const official = officialZonePolicy(template);
    if (!official) throw new CliFailure(`template ${template.id} has no green and yellow bands to use as zones`, EXIT.badInput);
    return { policy: official, from: 'options' };
  }
  return filePolicy(file, values, USAGE);
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
  if (!any.ok) throw invalidFile(file, 'not a valid audit file', any.issues);
  const audit = { value: any.value.file };
  const template = loadTemplate(io, parsed.values.template, audit.value.template.id, audit.value.template.version);
  const { policy, from } = zonePolicy(parsed.values, template, audit.value);
  const issues = auditFileIssues(audit.value, template);
  if (issues.length) throw invalidFile(file, `does not fit template ${template.id} v${template.version}`, issues);

  const seal = sealVerdict(any.value, file);
  if (seal?.status === 'unsigned') io.err(UNSIGNED_WARNING);
  const warning = periodWarning(audit.value, template);
  if (warning) io.err(warning);
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
    scorable: r.scorable,
    score: r.scorable ? r.score : null,
    zone: r.zone,
    zonePolicy: policy,
    zonePolicyFrom: from,
    grade: r.band?.grade ?? null,
    band: r.band && { label: r.band.label, zone: r.band.zone, min: r.band.min, max: r.band.max },
    placeholderWeights: r.placeholderWeights,
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
  if (!r.scorable) {
    io.err(`${file}: ${NOT_SCORABLE}`);
    return EXIT.notScorable;
  }
  return EXIT.ok;
}

export const scoreCommand: Command = { name: 'score', summary: 'Score an exported audit file', usage: USAGE, run };
