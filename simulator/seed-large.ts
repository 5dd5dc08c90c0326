// A tenant with 1,000 key providers (the Qlik default and 999 AWS keys), for measuring the
// console at scale. Deterministic: the same names, ARNs and dates on every load.
import { qlikDefaultProvider } from './seed-reference.ts';
import type { TenantSeed } from './tenant-seed.ts';
import { toSecondsTimestamp } from './time.ts';
import { AWS_KMS, NEVER, type KeyProvider } from './wire.ts';

export const LARGE_PROVIDER_COUNT = 1000;
export const LARGE_TENANT_ID = 'Lr9Qw-tX4bN-mZ8cVs2K_hPfYdGj7Ae1';
const TENANT_REGION = 'us-east-1';
const DR_REGION = 'us-east-2';
const FIRST_CREATED_MS = Date.parse('2019-03-01T08:00:00Z');
const LAST_CREATED_MS = Date.parse('2024-10-30T17:00:00Z');
/** Every ROTATION_EVERY-th key was current once; the last of them is current now. */
const ROTATION_EVERY = 40;
const DAY_MS = 86_400_000;

/** mulberry32: a small seeded generator, so the scenario is the same everywhere. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const TEAMS = ['Finance', 'Payroll', 'Sales', 'Marketing', 'HR', 'Supply chain', 'Risk', 'Legal'];
const TEAMS_2 = ['Clinical', 'Retail', 'Logistics', 'Treasury', 'Audit', 'Customer success'];
const USES = ['analytics', 'reporting', 'data lake', 'forecasting', 'dashboards', 'archive'];
const STAGES = ['production', 'staging', 'dev', 'DR drill', 'sandbox'];
const DESCRIPTIONS = [
  'Rotated yearly by the platform team',
  'Owned by the data governance office; ask before deleting',
  'Key for the {team} {use} apps in {stage}',
  'Created during the {year} key rotation; replaces the previous {team} key',
  'Customer-facing {use} spaces (contract requires a customer-managed key)',
  'Temporary key for the {stage} migration rehearsal, remove after sign-off',
  'Schlüssel für die {team}-Berichte der EU-Niederlassungen',
  'مفتاح التشفير لتقارير {team}',
  '{team} の分析用キー',
];
const ACCOUNTS = [
  '857519135519',
  '284611907731',
  '104938275610',
  '663920184455',
  '390127746182',
  '771204598833',
];
/** Most keys live in the tenant's region; a few were registered from elsewhere. */
const OTHER_REGIONS = ['us-west-2', 'eu-west-1', 'ca-central-1'];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

function hex(next: () => number, length: number) {
  let out = '';
  for (let i = 0; i < length; i++) out += Math.floor(next() * 16).toString(16);
  return out;
}

const uuid = (next: () => number) =>
  `${hex(next, 8)}-${hex(next, 4)}-4${hex(next, 3)}-${pick(next, ['8', '9', 'a', 'b'])}${hex(next, 3)}-${hex(next, 12)}`;

function fill(template: string, values: Record<string, string>) {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? key);
}

function awsKey(next: () => number, tenantId: string, index: number): KeyProvider {
  const team = pick(next, next() < 0.7 ? TEAMS : TEAMS_2);
  const use = pick(next, USES);
  const stage = pick(next, STAGES);
  const createdMs =
    FIRST_CREATED_MS + Math.round(((LAST_CREATED_MS - FIRST_CREATED_MS) * index) / 998);
  const year = new Date(createdMs).getUTCFullYear().toString();
  const region = next() < 0.88 ? TENANT_REGION : pick(next, OTHER_REGIONS);
  const account = pick(next, ACCOUNTS);
  const multiRegion = region === TENANT_REGION && next() < 0.75;
  const resource =
    next() < 0.12
      ? `alias/${team.toLowerCase().replace(/ /g, '-')}-${stage.replace(/ /g, '-').toLowerCase()}-${index}`
      : `key/${multiRegion ? `mrk-${hex(next, 32)}` : uuid(next)}`;
  const arn = `arn:aws:kms:${region}:${account}:${resource}`;
  const description =
    next() < 0.8 ? fill(pick(next, DESCRIPTIONS), { team, use, stage, year }) : undefined;
  return {
    arn,
    name: `${team} ${use} (${stage}) ${String(index + 1).padStart(3, '0')}`,
    tenantId,
    createdAt: toSecondsTimestamp(createdMs),
    ...(description ? { description } : {}),
    keyprovider: AWS_KMS,
    multiRegion,
    replicaKeys: multiRegion
      ? [{ arn: arn.replace(`:${TENANT_REGION}:`, `:${DR_REGION}:`), region: DR_REGION }]
      : [],
    arnFingerPrint: hex(next, 32),
    promotedToCurrentAt: NEVER,
    demotedFromCurrentAt: NEVER,
  };
}

/**
 * 1,000 providers: the Qlik default (current until the first rotation; like the reference, it
 * keeps no demotion date) and 999 AWS keys created over five years. Every 40th key was current
 * for a while, each replaced by the next; the last of them is current, reached by the last
 * (completed) migration.
 */
export function largeTenant(): TenantSeed {
  const tenantId = LARGE_TENANT_ID;
  const next = random(15_000);
  const keys = Array.from({ length: LARGE_PROVIDER_COUNT - 1 }, (_, i) =>
    awsKey(next, tenantId, i),
  );
  const rotated = keys.filter(
    (key, i) => i % ROTATION_EVERY === ROTATION_EVERY / 2 && key.arn.includes(`:${TENANT_REGION}:`),
  );
  const promotedMs = rotated.map((key) => Date.parse(key.createdAt ?? '') + 2 * DAY_MS);
  rotated.forEach((key, i) => {
    key.promotedToCurrentAt = toSecondsTimestamp(promotedMs[i] as number);
    const demotedMs = promotedMs[i + 1];
    if (demotedMs === undefined) key.current = true;
    else key.demotedFromCurrentAt = toSecondsTimestamp(demotedMs);
  });
  const current = rotated.at(-1) as KeyProvider;
  const previous = rotated.at(-2) as KeyProvider;
  const completedMs = promotedMs.at(-1) as number;
  const fingerprint = current.arnFingerPrint as string;
  return {
    tenantId,
    tenantRegion: TENANT_REGION,
    drRegion: DR_REGION,
    providers: [
      qlikDefaultProvider(tenantId, toSecondsTimestamp(FIRST_CREATED_MS - DAY_MS)),
      ...keys,
    ],
    migration: {
      id: '7e1b2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
      tenantId,
      migratingFrom: previous.arn,
      migratingTo: current.arn,
      migratingToFingerprint: fingerprint,
      migratingToPrefix: `#BYOKv1#:${fingerprint}`,
      initiatedAt: toSecondsTimestamp(completedMs - 45 * 60_000),
      initiatedAtMs: completedMs - 45 * 60_000,
      durationMs: 45 * 60_000,
      applied: true,
    },
  };
}
