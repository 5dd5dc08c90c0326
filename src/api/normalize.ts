import { ApiError } from './api-error.ts';
import {
  QLIK_MANAGED_ARN,
  type ComplianceProblem,
  type KeyProvider,
  type Migration,
  type MigrationState,
  type ReplicaKey,
} from './model.ts';
import type { OperationId } from './operations.ts';

type Raw = Record<string, unknown>;

const ZERO_DATE = /^0001-01-01T00:00:00(\.0+)?Z$/;

const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const textOrNull = (value: unknown) => (typeof value === 'string' && value ? value : null);

/** A date the API sent, or null for "never", "Qlik managed" and anything unparseable. */
export function readDate(value: unknown): string | null {
  if (typeof value !== 'string' || ZERO_DATE.test(value)) return null;
  // Nanosecond precision (initiatedAt) is trimmed to what Date understands.
  const trimmed = value.replace(/(\.\d{3})\d+/, '$1');
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function malformed(operation: OperationId, detail: string): ApiError {
  return new ApiError({
    operation,
    kind: 'malformed',
    status: 200,
    title: 'The tenant sent a response the console cannot read',
    detail,
  });
}

function readReplicaKeys(value: unknown): ReplicaKey[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).map((item) => ({ arn: text(item.arn), region: text(item.region) }));
}

function readComplianceProblems(value: unknown): ComplianceProblem[] {
  const items = Array.isArray(value) ? value : [value];
  return items
    .filter(isObject)
    .map((item) => ({
      code: text(item.code),
      region: text(item.region),
      message: text(item.message),
    }))
    .filter((problem) => problem.code || problem.region || problem.message);
}

export function toKeyProvider(raw: unknown, operation: OperationId): KeyProvider {
  if (!isObject(raw) || typeof raw.arn !== 'string' || typeof raw.name !== 'string') {
    throw malformed(operation, 'A key provider without an ARN or a name.');
  }
  const type = raw.keyprovider ?? raw.keyProvider;
  const isQlikDefault = type === 'Qlik' || raw.arn === QLIK_MANAGED_ARN;
  return {
    fingerprint: text(raw.arnFingerPrint),
    arn: raw.arn,
    name: raw.name,
    description: text(raw.description),
    type: isQlikDefault ? 'Qlik' : 'AWS-KMS',
    isQlikDefault,
    current: raw.current === true,
    tenantId: textOrNull(raw.tenantId),
    createdAt: readDate(raw.createdAt),
    promotedToCurrentAt: readDate(raw.promotedToCurrentAt),
    demotedFromCurrentAt: readDate(raw.demotedFromCurrentAt),
    multiRegion: raw.multiRegion === true,
    replicaKeys: readReplicaKeys(raw.replicaKeys),
    drCompliant: typeof raw.drCompliant === 'boolean' ? raw.drCompliant : undefined,
    complianceProblems: readComplianceProblems(raw.complianceError),
  };
}

export function toKeyProviderList(raw: unknown, operation: OperationId): KeyProvider[] {
  if (!Array.isArray(raw)) throw malformed(operation, 'Expected a list of key providers.');
  return raw.map((item) => toKeyProvider(item, operation));
}

const MIGRATION_STATES: readonly string[] = ['New', 'InProgress', 'Completed'];

export function toMigration(raw: unknown, operation: OperationId): Migration {
  if (!isObject(raw) || !MIGRATION_STATES.includes(text(raw.state))) {
    throw malformed(operation, 'Migration information without a known state.');
  }
  const progress = typeof raw.progress === 'number' ? raw.progress : null;
  return {
    id: textOrNull(raw.id) ?? textOrNull(raw.migrationId),
    state: raw.state as MigrationState,
    progress: progress === null ? null : Math.min(100, Math.max(0, progress)),
    tenantId: textOrNull(raw.tenantId),
    initiatedAt: readDate(raw.initiatedAt),
    completedAt: readDate(raw.completedAt),
    migratingTo: textOrNull(raw.migratingTo),
    migratingFrom: textOrNull(raw.migratingFrom),
    migratingToFingerprint:
      textOrNull(raw.migratingToFingerprint) ?? textOrNull(raw.migratingToFingerPrint),
    migratingToPrefix: textOrNull(raw.migratingToPrefix),
  };
}
