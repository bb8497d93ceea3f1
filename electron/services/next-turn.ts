/**
 * Gives the event loop a turn: long work done in steps between these leaves the window (Electron's
 * main process serves it) answered between steps instead of frozen for the whole job.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
