import { validationError, type Handlers } from '../../shared/contract';
import { auditCore } from './audit-core';
import type { ServiceContext } from './context';

type RecommendationHandlers = Pick<Handlers, 'audits.recommend'>;

/**
 * The auditor's recommendations, per item or per dimension: each write is one transaction with
 * its trail entry (item or group id, and the scope in the note), committed before the reply.
 */
export function recommendationHandlers(ctx: ServiceContext): RecommendationHandlers {
  const core = auditCore(ctx);
  return {
    'audits.recommend': ({ auditId, scope, targetId, text }) => {
      const savedAt = core.now();
      core.write(() => {
        const r = core.draft(auditId);
        const template = core.templates.load({ id: r.templateId, version: r.templateVersion, checksum: r.templateChecksum });
        const known = scope === 'group' ? template.groups.some((g) => g.id === targetId) : template.groups.some((g) => g.items.some((i) => i.id === targetId));
        if (!known) throw validationError([{ path: 'targetId', message: scope === 'group' ? 'validation.unknownGroup' : 'validation.unknownItem', params: { id: targetId } }]);
        const all = core.content.recommendations(auditId);
        const old = (scope === 'group' ? all.groups : all.items)[targetId] ?? '';
        if (old === text) return;
        core.content.setRecommendation(auditId, scope, targetId, text, savedAt, core.provenance(r));
        core.changed(r, { action: 'recommendation', itemId: targetId, slot: null, oldValue: old || null, newValue: text || null, note: scope });
      });
      return { scope, targetId, text, savedAt };
    },
  };
}
