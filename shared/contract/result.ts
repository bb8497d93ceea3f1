/**
 * What every channel returns across a transport. Errors are data, never thrown across
 * the IPC or HTTP boundary, so the renderer always gets `{ code, message, details }`.
 */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'READ_ONLY'
  | 'FILE'
  /** The data is held by another process on the same data folder longer than the busy timeout. */
  | 'BUSY'
  | 'UNKNOWN_CHANNEL'
  | 'FORBIDDEN'
  /** The user stopped it (a report being built). */
  | 'CANCELLED'
  | 'INTERNAL';

/** One problem in an input: where it is and an i18n key that says what is wrong. */
export interface Issue {
  path: string;
  message: string;
  params?: Record<string, string | number>;
}

export interface ApiError {
  code: ErrorCode;
  /** An i18n key (e.g. `errors.validation`), translated by whoever shows it. */
  message: string;
  details?: { issues?: Issue[]; [key: string]: unknown };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by services for expected failures; the dispatcher turns it into an ApiError. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ApiError['details'],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function validationError(issues: Issue[]): DomainError {
  return new DomainError('VALIDATION', 'errors.validation', { issues });
}
