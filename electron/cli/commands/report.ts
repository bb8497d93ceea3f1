import { join, resolve } from 'node:path';
import { auditFileIssues, parseAnyAuditFile, unitAnswersOf } from '../../../shared/audit-file/parse';
import { DomainError } from '../../../shared/contract';
import { LANGUAGES, type Language } from '../../../shared/domain/settings';
import { DEFAULT_ZONE_POLICY } from '../../../shared/domain/zone';
import { localDateTime } from '../../../shared/iso/dates';
import { findBuiltinTemplate } from '../../../shared/methodology/builtin';
import { parseTemplate } from '../../../shared/methodology/parse-template';
import type { MethodologyTemplate } from '../../../shared/methodology/template-schema';
import { scoreUnit } from '../../../shared/scoring/score-unit';
import { translator } from '../../i18n';
import { buildAuditReport } from '../../reports/audit-report';
import { answerCredits, evidenceFiles, type AuditReportContent } from '../../reports/audit-report-data';
import { buildEntityReport } from '../../reports/entity-report';
import { buildResultsWorkbook } from '../../excel/results-workbook';
import type { EntityOverview } from '../../../shared/domain/reports';
import { institutionOf } from '../../reports/report-common';
import { writeAtomically } from '../../services/export-file';
import { DATABASE_FILE } from '../../services/bootstrap';
import { reportSources, type ReportSources } from '../../services/report-sources';
import { productsService } from '../../services/products-service';
import { evidenceReader, readLogo } from '../audit-file-source';
import { filePolicy, periodWarning, NOT_SCORABLE } from '../audit-notes';
import { CliFailure, EXIT, usageError, type CliIo } from '../terminal-io';
import { commandGroup, parseCommandArgs } from '../command';
import { invalidFile } from '../issue-text';
import { assertOutputIsNotAnInput } from '../output-path';
import { findEntityId, openDataFolder } from '../read-only-data';
import { readJsonFile } from '../read-json';
import { sealVerdict, UNSIGNED_WARNING } from '../seal-verdict';
import { standingLines } from '../standing-lines';

const USAGE = `Usage: patuh report <audit|entity> [options]

Write a Word report (.docx), as the app exports it.

Commands:
  audit FILE --out X.docx       One audit, from an exported audit file
  entity --data DIR --entity NAME|ID --period YEAR --out X.docx
                                One institution for one year, from the app's data folder
                                (with --xlsx: its results as an Excel workbook)

Run "patuh report <command> --help" for details.`;

const AUDIT_USAGE = `Usage: patuh report audit FILE --out X.docx [options]

Write the Word report of an exported audit file (formatVersion 1 or 2): cover, summary with the
index, zone and grade, a table per dimension, unmet items, the path to green and the sign-off.
A draft is marked DRAFT on every page. A format-2 file credits each answer to the auditor who
gave it, and its seal's Ed25519 signature is checked: a forged or changed file is refused. A
format-1 seal cannot be verified: the sign-off page says so, and so does a warning. Evidence photos are placed from --attachments DIR (files
named by their SHA-256, as in the app's attachments folder, or by their file name); evidence that
is not found is listed in the report as not available.

Options:
  --out FILE          The .docx to write (required)
  --lang id|en        Language of the report (default id)
  --attachments DIR   Folder with the evidence files
  --institution NAME  Institution named on the cover and in the header
  --logo FILE         PNG or JPEG logo for the cover
  --template FILE     Use this template file instead of a built-in one
  --green N           Zone policy: lowest green score (default: as sealed, else ${DEFAULT_ZONE_POLICY.green})
  --yellow N          Zone policy: lowest yellow score (default: as sealed, else ${DEFAULT_ZONE_POLICY.yellow})
  -h, --help          Show this help

Exit codes: 0 written, 1 the audit, template or output is bad, 2 wrong command line.`;

