import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { dispatch } from '../../../shared/contract/dispatch';
import type { Input } from '../../../shared/contract';
import type { PackagePreview } from '../../../shared/domain/packages';
import { startServices } from '../../services/bootstrap';
import { confSettings } from '../../settings/conf-settings';
import { CliFailure, EXIT, usageError, type CliIo } from '../terminal-io';
import { commandGroup, parseCommandArgs } from '../command';
import { asCliFailure, passwordFrom } from '../domain-failure';
import { findEntityId } from '../read-only-data';
import { inspectPackage } from './verify';
import { DomainError } from '../../../shared/contract';

const USAGE = `Usage: patuh package <export|import|inspect|verify> [options]

Audit packages (.patuh): audits with their evidence photos and templates, signed by the
installation that made them, optionally encrypted with a transfer password.

Commands:
  export --data DIR (--audit ID... | --entity NAME --period YEAR | --all) --out FILE
                                Write a package from the app's data folder
  import FILE|FOLDER... --data DIR [--confirm-names] [--dry-run]
                                Preview, then import packages into the data folder
  inspect FILE                  Verify a package and list what it holds
  verify FILE                   The same as "patuh verify FILE"

The app must be closed while export or import use its data folder.
Run "patuh package <command> --help" for details.`;

const EXPORT_USAGE = `Usage: patuh package export --data DIR (--audit ID... | --entity NAME|ID [--period YEAR] | --all) --out FILE [options]

Options:
  --data DIR            The app's data folder (required; the app must be closed)
  --audit ID            An audit to include (repeat for several)
  --entity NAME|ID      Every audit of this institution (with --period: of that year)
  --period YEAR         With --entity: only this year
  --all                 Every audit
  --out FILE            The .patuh file to write (required)
  --password-env NAME   Encrypt with the transfer password in this environment variable
  --assign NAME         Split the work: the team member this part is for
  --groups IDS          With --assign: the dimensions they take, e.g. IN,PR
  -h, --help            Show this help`;

const IMPORT_USAGE = `Usage: patuh package import FILE|FOLDER... --data DIR [options]

Verifies each package (signature, hashes, seals), prints what it would do, then imports it in
one transaction after an automatic backup. A package imported before does nothing. Audits that
exist here are merged question by question; conflicts are left for the lead in the app.

Options:
  --data DIR            The app's data folder (required; the app must be closed)
  --password-env NAME   Transfer password of encrypted packages, from this environment variable
  --confirm-names       Accept entities and units matched by name (not by id)
  --dry-run             Only print the preview; change nothing
  -h, --help            Show this help`;

const INSPECT_USAGE = `Usage: patuh package inspect FILE [--password-env NAME]

Verify a package and list its maker, signature and audits. Changes nothing.`;

/** The services over a data folder, for commands that write to it (the save dialog answers `out`). */
export function services(dataDir: string, out?: string) {
  if (!existsSync(join(dataDir, 'patuh.sqlite'))) throw new CliFailure(`${dataDir}: no Patuh database (patuh.sqlite) in this folder`, EXIT.badInput);
  const refuse = () => { throw new Error('The command line has no desktop to show dialogs on'); };
  return startServices(resolve(dataDir), confSettings(resolve(dataDir)), 'cli', {
    chooseSavePath: async () => (out ? resolve(out) : null), chooseOpenPaths: refuse, openPath: refuse, showInFolder: refuse,
  });
}

