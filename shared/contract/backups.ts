/** Backups of all data: automatic and on demand, verified, restorable. Filled in by the backups work. */
export const backupChannels = {};