const ENTITY_USAGE = `Usage: patuh report entity --data DIR --entity NAME|ID --period YEAR --out X.docx [options]

Write the Word report of one institution (pemda, kementerian or lembaga) for one year: the entity
index and grade, units ranked with their zones, the zone distribution, points per dimension, the
items most often unmet and one page per unit; and the follow-up of Ombudsman products: whether the
opinion reads "... Tanpa Maladministrasi", and the products that stand in the way (also printed).
With --xlsx, its results as an Excel workbook instead (--out X.xlsx), as the app exports them: a
sheet each for the institution, its units, their dimensions and every item by respondent.

Reads the app's data folder (the one holding patuh.sqlite and settings.json) read-only, so it may
run while the app is open; it never changes the data. Institution name, logo and zone policy come
from that folder's settings. When a unit has several audits in the year, its sealed audit updated
last is used; drafts are included and the report is then marked DRAFT.

Options:
  --data DIR          The app's data folder (required)
  --entity NAME|ID    The institution, by exact name or id (required)
  --period YEAR       The year (required)
  --out FILE          The .docx to write (required)
  --lang id|en        Language of the report (default: the app's language setting)
  --xlsx              Write the results workbook (.xlsx) instead of the Word report
  -h, --help          Show this help

Exit codes: 0 written, 1 the data or output is bad, 2 wrong command line.`;

function language(value: string | undefined, usage: string): Language | undefined {
  if (value === undefined) return undefined;
  if (!(LANGUAGES as readonly string[]).includes(value)) throw usageError(`--lang must be id or en, not "${value}"`, usage);
  return value as Language;
}

/** Writes the report; a path that cannot be written gets the app's own explanation. */
function write(out: string, bytes: Buffer): void {
  try {
    writeAtomically(resolve(out), bytes);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw new CliFailure(`${out}: ${(translator('en') as unknown as (k: string) => string)(error.message)}`, EXIT.badInput);
  }
}

function templateFor(io: CliIo, path: string | undefined, id: string, version: number): MethodologyTemplate {
  if (path !== undefined) {
    const parsed = parseTemplate(readJsonFile(io, path));
    if (!parsed.ok) throw invalidFile(path, 'not a valid template', parsed.issues);
    return parsed.value;
  }
  const builtin = findBuiltinTemplate(id, version);
  if (!builtin) throw new CliFailure(`template ${id} v${version} is not built in; pass it with --template FILE`, EXIT.badInput);
  return builtin;
}

async function audit(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      out: { type: 'string' }, lang: { type: 'string' }, attachments: { type: 'string' }, institution: { type: 'string' },
      logo: { type: 'string' }, template: { type: 'string' }, green: { type: 'string' }, yellow: { type: 'string' },
    },
    AUDIT_USAGE,
    io,
  );
  if (!parsed) return EXIT.ok;
  const v = parsed.values;
  const [file, extra] = parsed.positionals;
  if (!file) throw usageError('missing FILE', AUDIT_USAGE);
  if (extra) throw usageError(`unexpected argument: ${extra}`, AUDIT_USAGE);
  if (!v.out) throw usageError('missing --out FILE', AUDIT_USAGE);
  assertOutputIsNotAnInput(v.out, [file, v.template, v.logo], AUDIT_USAGE);
  const lang = language(v.lang, AUDIT_USAGE) ?? 'id';

  const any = parseAnyAuditFile(readJsonFile(io, file));
  if (!any.ok) throw invalidFile(file, 'not a valid audit file', any.issues);
  const { contentHash, exportedAt: _exportedAt, generator: _generator, ...content } = any.value.file;
  const template = templateFor(io, v.template, content.template.id, content.template.version);
  const issues = auditFileIssues(any.value.file, template);
  if (issues.length) throw invalidFile(file, `does not fit template ${template.id} v${template.version}`, issues);
  // Throws for a forged or changed format-2 seal: a report would lend it the look of a sealed audit.
  const signature = sealVerdict(any.value, file);
  if (signature?.status === 'unsigned') io.err(UNSIGNED_WARNING);
  const warning = periodWarning(any.value.file, template);
  if (warning) io.err(warning);
  const { policy } = filePolicy(any.value.file, v, AUDIT_USAGE);

  const reportContent: AuditReportContent = content;
  const provenance = any.value.v2?.provenance.answers;
  const evidence = evidenceFiles(reportContent, evidenceReader(v.attachments));
  const bytes = await buildAuditReport({
    language: lang,
    institution: { name: v.institution ?? '', logo: v.logo ? readLogo(v.logo) : null },
    generatedAt: localDateTime(new Date()),
    content: reportContent,
    contentHash,
    template,
    policy,
    evidence,
    credits: answerCredits(reportContent, (itemId, slot) => provenance?.[itemId]?.[slot]?.by || null),
    signature,
  });
  write(v.out, bytes);
  const missing = evidence.filter((e) => e.problem).length;
  io.out(`Wrote ${v.out}: audit report of ${content.unit.name} ${content.period.year} (${content.status}), ${evidence.length - missing} of ${evidence.length} evidence files included`);
  if (!scoreUnit(template, unitAnswersOf(any.value.file), policy).scorable) io.err(`note: ${file}: ${NOT_SCORABLE}; the report says so`);
  if (missing) io.err(`note: ${missing} evidence file(s) not found${v.attachments ? ` in ${v.attachments}` : ' (no --attachments DIR given)'} are listed in the report as not available`);
  return EXIT.ok;
}

