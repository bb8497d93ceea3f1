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

/** Every step that leaves the current status, whether or not the rest of the state allows it now. */
export function offeredCommands(status: FindingStatus): WorkflowCommand[] {
  return WORKFLOW_COMMANDS.filter((c) => EDGES[c].from.includes(status));
}

/** The steps to offer as buttons: those `decide` allows now, so none is shown only to be refused. */
export function allowedCommands(state: WorkflowState): WorkflowCommand[] {
  return offeredCommands(state.status).filter((c) => decide(state, c).ok);
}

/** The road of clause 10.2: plan, implement, verify, close. */
export const MAIN_ROAD: readonly WorkflowCommand[] = ['plan', 'implement', 'verify', 'close'];

/**
 * The next step on the main road when it cannot be taken yet, with what it waits for (add an
 * action, write the root cause, finish the actions), so the screen says what to do instead of
 * showing a button that would be refused. Null when that step is allowed, or there is none.
 */
export function blockedNextStep(state: WorkflowState): { command: WorkflowCommand; reason: Refusal } | null {
  const command = MAIN_ROAD.find((c) => EDGES[c].from.includes(state.status));
  if (!command) return null;
  const decision = decide(state, command);
  return decision.ok ? null : { command, reason: decision.reason };
}
