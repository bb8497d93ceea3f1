import type { Migration } from '../migrate';
import { registry } from './001-registry';
import { attachments } from './002-attachments';
import { isoFindings } from './003-iso-findings';
import { audits } from './004-audits';
import { packages } from './005-packages';
import { scale } from './006-scale';
import { officialReports } from './007-official-reports';
import { opini2025 } from './008-opini-2025';
import { ombudsmanProducts } from './009-ombudsman-products';

/** Append only. Never edit a migration that has shipped: add the next one. */
export const MIGRATIONS: readonly Migration[] = [registry, attachments, isoFindings, audits, packages, scale, officialReports, opini2025, ombudsmanProducts];
