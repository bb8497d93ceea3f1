import { DomainError } from '../../shared/contract';
import type { AttachmentUpload, LinkedAttachment } from '../../shared/domain/attachments';
import type { ChangeValues } from '../../shared/domain/change-history';
import { attachmentStore } from './attachments';
import type { ServiceContext } from './context';

/** What a register gives to have evidence files linked to its entries. */
export interface EvidenceOwner {
  links: {
    link(ownerId: string, sha256: string, name: string, at: string): boolean;
    unlink(ownerId: string, sha256: string): string | undefined;
    attachments(ownerId: string): LinkedAttachment[];
  };
  /** Throws when the entry is missing or may no longer change. */
  mustBeWritable(ownerId: string): void;
  record(ownerId: string, at: string, entries: ChangeValues<'attachmentAdded' | 'attachmentRemoved'>[]): void;
  tx<T>(fn: () => T): T;
  stamp(): string;
}

/**
 * Attaching and removing evidence, the same for every register (ISO findings, Ombudsman products):
 * the bytes go to the content-addressed store before the transaction (a file without a row is
 * harmless, a row without a file is not), the link and its history row in one transaction.
 */
export function registerEvidence(ctx: ServiceContext, owner: EvidenceOwner) {
  const store = attachmentStore(ctx);
  return {
    attach(ownerId: string, file: AttachmentUpload): LinkedAttachment {
      owner.mustBeWritable(ownerId);
      const stored = store.put(file.mime, file.base64);
      return owner.tx(() => {
        owner.mustBeWritable(ownerId);
        const at = owner.stamp();
        if (owner.links.link(ownerId, stored.sha256, file.name, at)) {
          owner.record(ownerId, at, [{ kind: 'attachmentAdded', field: stored.sha256, newValue: file.name }]);
        }
        const linked = owner.links.attachments(ownerId).find((a) => a.sha256 === stored.sha256);
        if (!linked) throw new DomainError('INTERNAL', 'errors.internal');
        return linked;
      });
    },
    detach(ownerId: string, sha256: string): null {
      return owner.tx(() => {
        owner.mustBeWritable(ownerId);
        const name = owner.links.unlink(ownerId, sha256);
        if (name === undefined) throw new DomainError('NOT_FOUND', 'errors.notFound', { what: 'attachment' });
        owner.record(ownerId, owner.stamp(), [{ kind: 'attachmentRemoved', field: sha256, oldValue: name }]);
        return null;
      });
    },
  };
}
