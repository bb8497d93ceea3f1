import { appendFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { DomainError, type Handlers } from '../../shared/contract';
import type { ImportResult } from '../../shared/domain/packages';
import { autoBackup } from '../backups/auto-backup';
import { auditCore, type AuditCore } from '../services/audit-core';
import type { ServiceContext } from '../services/context';
import { assertWritableFolder } from '../services/export-file';
import { looksLikeAuditFile, openAuditFileAsPackage } from './audit-file-as-package';
import { conflictHandlers } from './conflict-handlers';
import { deviceHandlers } from './device-handlers';
import { importPackage } from './import-apply';
import { planImport, type ImportPlan } from './import-plan';
import { isEncryptedPackage } from './package-crypto';
import { openPackage, type OpenedPackage } from './package-read';
import { writePackage } from './package-write';
import { auditIdsOf, packageFileName } from './selection';

type PackageHandlers = Pick<Handlers,
  'packages.export' | 'packages.choose' | 'packages.upload' | 'packages.preview' | 'packages.import'
  | 'audits.conflicts' | 'audits.resolveConflicts' | 'devices.list' | 'devices.trust' | 'devices.untrust'>;

export const PACKAGE_EXTENSION = 'patuh';
const MAX_UPLOAD_BYTES = 4 * 1024 * 1024 * 1024;

/** Export, preview and import of audit packages; trusted devices and merge conflicts. */
export function packageHandlers(ctx: ServiceContext): PackageHandlers {
  const core = auditCore(ctx);
  const uploads = join(ctx.dataDir, 'staging', 'uploads');

  /** The page may only name files the user picked or dropped: never an arbitrary path. */
  const chosen = (path: string) => {
    if (!ctx.chosenPaths.has(path)) throw new DomainError('FORBIDDEN', 'errors.forbidden');
    if (!existsSync(path)) throw new DomainError('FILE', 'errors.folderMissing', { path });
    return path;
  };

  /** A package, or a plain audit file (format 1 or 2) taken as a package of one. */
  const open = (path: string, password: string | null): Promise<OpenedPackage> | OpenedPackage =>
    looksLikeAuditFile(chosen(path)) ? openAuditFileAsPackage(path, core.files) : openPackage(ctx.dataDir, path, password);

  return {
    'packages.export': async ({ selection, password, assignment }) => {
      const ids = auditIdsOf(core, selection);
      const target = await ctx.desktop.chooseSavePath({ defaultName: packageFileName(core, ids), filters: [{ name: 'Patuh', extensions: [PACKAGE_EXTENSION] }] });
      if (!target) return null;
      assertWritableFolder(target);
      const written = await writePackage(ctx, ids, { password, assignment }, target);
      ctx.exportedPaths.add(target);
      return written;
    },

    'packages.choose': async ({ folders }) => {
      const picked = await ctx.desktop.chooseOpenPaths({ filters: [{ name: 'Patuh', extensions: [PACKAGE_EXTENSION, 'json'] }], folders, multiple: true });
      const files = picked.flatMap((p) => (statSync(p).isDirectory()
        ? readdirSync(p).filter((n) => extname(n) === `.${PACKAGE_EXTENSION}` || n.endsWith('.patuh-audit.json')).sort().map((n) => join(p, n))
        : [p]));
      for (const f of files) ctx.chosenPaths.add(f);
      return files;
    },

    'packages.upload': ({ uploadId, name, offset, base64, last }) => {
      mkdirSync(uploads, { recursive: true });
      const path = join(uploads, `${uploadId}-${basename(name).replace(/[^\w.-]+/g, '_')}`);
      const size = existsSync(path) ? statSync(path).size : 0;
      if (offset !== size) throw new DomainError('VALIDATION', 'errors.uploadOutOfOrder', { expected: size });
      const bytes = Buffer.from(base64, 'base64');
      if (size + bytes.length > MAX_UPLOAD_BYTES) {
        rmSync(path, { force: true });
        throw new DomainError('VALIDATION', 'errors.packageTooLarge');
      }
      if (offset === 0) writeFileSync(path, bytes);
      else appendFileSync(path, bytes);
      if (!last) return { path: null };
      ctx.chosenPaths.add(path);
      return { path };
    },

    'packages.preview': async ({ path, password }) => {
      const pkg = await open(path, password);
      try {
        return planPreview(ctx, core, pkg, path);
      } finally {
        pkg.close();
      }
    },

    'packages.import': async ({ path, password, confirmNameMatches, backupFirst }): Promise<ImportResult> => {
      const pkg = await open(path, password);
      try {
        let preview = planPreview(ctx, core, pkg, path);
        if (preview.alreadyImported) return { preview, imported: false, backupPath: null };
        if (preview.needsNameConfirmation && !confirmNameMatches) throw new DomainError('VALIDATION', 'errors.importConfirmNames');
        const backup = backupFirst ? await autoBackup(ctx, 'import') : null;
        // Planned again after the (asynchronous) backup, so the import applies to the data as it is now.
        preview = await importPackage(ctx, core, pkg, path, isEncryptedPackage(path));
        // A dropped file has done its work once imported: it must not linger in the data folder.
        if (path.startsWith(uploads)) rmSync(path, { force: true });
        return { preview, imported: true, backupPath: backup?.path ?? null };
      } finally {
        pkg.close();
      }
    },

    ...conflictHandlers(ctx, core),
    ...deviceHandlers(ctx),
  };
}

function planPreview(ctx: ServiceContext, core: AuditCore, pkg: OpenedPackage, path: string): ImportPlan['preview'] {
  return planImport(ctx, core, pkg, path, isEncryptedPackage(path)).preview;
}
