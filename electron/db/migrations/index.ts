import type { Migration } from '../migrate';
import { registry } from './001-registry';

/** Append only. Never edit a migration that has shipped: add the next one. */
export const MIGRATIONS: readonly Migration[] = [registry];
