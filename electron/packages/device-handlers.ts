import { DomainError, type Handlers } from '../../shared/contract';
import type { DeviceInfo } from '../../shared/contract/packages';
import { trustRepo } from '../db/trust-repo';
import type { ServiceContext } from '../services/context';
import { fingerprintOf } from '../keys/device-identity';

type DeviceHandlers = Pick<Handlers, 'devices.list' | 'devices.trust' | 'devices.untrust'>;

/** The coordinator marks auditors' laptops as trusted; anything else that signs is "unknown". */
export function deviceHandlers(ctx: ServiceContext): DeviceHandlers {
  const repo = trustRepo(ctx.db);
  const list = (): DeviceInfo[] => repo.list();
  return {
    'devices.list': () => ({ self: { deviceId: ctx.device.id, name: ctx.device.name, publicKey: ctx.device.publicKey }, trusted: list() }),
    'devices.trust': ({ publicKey, label }) => {
      if (publicKey === ctx.device.publicKey) throw new DomainError('CONFLICT', 'errors.trustSelf');
      repo.upsert({ publicKey, deviceId: fingerprintOf(publicKey), label, trustedAt: ctx.now().toISOString() });
      return list();
    },
    'devices.untrust': ({ publicKey }) => {
      if (repo.remove(publicKey) === 0) throw new DomainError('NOT_FOUND', 'errors.notFound', { what: 'device' });
      return list();
    },
  };
}
