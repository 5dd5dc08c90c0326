/** The shapes the UI works with, after normalisation of the wire variants (see normalize.ts). */

export const QLIK_MANAGED_ARN = '#QLIK_MANAGED_KEY_PROVIDER#';

export type ProviderType = 'Qlik' | 'AWS-KMS';

export interface ReplicaKey {
  arn: string;
  region: string;
}

export interface ComplianceProblem {
  code: string;
  region: string;
  message: string;
}

export interface KeyProvider {
  /** `arnFingerPrint`; empty when the API left it out (GET /keyproviders). */
  fingerprint: string;
  arn: string;
  name: string;
  description: string;
  type: ProviderType;
  isQlikDefault: boolean;
  current: boolean;
  tenantId: string | null;
  /** ISO date-times; null for "never" (zero date) and for the Qlik default's `Qlik managed`. */
  createdAt: string | null;
  promotedToCurrentAt: string | null;
  demotedFromCurrentAt: string | null;
  multiRegion: boolean;
  replicaKeys: ReplicaKey[];
  /** Undefined when the API did not say. */
  drCompliant: boolean | undefined;
  complianceProblems: ComplianceProblem[];
}

export type MigrationState = 'New' | 'InProgress' | 'Completed';

export interface Migration {
  id: string | null;
  state: MigrationState;
  /** Percentage; null when the response carried none (the migrate response). */
  progress: number | null;
  tenantId: string | null;
  initiatedAt: string | null;
  completedAt: string | null;
  migratingTo: string | null;
  migratingFrom: string | null;
  migratingToFingerprint: string | null;
  migratingToPrefix: string | null;
}

export const isMigrationRunning = (migration: Migration | null | undefined) =>
  migration != null && migration.state !== 'Completed';
