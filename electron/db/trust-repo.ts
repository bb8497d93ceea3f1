import type { Db } from './open';

export interface TrustedDevice {
  publicKey: string;
  deviceId: string;
  label: string;
  trustedAt: string;
}

interface Row { public_key: string; device_id: string; label: string; trusted_at: string }
const toDevice = (r: Row): TrustedDevice => ({ publicKey: r.public_key, deviceId: r.device_id, label: r.label, trustedAt: r.trusted_at });

/** The auditors' laptops a coordinator trusts: seals and packages they sign are shown as trusted. */
export function trustRepo(db: Db) {
  return {
    list(): TrustedDevice[] {
      return (db.prepare('SELECT * FROM trusted_devices ORDER BY label COLLATE NOCASE').all() as Row[]).map(toDevice);
    },
    get(publicKey: string): TrustedDevice | undefined {
      const row = db.prepare('SELECT * FROM trusted_devices WHERE public_key = ?').get(publicKey) as Row | undefined;
      return row && toDevice(row);
    },
    upsert(d: TrustedDevice): void {
      db.prepare(`INSERT INTO trusted_devices (public_key, device_id, label, trusted_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (public_key) DO UPDATE SET label = excluded.label`).run(d.publicKey, d.deviceId, d.label, d.trustedAt);
    },
    remove(publicKey: string): number {
      return db.prepare('DELETE FROM trusted_devices WHERE public_key = ?').run(publicKey).changes;
    },
  };
}
