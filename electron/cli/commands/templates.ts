import { dispatch } from '../../../shared/contract/dispatch';
import { DomainError } from '../../../shared/contract';
import type { TemplateImport } from '../../../shared/domain/templates';
import { BUILTIN_TEMPLATES, findBuiltinTemplate } from '../../../shared/methodology/builtin';
import { templateChecksum } from '../../../shared/methodology/checksum';
import { parseTemplate } from '../../../shared/methodology/parse-template';
import type { MethodologyTemplate } from '../../../shared/methodology/template-schema';
import { CliFailure, EXIT, usageError, type CliIo } from '../terminal-io';
import { commandGroup, parseCommandArgs } from '../command';
import { asCliFailure } from '../domain-failure';
import { invalidFile } from '../issue-text';
import { readJsonFile } from '../read-json';
import { isWorkbook, parseWorkbookFile, readWorkbookFile } from '../xlsx-input';
import { services } from './package';

const USAGE = `Usage: patuh templates <command> [options]

Methodology templates: the checklists and scoring rules audits are made with.

Commands:
  list                          List the built-in templates
  export ID [--version N] [--out FILE]
                                Write a built-in template as JSON (to stdout without --out)
  validate FILE                 Check a template file (.json or .xlsx); list every problem
  import FILE --data DIR        Add a template file (.json or .xlsx) to the app's data folder

Run "patuh templates <command> --help" for details.`;

const LIST_USAGE = `Usage: patuh templates list [--json]

List the built-in templates: id, version, years, items and checksum.

Options:
  --json      Print JSON instead of a table
  -h, --help  Show this help`;

const EXPORT_USAGE = `Usage: patuh templates export ID [--version N] [--out FILE]

Write a built-in template as JSON, e.g. as a starting point for a new version.

Options:
  --version N  The template version (default: the latest)
  --out FILE   Write to FILE instead of stdout
  -h, --help   Show this help`;

const VALIDATE_USAGE = `Usage: patuh templates validate FILE

Check a template file against the template schema and its rules (unique ids, group weights
summing to 100, grade bands covering 0 to 100 without overlaps). Every problem is listed with
its JSON path, or for an Excel workbook (.xlsx, laid out as docs/template-xlsx.md) with its
sheet, row and column. Exits 0 when the file is valid, 1 when it is not.

Options:
  -h, --help  Show this help`;

const itemCount = (t: MethodologyTemplate) => t.groups.reduce((n, g) => n + g.items.length, 0);

