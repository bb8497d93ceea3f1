import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
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
import { CliFailure, EXIT, usageError, type CliIo } from '../terminal-io';
import { parseCommandArgs, type Command } from '../command';
import { invalidFile } from '../issue-text';
import { readJsonFile } from '../read-json';
import { sealVerdict, UNSIGNED_WARNING } from '../seal-verdict';

const USAGE = `Usage: patuh score FILE|FOLDER... [options]

Score exported audit files (formatVersion 1 or 2). One file: the result as JSON: the unit score,
its zone, the template's grade band, the Ombudsman's opinion where the method has one (2025:
"Kualitas Tinggi", "Baik"; bands inferred), the points of each block and group and, for a final
audit, its seal.
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
  --json            One JSON line per file (also for one file); with several files or a folder
                    (every .json file in it, recursively) the default is a table
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

function splitIsPlaceholder(template: MethodologyTemplate, blockId: string): boolean {
  const members = template.groups.filter((g) => template.blocks?.find((b) => b.id === blockId)?.groups.includes(g.id));
  return members.length > 1 && members.some((g) => !g.source.official);
}

const OPTIONS = {
  template: { type: 'string' }, green: { type: 'string' }, yellow: { type: 'string' }, 'official-zones': { type: 'boolean' }, json: { type: 'boolean' },
} as const;
type Values = NonNullable<ReturnType<typeof parseCommandArgs<typeof OPTIONS>>>['values'];

function run(args: string[], io: CliIo): number {
  const parsed = parseCommandArgs(args, OPTIONS, USAGE, io);
  if (!parsed) return EXIT.ok;
  if (parsed.positionals.length === 0) throw usageError('missing FILE', USAGE);
  const files = auditFilesIn(parsed.positionals);
  // One file named on its own: the full result, pretty-printed, as before.
  if (files.length === 1 && parsed.positionals.length === 1 && !isFolder(parsed.positionals[0]!) && !parsed.values.json) {
    const { result, scorable } = scoreOne(files[0]!, parsed.values, io);
    io.out(JSON.stringify(result, null, 2));
    if (!scorable) {
      io.err(`${files[0]}: ${NOT_SCORABLE}`);
      return EXIT.notScorable;
    }
    return EXIT.ok;
  }
  return scoreMany(files, parsed.values, io);
}

/**
 * Many files: one JSON line per file with --json (a refused file is a line with its error), or a
 * table. The exit code is the worst: 1 when any file was refused, else 3 when any is not scorable.
 */
function scoreMany(files: string[], values: Values, io: CliIo): number {
  let refused = false;
  let unscorable = false;
  const rows: string[][] = [];
  for (const file of files) {
    try {
      const { result, scorable } = scoreOne(file, values, io, true);
      if (!scorable) unscorable = true;
      if (values.json) io.out(JSON.stringify(result));
      else rows.push([file, result.unit, String(result.year), result.score === null ? '—' : result.score.toFixed(2), result.zone ?? '—', result.grade ?? '—', result.status]);
    } catch (error) {
      if (!(error instanceof CliFailure)) throw error;
      refused = true;
      if (values.json) io.out(JSON.stringify({ file, error: error.message, details: error.details }));
      else rows.push([file, `refused: ${error.message.replace(`${file}: `, '')}`, '', '', '', '', '']);
    }
  }
  if (!values.json) io.out(table(['file', 'unit', 'year', 'score', 'zone', 'grade', 'status'], rows));
  return refused ? EXIT.badInput : unscorable ? EXIT.notScorable : EXIT.ok;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** The files named, and every .json file under the folders named (recursively, in name order). */
function auditFilesIn(paths: string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    if (!isFolder(path)) {
      out.push(path);
      continue;
    }
    const found = (readdirSync(path, { recursive: true }) as string[]).filter((f) => f.toLowerCase().endsWith('.json')).sort();
    if (found.length === 0) throw new CliFailure(`${path}: no .json audit files in this folder`, EXIT.badInput);
    out.push(...found.map((f) => join(path, f)));
  }
  return out;
}

/** `many`: warnings name their file, as several files' warnings share stderr. */
function scoreOne(file: string, values: Values, io: CliIo, many = false) {
  const parsed = { values };
  const prefix = many ? `${file}: ` : '';
  const any = parseAnyAuditFile(readJsonFile(io, file));
  if (!any.ok) throw invalidFile(file, 'not a valid audit file', any.issues);
  const audit = { value: any.value.file };
  const template = loadTemplate(io, parsed.values.template, audit.value.template.id, audit.value.template.version);
  const { policy, from } = zonePolicy(parsed.values, template, audit.value);
  const issues = auditFileIssues(audit.value, template);
  if (issues.length) throw invalidFile(file, `does not fit template ${template.id} v${template.version}`, issues);

  const seal = sealVerdict(any.value, file);
  if (seal?.status === 'unsigned') io.err(`${prefix}${UNSIGNED_WARNING}`);
  const warning = periodWarning(audit.value, template);
  if (warning) io.err(`${prefix}${warning}`);
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
    // The 2025 opinion; its qualifier ("Tanpa Maladministrasi") is the entity's, not one audit file's.
    opinion: r.opinion && {
      label: r.opinion.label.id, quality: r.opinion.quality.id, labelEn: r.opinion.label.en, qualityEn: r.opinion.quality.en,
      bandsInferred: !r.opinion.officialBand,
    },
    placeholderWeights: r.placeholderWeights,
    // splitPlaceholder: how the block's weight splits between its groups is not an official figure (2025: the 70).
    ...(r.blocks.length ? { blocks: r.blocks.map((b) => ({ id: b.blockId, side: b.side, weight: b.weight, points: b.points, percent: b.percent, splitPlaceholder: splitIsPlaceholder(template, b.blockId) })) } : {}),
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
  return { result, scorable: r.scorable };
}

export const scoreCommand: Command = { usage: USAGE, run };
