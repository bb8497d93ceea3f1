import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAnyAuditFile } from '../../../shared/audit-file/parse';
import { fingerprintOf } from '../../keys/device-identity';
import { isEncryptedPackage } from '../../packages/package-crypto';
import { openPackage } from '../../packages/package-read';
import { CliFailure, EXIT, usageError, type CliIo } from '../terminal-io';
import { parseCommandArgs, type Command } from '../command';
import { asCliFailure, passwordFrom } from '../domain-failure';
import { invalidFile } from '../issue-text';
import { readJsonFile } from '../read-json';
import { sealVerdict } from '../seal-verdict';

const USAGE = `Usage: patuh verify FILE [--password-env NAME]

Check an audit file (.json, format 1 or 2) or an audit package (.patuh) before trusting it.

An audit file: a final audit must match its content hash and carry a valid Ed25519 signature of
it (format 2). A format-1 seal is a bare hash that anyone can recompute: it cannot be verified.
A package: its signature, every file's hash and size, every audit in it, every seal.

Options:
  --password-env NAME  An encrypted package's transfer password, from this environment variable
  -h, --help           Show this help

Exit codes: 0 verified (or a draft, which has no seal), 1 refused or not verifiable, 2 wrong command line.`;

export const isPackageFile = (path: string) => path.endsWith('.patuh') || isEncryptedPackage(path);

/** Opens and verifies a package in a temporary staging folder, and lists what it holds. */
export async function inspectPackage(file: string, password: string | null): Promise<string[]> {
  const staging = mkdtempSync(join(tmpdir(), 'patuh-verify-'));
  try {
    const pkg = await openPackage(staging, file, password);
    pkg.close();
    const m = pkg.manifest;
    return [
      `package ${m.packageId}, made ${m.createdAt} by ${m.person.name || '(no name)'} on ${m.device.name} (device ${m.device.id}) with ${m.app}`,
      `signature valid; ${m.files.length} files checked against their SHA-256`,
      ...pkg.audits.map((a) => `  ${a.unit.name} ${a.period.year} (${a.entity.name}): ${a.status === 'final' ? `final, seal signed by device ${fingerprintOf(a.seal!.publicKey)}` : 'draft'}`),
    ];
  } catch (error) {
    throw asCliFailure(error, file);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { 'password-env': { type: 'string' } }, USAGE, io);
  if (!parsed) return EXIT.ok;
  const [file, extra] = parsed.positionals;
  if (!file) throw usageError('missing FILE', USAGE);
  if (extra) throw usageError(`unexpected argument: ${extra}`, USAGE);
  if (isPackageFile(file)) {
    for (const line of await inspectPackage(file, passwordFrom(parsed.values['password-env']))) io.out(line);
    return EXIT.ok;
  }
  const any = parseAnyAuditFile(readJsonFile(io, file));
  if (!any.ok) throw invalidFile(file, 'not a valid audit file', any.issues);
  const seal = sealVerdict(any.value, file);
  const a = any.value.file;
  if (!seal) {
    io.out(`${file}: draft audit of ${a.unit.name} ${a.period.year}: no seal to verify`);
    return EXIT.ok;
  }
  if (seal.status === 'unsigned') {
    throw new CliFailure(`${file}: the seal is not signed (format 1): its content hash matches, but anyone can recompute it, so it cannot be verified`, EXIT.badInput);
  }
  io.out(`${file}: verified: ${a.unit.name} ${a.period.year} sealed by device ${seal.deviceId}, content hash ${a.contentHash}`);
  return EXIT.ok;
}

export const verifyCommand: Command = { usage: USAGE, run };
