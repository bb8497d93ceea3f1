/** Audit packages: export, preview, import and merge. */
export const packageChannels = {};
