import { addDays } from './dates';
import { isSettled, type FindingStatus } from './workflow';

interface ActionDates {
  dueDate: string;
  doneOn: string | null;
}

/**
 * Late: not done, its finding not yet verified, closed or rejected, and due before today.
 * Due today is not late yet.
 */
export function isOverdue(action: ActionDates, status: FindingStatus, today: string): boolean {
  return action.doneOn === null && !isSettled(status) && action.dueDate < today;
}

/** Falls due from today up to `days` days ahead (inclusive). */
export function isDueSoon(action: ActionDates, status: FindingStatus, today: string, days: number): boolean {
  return action.doneOn === null && !isSettled(status) && action.dueDate >= today && action.dueDate <= addDays(today, days);
}