async function exportPackage(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, {
    data: { type: 'string' }, audit: { type: 'string', multiple: true }, entity: { type: 'string' }, period: { type: 'string' },
    all: { type: 'boolean' }, out: { type: 'string' }, 'password-env': { type: 'string' }, assign: { type: 'string' }, groups: { type: 'string' },
  }, EXPORT_USAGE, io);
  if (!parsed) return EXIT.ok;
  const v = parsed.values as Record<string, string | string[] | boolean | undefined>;
  if (!v.data || !v.out) throw usageError('missing --data or --out', EXPORT_USAGE);
  const audits = (v.audit as string[] | undefined) ?? [];
  if ([audits.length > 0, !!v.entity, !!v.all].filter(Boolean).length !== 1) throw usageError('give exactly one of --audit, --entity or --all', EXPORT_USAGE);
  const s = services(String(v.data), String(v.out));
  try {
    const selection: Input<'packages.export'>['selection'] = audits.length ? { auditIds: audits }
      : v.entity ? { entityId: findEntityId(s.ctx, String(v.entity)), ...(v.period ? { year: Number(v.period) } : {}) } : { all: true };
    const result = await dispatch(s.handlers, 'packages.export', {
      selection,
      password: passwordFrom(v['password-env'] as string | undefined),
      assignment: v.assign ? { person: String(v.assign), groupIds: String(v.groups ?? '').split(',').filter(Boolean) } : null,
    });
    if (!result.ok) throw asCliFailure(new DomainError(result.error.code, result.error.message, result.error.details), String(v.out));
    const w = result.value as { path: string; bytes: number; audits: number; evidence: number };
    io.out(`Wrote ${w.path}: ${w.audits} audit(s), ${w.evidence} evidence file(s), ${w.bytes} bytes; read back and verified`);
    return EXIT.ok;
  } finally {
    s.close();
  }
}

function expand(paths: readonly string[]): string[] {
  return paths.flatMap((p) => (existsSync(p) && statSync(p).isDirectory()
    ? readdirSync(p).filter((n) => extname(n) === '.patuh').sort().map((n) => join(p, n))
    : [p]));
}

function describe(p: PackagePreview): string[] {
  return [
    `${p.fileName}: by ${p.maker.person || '(no name)'} on ${p.maker.deviceName} (device ${p.maker.deviceId}, ${p.maker.signer} signer)${p.alreadyImported ? `, already imported ${p.alreadyImported}` : ''}`,
    ...p.audits.map((a) => `  ${a.unit} ${a.year}: ${a.outcome}${a.outcome === 'merge' ? ` (${a.changes} changes, ${a.conflicts} conflicts)` : ''}${a.reason ? ` (${a.reason})` : ''}`),
    ...p.registry.filter((m) => m.match === 'name').map((m) => `  ${m.kind} "${m.name}" matched by name to "${m.localName}"`),
  ];
}

async function importPackages(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, {
    data: { type: 'string' }, 'password-env': { type: 'string' }, 'confirm-names': { type: 'boolean' }, 'dry-run': { type: 'boolean' },
  }, IMPORT_USAGE, io);
  if (!parsed) return EXIT.ok;
  const v = parsed.values;
  if (!v.data) throw usageError('missing --data', IMPORT_USAGE);
  const files = expand(parsed.positionals);
  if (!files.length) throw usageError('missing FILE or FOLDER', IMPORT_USAGE);
  const password = passwordFrom(v['password-env']);
  const s = services(v.data);
  let failed = 0;
  try {
    for (const [i, file] of files.entries()) {
      const path = resolve(file);
      s.ctx.chosenPaths.add(path);
      const channel = v['dry-run'] ? 'packages.preview' : 'packages.import';
      const result = await dispatch(s.handlers, channel, { path, password, ...(v['dry-run'] ? {} : { confirmNameMatches: v['confirm-names'] === true, backupFirst: i === 0 }) });
      if (!result.ok) {
        failed++;
        const failure = asCliFailure(new DomainError(result.error.code, result.error.message, result.error.details), file) as CliFailure;
        io.err(`${failure.message}`);
        continue;
      }
      const preview = v['dry-run'] ? (result.value as PackagePreview) : (result.value as { preview: PackagePreview }).preview;
      for (const line of describe(preview)) io.out(line);
    }
  } finally {
    s.close();
  }
  io.out(`${files.length - failed} of ${files.length} package(s) ${v['dry-run'] ? 'verified' : 'imported'}`);
  return failed ? EXIT.badInput : EXIT.ok;
}

async function inspect(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { 'password-env': { type: 'string' } }, INSPECT_USAGE, io);
  if (!parsed) return EXIT.ok;
  const [file] = parsed.positionals;
  if (!file) throw usageError('missing FILE', INSPECT_USAGE);
  for (const line of await inspectPackage(file, passwordFrom(parsed.values['password-env']))) io.out(line);
  return EXIT.ok;
}

export const packageCommand = commandGroup('package', USAGE, {
  export: exportPackage,
  import: importPackages,
  inspect,
  verify: inspect,
});