async function entity(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    { data: { type: 'string' }, entity: { type: 'string' }, period: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' }, xlsx: { type: 'boolean' } },
    ENTITY_USAGE,
    io,
  );
  if (!parsed) return EXIT.ok;
  const v = parsed.values;
  if (parsed.positionals.length) throw usageError(`unexpected argument: ${parsed.positionals[0]}`, ENTITY_USAGE);
  for (const option of ['data', 'entity', 'period', 'out'] as const) if (!v[option]) throw usageError(`missing --${option}`, ENTITY_USAGE);
  assertOutputIsNotAnInput(v.out!, [join(v.data!, DATABASE_FILE)], ENTITY_USAGE);
  const year = Number(v.period);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw usageError(`--period must be a year such as 2023, not "${v.period}"`, ENTITY_USAGE);
  const requested = language(v.lang, ENTITY_USAGE);
  // A workbook named .docx (or a report named .xlsx) would not open in what its name promises.
  if (/\.(docx|xlsx)$/i.test(v.out!) && !v.out!.toLowerCase().endsWith(v.xlsx ? '.xlsx' : '.docx')) throw usageError(v.xlsx ? '--out must end in .xlsx with --xlsx' : '--out ends in .xlsx: add --xlsx for a workbook', ENTITY_USAGE);

  const data = openDataFolder(v.data!);
  try {
    const settings = data.ctx.settings.get();
    const entityId = findEntityId(data.ctx, v.entity!);
    const overview = reportSources(data.ctx).entityOverview(entityId, year);
    if (!overview.units.length) throw new CliFailure(`${overview.entity.name} has no audit in ${year}; years with audits: ${overview.years.join(', ') || 'none'}`, EXIT.badInput);
    if (v.xlsx) return await writeWorkbook(v.out!, requested ?? settings.language, reportSources(data.ctx), overview, io);
    const products = productsService(data.ctx).standing(entityId, year, overview.method);
    const bytes = await buildEntityReport({
      language: requested ?? settings.language,
      institution: institutionOf(settings),
      generatedAt: localDateTime(new Date()),
      overview,
      products,
    });
    write(v.out!, bytes);
    io.out(`Wrote ${v.out}: ${overview.entity.name} ${year}, ${overview.units.length} units, score ${overview.score} (${overview.zone})${overview.drafts ? `, ${overview.drafts} draft(s)` : ''}`);
    for (const line of standingLines(products, overview.band?.label ?? null)) io.out(line);
    return EXIT.ok;
  } finally {
    data.close();
  }
}

/** The results workbook, from the same sources as the app's export. */
async function writeWorkbook(out: string, lang: Language, sources: ReportSources, overview: EntityOverview, io: CliIo): Promise<number> {
  write(out, await buildResultsWorkbook({
    language: lang,
    generatedAt: new Date(),
    overview,
    audits: new Map(overview.units.map((u) => [u.auditId, sources.auditContent(u.auditId)])),
  }));
  io.out(`Wrote ${out}: results of ${overview.entity.name} ${overview.year}, ${overview.units.length} units, score ${overview.score} (${overview.zone})${overview.drafts ? `, ${overview.drafts} draft(s)` : ''}`);
  return EXIT.ok;
}

export const reportCommand = commandGroup('report', USAGE, { audit, entity });
