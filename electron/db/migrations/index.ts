import type { Migration } from '../migrate';
import { registry } from './001-registry';
import { attachments } from './002-attachments';
import { isoFindings } from './003-iso-findings';
import { audits } from './004-audits';
import { packages } from './005-packages';

/** Append only. Never edit a migration that has shipped: add the next one. */
export const MIGRATIONS: readonly Migration[] = [registry, attachments, isoFindings, audits, packages];
