import { z } from 'zod';
import { channel } from './channel';
import type { ExportedFile } from './attachments';
import { attachmentUpload, sha256Schema, type LinkedAttachment } from '../domain/attachments';
import {
  actionDoneFields,
  actionFields,
  analysisFields,
  findingFields,
  findingFilter,
  transitionInput,
  type CorrectiveAction,
  type Finding,
  type FindingDetail,
  type FindingSummary,
  type FindingsDashboard,
} from '../domain/findings';
import { idSchema } from '../domain/registry';
import { LANGUAGES } from '../domain/settings';

const byId = z.strictObject({ id: idSchema });
const scope = {
  entityId: idSchema.optional(),
  unitId: idSchema.optional(),
};

/** The most rows one call returns; without `limit`, every matching finding. */
export const FINDING_PAGE_MAX = 500;
const findingListInput = findingFilter.extend({
  limit: z.number('validation.invalidType').int('validation.integer').min(1, 'validation.tooSmall').max(FINDING_PAGE_MAX, 'validation.tooBig').optional(),
  offset: z.number('validation.invalidType').int('validation.integer').min(0, 'validation.tooSmall').optional(),
});

/** ISO 9001 findings: the register, the corrective-action workflow, the dashboard and exports. */
export const findingChannels = {
  /** Newest finding date first. `limit`/`offset`: the page the register shows (a province holds thousands). */
  'findings.list': channel<FindingSummary[]>()(findingListInput),
  /** How many findings the filter matches: the register's "1–50 of N". */
  'findings.count': channel<number>()(findingFilter),
  /** Everyone who owns an action, for the owner filter. */
  'findings.owners': channel<string[]>()(z.strictObject(scope)),
  'findings.get': channel<FindingDetail>()(byId),
  'findings.create': channel<Finding>()(z.strictObject({ entityId: idSchema, fields: findingFields })),
  'findings.update': channel<Finding>()(z.strictObject({ id: idSchema, fields: findingFields })),
  'findings.saveAnalysis': channel<Finding>()(z.strictObject({ id: idSchema, fields: analysisFields })),
  'findings.transition': channel<Finding>()(transitionInput),

  'findings.addAction': channel<CorrectiveAction>()(z.strictObject({ findingId: idSchema, fields: actionFields })),
  'findings.updateAction': channel<CorrectiveAction>()(z.strictObject({ id: idSchema, fields: actionFields })),
  'findings.completeAction': channel<CorrectiveAction>()(z.strictObject({ id: idSchema, ...actionDoneFields.shape })),

  'findings.attach': channel<LinkedAttachment>()(z.strictObject({ findingId: idSchema, file: attachmentUpload })),
  'findings.detach': channel<null>()(z.strictObject({ findingId: idSchema, sha256: sha256Schema })),

  /** `dueSoonDays` defaults to the setting; the page passes it so a changed setting shows at once. */
  'findings.dashboard': channel<FindingsDashboard>()(
    z.strictObject({ ...scope, dueSoonDays: z.number().int().min(1).max(365).optional() }),
  ),
  'findings.exportCsv': channel<ExportedFile | null>()(findingFilter),
  'findings.exportReport': channel<ExportedFile | null>()(
    z.strictObject({ filter: findingFilter.default({ overdueOnly: false, search: '' }), language: z.enum(LANGUAGES).optional() }),
  ),
};
