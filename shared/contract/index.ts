import type { z } from 'zod';
import { registryChannels } from './registry';
import { fileChannels } from './files';
import { settingsChannels } from './settings';
import { findingChannels } from './findings';
import { attachmentChannels } from './attachments';
import { templateChannels } from './templates';
import { auditChannels } from './audits';
import { auditProofChannels } from './audit-proofs';
import { reportChannels } from './reports';
import { packageChannels } from './packages';
import { backupChannels } from './backups';
import { excelChannels } from './excel';
import { ombudsmanProductChannels } from './products';
import type { ChannelDef } from './channel';
import type { Result } from './result';

/**
 * The one table of channels. Nothing else defines a channel name: main binds these,
 * the preload exposes these, the test host and the CLI dispatch these.
 */
export const contract = {
  ...settingsChannels,
  ...registryChannels,
  ...fileChannels,
  ...findingChannels,
  ...attachmentChannels,
  ...templateChannels,
  ...auditChannels,
  ...auditProofChannels,
  ...reportChannels,
  ...packageChannels,
  ...backupChannels,
  ...excelChannels,
  ...ombudsmanProductChannels,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller may send (defaults not yet applied). */
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives, after the schema has parsed and defaulted it. */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = Contract[C] extends ChannelDef<z.ZodType, infer O> ? O : never;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Every channel's implementation; a missing or mistyped handler fails to compile. */
export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>) => Output<C> | Promise<Output<C>>;
};

/** The page's API (`window.patuh`): one function per channel, derived from the contract. */
export type PatuhApi = {
  readonly [C in Channel]: (input: Input<C>) => Promise<Result<Output<C>>>;
};

export * from './result';
