import type { z } from 'zod';

/** A channel: the zod schema its input must pass, and (as a type only) what it returns. */
export interface ChannelDef<I extends z.ZodType, O> {
  readonly input: I;
  /** Phantom field: carries the output type; never read at run time. */
  readonly output?: O;
}

/** `channel<Entity>()(schema)`: fixes the output type, infers the input from the schema. */
export function channel<O>() {
  return <I extends z.ZodType>(input: I): ChannelDef<I, O> => ({ input });
}
