import type { OperationId } from './operations.ts';

export interface ErrorMessage {
  /** What happened, in the admin's words. */
  title: string;
  /** Why, or what it means for the tenant. */
  explanation: string;
  /** What to do now. */
  next: string;
}

type Table = Record<OperationId, Record<number, ErrorMessage>>;

export const unauthorized: ErrorMessage = {
  title: 'The API key was refused',
  explanation: 'The tenant did not accept the API key the console uses: it is invalid or expired.',
  next: 'Create a new API key as a tenant admin, set it as QLIK_API_KEY (or in .env.local) and restart the console.',
};

const SIGN_IN_AGAIN =
  'Choose “Sign in again”: Qlik Cloud’s sign-in opens in a new tab. Then come back to this tab';

/** Sign-in mode: the console's server ended the session, so the request never reached the tenant. */
export const sessionEnded = (change: boolean): ErrorMessage => ({
  title: 'Your session has ended, sign in again',
  explanation: change
    ? 'What you typed is still here; it was not sent.'
    : 'Your sign-in is no longer valid, so the console could not load this.',
  next: change ? `${SIGN_IN_AGAIN} and send again.` : `${SIGN_IN_AGAIN}; it loads again by itself.`,
});

export const notTenantAdmin: ErrorMessage = {
  title: 'Your account is not a tenant admin of this tenant',
  explanation:
    'The encryption API answers only accounts with the tenant admin role, so the tenant refused this (403). Nothing was changed.',
  next: 'Ask a tenant admin to give you the role, or sign in with another account.',
};

const badRequest = (what: string): ErrorMessage => ({
  title: `The tenant refused the request to ${what}`,
  explanation: 'The API answered 400 Bad Request; the details below say what it objected to.',
  next: 'Check the values and try again. If it keeps failing, report the details to Qlik support.',
});

const notFound = (what: string): ErrorMessage => ({
  title: 'Key provider not found',
  explanation: `No key provider with this fingerprint exists on the tenant, so it could not ${what}. It may have been deleted in another session.`,
  next: 'Go back to the key provider list, which shows the providers that exist now.',
});

const kmsTimeout = (what: string): ErrorMessage => ({
  title: 'AWS KMS did not answer in time',
  explanation: `The tenant asked AWS KMS to ${what} and got no answer within its time limit. Nothing was changed.`,
  next: 'It is safe to try again in a moment. If it keeps timing out, check the key and AWS KMS service health in the AWS console.',
});

const registryUnavailable: ErrorMessage = {
  title: 'The tenant could not load its key providers',
  explanation: 'The key registry of the tenant failed to answer (417).',
  next: 'Try again in a moment. If it persists, contact Qlik support with the details below.',
};

const migrationRunning = (action: string): ErrorMessage => ({
  title: 'A migration is already running',
  explanation: `Only one key migration can run on a tenant at a time, so the tenant refused to ${action}.`,
  next: 'Watch the running migration until it completes, then start the next one.',
});

