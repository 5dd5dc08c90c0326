import { describe, expect, it } from 'vitest';
import {
  GENERIC_SIGN_IN_ERROR,
  signInErrorMessage,
} from '../../src/features/session/sign-in-error-message.ts';
import { SIGN_IN_ERROR_CODES } from './sign-in-errors.ts';

describe('sign-in error codes', () => {
  it('each code the server sends has the browser’s own words (failed: the generic ones)', () => {
    const specific = SIGN_IN_ERROR_CODES.filter((code) => code !== 'failed');
    for (const code of specific) expect(signInErrorMessage(code)).not.toBe(GENERIC_SIGN_IN_ERROR);
    expect(new Set(specific.map(signInErrorMessage)).size).toBe(specific.length);
    expect(signInErrorMessage('failed')).toBe(GENERIC_SIGN_IN_ERROR);
  });
});
