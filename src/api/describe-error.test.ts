import { describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorInit } from './api-error.ts';
import { describeError, isMigrationAlreadyRunning } from './describe-error.ts';
import { errorMessages } from './error-messages.ts';

const error = (init: Partial<ApiErrorInit>) =>
  new ApiError({ operation: 'listKeyProviders', kind: 'http', status: 400, title: 't', ...init });

describe('describeError', () => {
  it('uses the (operation, status) message and keeps what the API said', () => {
    const described = describeError(
      error({ operation: 'deleteKeyProvider', status: 424, code: 'E-1', detail: 'key is current' }),
    );
    expect(described.title).toBe(errorMessages.deleteKeyProvider[424]?.title);
    expect(described.technical).toBe('HTTP 424 · E-1 · t · key is current');
  });

  it('tells the same status apart by operation (424 on delete vs reset)', () => {
    const del = describeError(error({ operation: 'deleteKeyProvider', status: 424 }));
    const reset = describeError(error({ operation: 'resetToDefaultProvider', status: 424 }));
    expect(del.title).not.toBe(reset.title);
  });

  it('describes the kinds that have no status', () => {
    expect(describeError(error({ kind: 'unreachable', status: 502 })).title).toBe(
      'Cannot reach the tenant',
    );
    expect(describeError(error({ kind: 'network', status: 0 })).title).toMatch(/its server/);
    expect(describeError(error({ kind: 'timeout', status: 0 })).title).toMatch(/in time/);
  });

  it('gives undocumented statuses an honest message with the status', () => {
    expect(describeError(error({ status: 503 })).title).toBe('The tenant had a problem');
    expect(describeError(error({ status: 418 })).title).toBe(
      'Unexpected answer from the tenant (HTTP 418)',
    );
    expect(describeError(new Error('boom')).explanation).toBe('boom');
  });

  it('knows "a migration is already running" by operation: 428 on migrate, 406 on reset', () => {
    expect(isMigrationAlreadyRunning(error({ operation: 'migrateKeyProvider', status: 428 }))).toBe(
      true,
    );
    expect(
      isMigrationAlreadyRunning(error({ operation: 'resetToDefaultProvider', status: 406 })),
    ).toBe(true);
    expect(
      isMigrationAlreadyRunning(error({ operation: 'resetToDefaultProvider', status: 428 })),
    ).toBe(false);
    expect(isMigrationAlreadyRunning(error({ operation: 'migrateKeyProvider', status: 406 }))).toBe(
      false,
    );
    expect(isMigrationAlreadyRunning(new Error('x'))).toBe(false);
  });

  it('says a change was not sent when the session ended, and a read will load again', () => {
    const write = describeError(
      error({ operation: 'createKeyProvider', kind: 'signed-out', status: 401 }),
    );
    expect(write.title).toBe('Your session has ended, sign in again');
    expect(write.explanation).toBe('What you typed is still here; it was not sent.');
    expect(write.next).toMatch(/new tab.*send again/);
    const read = describeError(error({ operation: 'unknown', kind: 'signed-out', status: 401 }));
    expect(read.title).toBe('Your session has ended, sign in again');
    expect(read.next).toMatch(/loads again by itself/);
    expect(describeError(error({ operation: 'createKeyProvider', status: 401 })).title).toBe(
      'The API key was refused',
    );
  });

  it('explains a 403 for a signed-in non-admin, not as a key policy refusal', () => {
    const detail = 'Bob is not a tenant admin; the encryption API needs that role';
    const described = describeError(error({ operation: 'createKeyProvider', status: 403, detail }));
    expect(described.title).toBe('Your account is not a tenant admin of this tenant');
    expect(described.next).toBe(
      'Ask a tenant admin to give you the role, or sign in with another account.',
    );
    expect(describeError(error({ operation: 'createKeyProvider', status: 403 })).title).toBe(
      errorMessages.createKeyProvider[403]?.title,
    );
  });
});
