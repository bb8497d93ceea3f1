/**
 * The life of an ISO 9001 finding, after clause 10.2: react (correction), find the cause,
 * act, review effectiveness, close. A pure function, so the service enforces exactly what the
 * screen offers and both are tested once.
 */
export const FINDING_GRADES = ['major', 'minor', 'observation', 'ofi'] as const;
export type FindingGrade = (typeof FINDING_GRADES)[number];

export const FINDING_STATUSES = ['open', 'action_planned', 'implemented', 'verified', 'closed', 'rejected'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export const WORKFLOW_COMMANDS = ['plan', 'implement', 'verify', 'notEffective', 'close', 'reject', 'reopen'] as const;
export type WorkflowCommand = (typeof WORKFLOW_COMMANDS)[number];

export const REFUSALS = ['notFromStatus', 'needsAction', 'needsRootCause', 'actionsNotDone', 'needsVerification'] as const;
export type Refusal = (typeof REFUSALS)[number];

/** Clause 10.2 binds nonconformities; observations and opportunities for improvement may close without it. */
export function isNonconformity(grade: FindingGrade): boolean {
  return grade === 'major' || grade === 'minor';
}

/** Still being worked on: everything before closed or rejected (verified waits for closure). */
export function isOpenStatus(status: FindingStatus): boolean {
  return status !== 'closed' && status !== 'rejected';
}

/** Where actions can no longer be late: the work was shown effective, or the finding ended. */
export function isSettled(status: FindingStatus): boolean {
  return status === 'verified' || status === 'closed' || status === 'rejected';
}

/** Actions are written and carried out before implementation is declared; later they are the record. */
export function actionsEditable(status: FindingStatus): boolean {
  return status === 'open' || status === 'action_planned';
}

export interface WorkflowState {
  status: FindingStatus;
  grade: FindingGrade;
  actionCount: number;
  /** Actions not yet marked done. */
  openActionCount: number;
  hasRootCause: boolean;
}

const EDGES: Record<WorkflowCommand, { from: readonly FindingStatus[]; to: FindingStatus }> = {
  plan: { from: ['open'], to: 'action_planned' },
  implement: { from: ['action_planned'], to: 'implemented' },
  verify: { from: ['implemented'], to: 'verified' },
  // Verification found the action did not work: plan again (10.2.1 d, review effectiveness).
  notEffective: { from: ['implemented'], to: 'action_planned' },
  // Only a verified finding closes, unless it is not a nonconformity (see decide).
  close: { from: ['open', 'action_planned', 'implemented', 'verified'], to: 'closed' },
  reject: { from: ['open', 'action_planned'], to: 'rejected' },
  reopen: { from: ['rejected'], to: 'open' },
};

export type Decision = { ok: true; to: FindingStatus } | { ok: false; reason: Refusal };

/** Whether `command` may run on a finding in `state`, and the status it leads to. */
export function decide(state: WorkflowState, command: WorkflowCommand): Decision {
  const edge = EDGES[command];
  if (!edge.from.includes(state.status)) return { ok: false, reason: 'notFromStatus' };
  const nc = isNonconformity(state.grade);
  switch (command) {
    case 'plan':
      if (state.actionCount === 0) return { ok: false, reason: 'needsAction' };
      if (nc && !state.hasRootCause) return { ok: false, reason: 'needsRootCause' };
      break;
    case 'implement':
      if (state.actionCount === 0) return { ok: false, reason: 'needsAction' };
      if (state.openActionCount > 0) return { ok: false, reason: 'actionsNotDone' };
      break;
    case 'close':
      if (nc && state.status !== 'verified') return { ok: false, reason: 'needsVerification' };
      break;
    default:
      break;
  }
  return { ok: true, to: edge.to };
}

/**
 * The commands to show as buttons: every step that leaves the current status. A step may still
 * be refused (e.g. "close" on an unverified nonconformity), and the refusal says why.
 */
export function offeredCommands(status: FindingStatus): WorkflowCommand[] {
  return WORKFLOW_COMMANDS.filter((c) => EDGES[c].from.includes(status));
}