export const errorMessages: Table = {
  listAwsKeyProviders: { 400: badRequest('list key providers'), 417: registryUnavailable },
  listKeyProviders: { 400: badRequest('list key providers'), 417: registryUnavailable },
  createKeyProvider: {
    400: {
      title: 'The registration was refused',
      explanation: 'A required field is missing or a value is not accepted (400 Bad Request).',
      next: 'Correct the highlighted field and register again; everything you typed is kept.',
    },
    401: unauthorized,
    403: {
      title: 'The key policy does not allow Qlik Cloud',
      explanation:
        'AWS KMS refused Qlik Cloud access to this key. Qlik Cloud needs kms:GenerateDataKey, kms:Encrypt, kms:Decrypt and kms:DescribeKey on the key, in its region and in the replica region.',
      next: 'In the AWS console, open KMS → the key → Key policy, allow the Qlik Cloud principal those actions (see "Configure the AWS KMS key policy" in Qlik help), then register again.',
    },
    406: {
      title: 'The key could not be registered',
      explanation: 'The tenant accepted the request but failed to register the key (406).',
      next: 'Check that the key is enabled, symmetric and has a replica in the DR region, then try again.',
    },
    408: kmsTimeout('check the key'),
    409: {
      title: 'This key is already registered',
      explanation:
        'A key provider with the same ARN exists on this tenant; a key can be registered once.',
      next: 'Open the existing key provider instead, or register a different key.',
    },
    417: {
      title: 'The ARN was not accepted',
      explanation:
        'The tenant could not read the key ARN: its structure is not that of an AWS KMS key or alias ARN.',
      next: 'Copy the ARN from the AWS KMS console (arn:aws:kms:<region>:<account>:key/<key-id> or …:alias/<name>) and try again.',
    },
  },
  getKeyProvider: {
    400: badRequest('read the key provider'),
    404: notFound('be shown'),
    414: {
      title: 'Key provider not found',
      explanation:
        'The fingerprint in the address is longer than any key provider fingerprint (414).',
      next: 'Go back to the key provider list and open the provider from there.',
    },
  },
  patchKeyProvider: {
    400: {
      title: 'The change was refused',
      explanation: 'The tenant could not accept the new name or description (400).',
      next: 'Check the values (the name must not be empty) and save again; your text is kept.',
    },
    401: unauthorized,
    404: notFound('be changed'),
    417: {
      title: 'The key provider could not be changed',
      explanation:
        'The tenant failed to save the new name or description (417). The Qlik default cannot be edited.',
      next: 'Try again in a moment. If it persists, contact Qlik support with the details below.',
    },
  },
  deleteKeyProvider: {
    400: badRequest('delete the key provider'),
    404: notFound('be deleted'),
    417: {
      title: 'The key provider could not be deleted',
      explanation:
        'The tenant failed to delete the key provider information (417). Nothing was removed.',
      next: 'Try again in a moment. If it persists, contact Qlik support with the details below.',
    },
    424: {
      title: 'The key is in use',
      explanation:
        'This key encrypts the tenant’s data now (or is the target of a running migration), so it cannot be deleted.',
      next: 'Migrate the tenant to another key provider first; once it is no longer current, delete it.',
    },
  },
  migrateKeyProvider: {
    400: badRequest('start the migration'),
    401: unauthorized,
    404: notFound('be migrated to'),
    412: {
      title: 'The migration could not start',
      explanation: 'The tenant failed to initiate the migration (412). Nothing was migrated.',
      next: 'Validate the key, fix any problem it reports, then start the migration again.',
    },
    424: {
      title: 'The migration could not be prepared',
      explanation:
        'The tenant could not prepare the migration to this key (424). Nothing was migrated.',
      next: 'Validate the key and its policy in both regions, then try again.',
    },
    428: migrationRunning('start another one'),
  },
  testKeyProvider: {
    400: badRequest('validate the key'),
    401: unauthorized,
    404: notFound('be validated'),
    408: kmsTimeout('validate the key'),
  },
  resetToDefaultProvider: {
    401: unauthorized,
    406: migrationRunning('start the return to the Qlik default'),
    412: {
      title: 'The return to the Qlik default could not start',
      explanation:
        'The tenant failed to initiate the migration to the Qlik managed key (412). Nothing was migrated.',
      next: 'Try again in a moment. If it persists, contact Qlik support with the details below.',
    },
    424: {
      title: 'The tenant already uses the Qlik default',
      explanation: 'The Qlik managed key provider is already current; there is nothing to migrate.',
      next: 'No action is needed.',
    },
  },
  getMigrationDetails: {
    400: badRequest('read the migration'),
    401: unauthorized,
    404: {
      title: 'No migration has run on this tenant',
      explanation: 'The tenant has never migrated its data keys to another key provider.',
      next: 'Start a migration from the migration page when you want to change the key provider.',
    },
    417: {
      title: 'The migration status is unavailable',
      explanation: 'The tenant failed to return the migration information (417).',
      next: 'The console tries again by itself; the migration itself is not affected.',
    },
  },
};
