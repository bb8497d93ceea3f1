import type { Handlers } from '../../shared/contract';
import type { ServiceContext } from './context';
import { fileHandlers } from './files-service';
import { registryHandlers } from './registry-service';
import { settingsHandlers } from './settings-service';
import { attachmentHandlers } from './attachments';
import { findingHandlers } from './findings-service';
import { findingActionHandlers } from './finding-actions-service';
import { findingInsightHandlers } from './findings-insights-service';
import { templateHandlers } from './templates-service';
import { auditHandlers } from './audits-service';
import { answerHandlers } from './audit-answers-service';
import { proofHandlers } from './audit-proofs-service';
import { recommendationHandlers } from './audit-recommendations-service';
import { sealHandlers } from './audit-seal-service';
import { voidHandlers } from './audit-void-service';
import { reportHandlers } from './reports-service';
import { packageHandlers } from '../packages/package-handlers';
import { backupHandlers } from '../backups/backup-handlers';
import { excelHandlers } from './excel-service';
import { productHandlers } from './products-service';

/** The one handler table, bound by IPC in the app and by HTTP in the test host. */
export function createHandlers(ctx: ServiceContext): Handlers {
  return {
    ...settingsHandlers(ctx),
    ...registryHandlers(ctx),
    ...fileHandlers(ctx),
    ...findingHandlers(ctx),
    ...findingActionHandlers(ctx),
    ...findingInsightHandlers(ctx),
    ...attachmentHandlers(ctx),
    ...templateHandlers(ctx),
    ...auditHandlers(ctx),
    ...answerHandlers(ctx),
    ...proofHandlers(ctx),
    ...recommendationHandlers(ctx),
    ...sealHandlers(ctx),
    ...voidHandlers(ctx),
    ...reportHandlers(ctx),
    ...packageHandlers(ctx),
    ...backupHandlers(ctx),
    ...excelHandlers(ctx),
    ...productHandlers(ctx),
  };
}
