import { currentProvider, isQlikDefault, type SimContext } from './context.ts';
import type { Migration } from './migration.ts';
import { toNanosTimestamp } from './time.ts';
import type { KeyProvider } from './wire.ts';

/** Qlik-managed ciphertexts carry this prefix; leaving the default shows an opaque `v1:` id. */
const QLIK_KEY_PREFIX = 'v1:';

export function startMigration(ctx: SimContext, target: KeyProvider): Migration {
  const fingerprint = target.arnFingerPrint ?? '';
  const from = currentProvider(ctx);
  const nowMs = ctx.now();
  const migration: Migration = {
    id: crypto.randomUUID(),
    tenantId: ctx.tenant.tenantId,
    migratingFrom: !from || isQlikDefault(ctx, from.arnFingerPrint) ? opaqueQlikKeyId() : from.arn,
    migratingTo: target.arn,
    migratingToFingerprint: fingerprint,
    migratingToPrefix: isQlikDefault(ctx, fingerprint)
      ? QLIK_KEY_PREFIX
      : `#BYOKv1#:${fingerprint}`,
    initiatedAt: toNanosTimestamp(nowMs),
    initiatedAtMs: nowMs,
    durationMs: ctx.migrationDurationMs,
    applied: false,
  };
  ctx.tenant.migration = migration;
  return migration;
}

function opaqueQlikKeyId(): string {
  return `${QLIK_KEY_PREFIX}${randomBase64(24).replace(/[+/]/g, 'x')}:${randomBase64(60)}`;
}

function randomBase64(bytes: number): string {
  const random = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...random));
}
