import type { ApiError, Channel, Input, Output, PatuhApi, Result } from '../../../shared/contract';

declare global {
  interface Window {
    readonly patuh: PatuhApi;
  }
}

/** A failed call, carrying the typed error main sent back. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

/** Calls one channel and unwraps its Result: resolves with the output or throws ApiCallError. */
export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const fn = window.patuh[channel] as unknown as (input: Input<C>) => Promise<Result<Output<C>>>;
  const result = await fn(input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}