function list(args: string[], io: CliIo): number {
  const parsed = parseCommandArgs(args, { json: { type: 'boolean' } }, LIST_USAGE, io);
  if (!parsed) return EXIT.ok;
  if (parsed.positionals.length) throw usageError(`unexpected argument: ${parsed.positionals[0]}`, LIST_USAGE);
  const rows = BUILTIN_TEMPLATES.map((t) => ({
    id: t.id,
    version: t.version,
    years: `${t.validYears.from}-${t.validYears.to}`,
    groups: t.groups.length,
    items: itemCount(t),
    checksum: templateChecksum(t),
    name: t.name.en,
  }));
  if (parsed.values.json) {
    io.out(JSON.stringify(rows, null, 2));
    return EXIT.ok;
  }
  const header = ['ID', 'VERSION', 'YEARS', 'GROUPS', 'ITEMS', 'CHECKSUM', 'NAME'];
  const cells = rows.map((r) => [r.id, String(r.version), r.years, String(r.groups), String(r.items), r.checksum.slice(0, 12), r.name]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  for (const line of [header, ...cells]) io.out(line.map((c, i) => (i < line.length - 1 ? c.padEnd(widths[i]!) : c)).join('  '));
  return EXIT.ok;
}

function exportTemplate(args: string[], io: CliIo): number {
  const parsed = parseCommandArgs(args, { version: { type: 'string' }, out: { type: 'string' } }, EXPORT_USAGE, io);
  if (!parsed) return EXIT.ok;
  const [id, extra] = parsed.positionals;
  if (!id) throw usageError('missing template ID', EXPORT_USAGE);
  if (extra) throw usageError(`unexpected argument: ${extra}`, EXPORT_USAGE);
  const rawVersion = parsed.values.version;
  const version = rawVersion === undefined ? undefined : Number(rawVersion);
  if (version !== undefined && !(Number.isInteger(version) && version >= 1)) {
    throw usageError(`--version must be a whole number from 1, not "${rawVersion}"`, EXPORT_USAGE);
  }
  const template = findBuiltinTemplate(id, version);
  if (!template) {
    const known = BUILTIN_TEMPLATES.map((t) => `${t.id} (v${t.version})`).join(', ');
    throw new CliFailure(`no built-in template "${id}"${version ? ` version ${version}` : ''}; built in: ${known}`, EXIT.badInput);
  }
  const json = `${JSON.stringify(template, null, 2)}\n`;
  if (parsed.values.out === undefined) {
    io.out(json.trimEnd());
    return EXIT.ok;
  }
  try {
    io.writeFile(parsed.values.out, json);
  } catch (error) {
    throw asCliFailure(error, parsed.values.out);
  }
  io.out(`Exported ${template.id} v${template.version} to ${parsed.values.out} (sha256 ${templateChecksum(template)})`);
  return EXIT.ok;
}

const IMPORT_USAGE = `Usage: patuh templates import FILE --data DIR

Add a template file (.json, or an Excel workbook laid out as docs/template-xlsx.md) to the app's
data folder, checked as the app checks it: a file with problems adds nothing and lists them all;
the same template again changes nothing; the same id and version with other content is refused
(a changed template is a new version).

Options:
  --data DIR  The app's data folder (required)
  -h, --help  Show this help

Exit codes: 0 added or already there, 1 the file is bad or refused, 2 wrong command line.`;

async function validate(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, {}, VALIDATE_USAGE, io);
  if (!parsed) return EXIT.ok;
  const [file, extra] = parsed.positionals;
  if (!file) throw usageError('missing FILE', VALIDATE_USAGE);
  if (extra) throw usageError(`unexpected argument: ${extra}`, VALIDATE_USAGE);
  const result = isWorkbook(file) ? await parseWorkbookFile(file) : parseTemplate(readJsonFile(io, file));
  if (!result.ok) throw invalidFile(file, isWorkbook(file) ? 'not a valid template workbook' : 'not a valid template', result.issues);
  const t = result.value;
  const checksum = templateChecksum(t);
  io.out(`${file}: valid template ${t.id} v${t.version}, ${t.groups.length} groups, ${itemCount(t)} items, sha256 ${checksum}`);
  const builtin = findBuiltinTemplate(t.id, t.version);
  if (builtin && templateChecksum(builtin) !== checksum) {
    // A template in use is never edited; a changed one must be a new version (ARCHITECTURE.md).
    io.err(`warning: ${t.id} v${t.version} is built in with different content; give the edited template a new version`);
  }
  return EXIT.ok;
}

async function importTemplate(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { data: { type: 'string' } }, IMPORT_USAGE, io);
  if (!parsed) return EXIT.ok;
  const [file, extra] = parsed.positionals;
  if (!file) throw usageError('missing FILE', IMPORT_USAGE);
  if (extra) throw usageError(`unexpected argument: ${extra}`, IMPORT_USAGE);
  if (!parsed.values.data) throw usageError('missing --data DIR', IMPORT_USAGE);
  // Read before the data folder is opened, so an unreadable file touches nothing.
  const input = isWorkbook(file) ? { base64: readWorkbookFile(file).toString('base64') } : { json: JSON.stringify(readJsonFile(io, file)) };
  const s = services(parsed.values.data);
  try {
    const result = 'base64' in input ? await dispatch(s.handlers, 'templates.importXlsx', input) : await dispatch(s.handlers, 'templates.import', input);
    if (!result.ok) {
      const failure = asCliFailure(new DomainError(result.error.code, result.error.message, result.error.details), file) as CliFailure;
      const issues = result.error.details?.issues ?? [];
      throw issues.length ? invalidFile(file, isWorkbook(file) ? 'not a valid template workbook' : 'not a valid template', issues) : failure;
    }
    const { template: t, added } = result.value as TemplateImport;
    io.out(`${file}: ${added ? 'added' : 'already there, unchanged:'} template ${t.id} v${t.version}, ${t.groupCount} groups, ${t.itemCount} items, sha256 ${t.checksum}`);
    return EXIT.ok;
  } finally {
    s.close();
  }
}

export const templatesCommand = commandGroup('templates', USAGE, {
  list, export: exportTemplate, validate, import: importTemplate,
});
