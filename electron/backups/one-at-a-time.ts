const running = new Map<string, Promise<unknown>>();

/**
 * Runs backup and restore work for one data folder one task at a time: a daily backup, an
 * import's backup and a restore must never snapshot or switch the same folder at once.
 */
export function oneAtATime<T>(dataDir: string, task: () => Promise<T>): Promise<T> {
  const previous = running.get(dataDir) ?? Promise.resolve();
  const next = previous.then(task, task);
  const settled = next.catch(() => undefined);
  running.set(dataDir, settled);
  void settled.then(() => {
    if (running.get(dataDir) === settled) running.delete(dataDir);
  });
  return next;
}
