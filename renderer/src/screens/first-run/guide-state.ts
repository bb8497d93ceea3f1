/**
 * "Skip the guide" lasts until the app is closed: a fresh install that is still empty at the next
 * start is offered the guide again, and Settings can always reopen it.
 */
let skipped = false;

export function skipGuide(): void {
  skipped = true;
}

export function guideSkipped(): boolean {
  return skipped;
}

/** A fresh install: nobody has said who audits, and there is nothing in the registry yet. */
export function isFreshInstall(auditorName: string, entityCount: number): boolean {
  return auditorName.trim() === '' && entityCount === 0;
}
