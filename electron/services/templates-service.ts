import { DomainError, validationError, type Handlers } from '../../shared/contract';
import type { TemplateRef } from '../../shared/domain/audit';
import { parseJsonText } from '../../shared/domain/json-text';
import type { TemplateSummary } from '../../shared/domain/templates';
import { BUILTIN_TEMPLATES } from '../../shared/methodology/builtin';
import { canonicalJson } from '../../shared/methodology/canonical-json';
import { templateChecksum } from '../../shared/methodology/checksum';
import { parseTemplate } from '../../shared/methodology/parse-template';
import { methodologyTemplateSchema, type MethodologyTemplate } from '../../shared/methodology/template-schema';
import { templatesRepo } from '../db/templates-repo';
import type { ServiceContext } from './context';
import { saveExport } from './export-file';

export interface KnownTemplate {
  template: MethodologyTemplate;
  checksum: string;
  builtin: boolean;
  auditCount: number;
}

const key = (id: string, version: number) => `${id}@${version}`;
const BUILTINS = BUILTIN_TEMPLATES.map((template) => ({ template, checksum: templateChecksum(template) }));

/** Stored rows never change, so a parsed template is cached by its checksum for the process's life. */
const parsedByChecksum = new Map<string, MethodologyTemplate>();
function parseStored(json: string, checksum: string): MethodologyTemplate {
  let template = parsedByChecksum.get(checksum);
  if (!template) {
    template = Object.freeze(methodologyTemplateSchema.parse(JSON.parse(json)));
    if (templateChecksum(template) !== checksum) throw new DomainError('INTERNAL', 'errors.templateCorrupt', { checksum });
    parsedByChecksum.set(checksum, template);
  }
  return template;
}

export function summaryOf(t: KnownTemplate): TemplateSummary {
  const { template } = t;
  return {
    id: template.id, version: template.version, checksum: t.checksum, name: template.name, description: template.description,
    validYears: template.validYears, builtin: t.builtin, groupCount: template.groups.length,
    itemCount: template.groups.reduce((n, g) => n + g.items.length, 0), auditCount: t.auditCount,
  };
}

/**
 * Built-in templates live in code and are copied into the database the first time an audit pins
 * them, so every audit's template is frozen in its own file even if a later app version ships
 * different built-ins. Imported templates live only in the database.
 */
export function templateStore(ctx: Pick<ServiceContext, 'db' | 'now'>) {
  const repo = templatesRepo(ctx.db);
  const loaded = new Map<string, MethodologyTemplate>();

  function all(): KnownTemplate[] {
    const out = new Map<string, KnownTemplate>();
    for (const row of repo.list()) {
      out.set(key(row.id, row.version), { template: parseStored(row.json, row.checksum), checksum: row.checksum, builtin: row.builtin, auditCount: row.auditCount });
    }
    for (const b of BUILTINS) {
      if (!out.has(key(b.template.id, b.template.version))) out.set(key(b.template.id, b.template.version), { ...b, builtin: true, auditCount: 0 });
    }
    // Built-ins first (newest method first, as shipped), then imported ones by id and newest version.
    return [...out.values()].sort((a, b) =>
      Number(b.builtin) - Number(a.builtin) || a.template.id.localeCompare(b.template.id) || b.template.version - a.template.version);
  }

  function find(id: string, version: number): KnownTemplate | undefined {
    const row = repo.get(id, version);
    if (row) return { template: parseStored(row.json, row.checksum), checksum: row.checksum, builtin: row.builtin, auditCount: row.auditCount };
    const b = BUILTINS.find((t) => t.template.id === id && t.template.version === version);
    return b && { ...b, builtin: true, auditCount: 0 };
  }

  return {
    all,
    find,
    /** Call inside the audit's transaction: makes sure the version an audit pins is stored. */
    pin(id: string, version: number): KnownTemplate {
      const known = find(id, version);
      if (!known) throw new DomainError('NOT_FOUND', 'errors.notFound', { what: 'template' });
      if (!repo.get(id, version)) {
        repo.insert({ id, version, checksum: known.checksum, json: canonicalJson(known.template), builtin: known.builtin }, ctx.now().toISOString());
      }
      return known;
    },
    /** The template an audit pinned, checked against the checksum it pinned. */
    load(ref: TemplateRef): MethodologyTemplate {
      // Stored versions never change (a trigger refuses it), so one read per ref for this connection's life.
      const k = `${key(ref.id, ref.version)}#${ref.checksum}`;
      const hit = loaded.get(k);
      if (hit) return hit;
      const row = repo.stored(ref.id, ref.version);
      if (!row || row.checksum !== ref.checksum) throw new DomainError('INTERNAL', 'errors.templateCorrupt', { id: ref.id, version: ref.version });
      const template = parseStored(row.json, row.checksum);
      loaded.set(k, template);
      return template;
    },
    /** Validates and stores a template file; the same id and version with other content is an edit, and refused. */
    import(text: string): { known: KnownTemplate; added: boolean } {
      const json = parseJsonText(text);
      if (!json.ok) throw validationError([{ path: '', message: 'validation.notJson', params: { detail: json.detail } }]);
      const parsed = parseTemplate(json.value);
      if (!parsed.ok) throw validationError(parsed.issues);
      const template = parsed.value;
      const checksum = templateChecksum(template);
      return ctx.db.transaction(() => {
        const existing = find(template.id, template.version);
        if (existing) {
          if (existing.checksum === checksum) return { known: existing, added: false };
          throw new DomainError('CONFLICT', 'errors.templateVersionExists', { id: template.id, version: template.version });
        }
        repo.insert({ id: template.id, version: template.version, checksum, json: canonicalJson(template), builtin: false }, ctx.now().toISOString());
        return { known: { template, checksum, builtin: false, auditCount: 0 }, added: true };
      }).immediate();
    },
  };
}
export type TemplateStore = ReturnType<typeof templateStore>;

type TemplateHandlers = Pick<Handlers, 'templates.list' | 'templates.get' | 'templates.import' | 'templates.export'>;

export function templateHandlers(ctx: ServiceContext): TemplateHandlers {
  const store = templateStore(ctx);
  const found = (id: string, version: number) => {
    const known = store.find(id, version);
    if (!known) throw new DomainError('NOT_FOUND', 'errors.notFound', { what: 'template' });
    return known;
  };
  return {
    'templates.list': () => store.all().map(summaryOf),
    'templates.get': ({ id, version }) => {
      const known = found(id, version);
      return { ...summaryOf(known), template: known.template };
    },
    'templates.import': ({ json }) => {
      const { known, added } = store.import(json);
      return { template: summaryOf(known), added };
    },
    'templates.export': ({ id, version }) => {
      const { template } = found(id, version);
      const content = Buffer.from(`${JSON.stringify(template, null, 2)}\n`, 'utf8');
      return saveExport(ctx, { defaultName: `${id}-v${version}.json`, filters: [{ name: 'JSON', extensions: ['json'] }] }, content);
    },
  };
}
