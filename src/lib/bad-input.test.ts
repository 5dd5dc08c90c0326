import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../simulator/index.ts';
import { arnCases } from '../testing/bad-input-corpus.ts';
import { checkKmsArn } from './kms-arn.ts';

describe('the bad-input corpus against the live ARN check', () => {
  it('has at least 40 cases across ARNs, texts and fingerprints', async () => {
    const { textCases, fingerprintCases } = await import('../testing/bad-input-corpus.ts');
    expect(arnCases.length + textCases.length + fingerprintCases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(arnCases)(
    '$label: the form says valid=$valid, with a message when not',
    ({ arn, valid, problem }) => {
      const check = checkKmsArn(arn);
      expect(check.ok).toBe(valid);
      if (!check.ok) {
        expect(check.problem.length).toBeGreaterThan(10);
        if (problem) expect(check.problem).toMatch(problem);
      }
    },
  );

  it.each(arnCases)('$label: the tenant agrees with the form', async ({ arn, valid }) => {
    const tenant = createSimulator();
    const response = await tenant.handle(
      new Request('http://sim.test/api/v1/encryption/keyproviders', {
        method: 'POST',
        headers: { Authorization: 'Bearer t', 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'corpus', arn, keyprovider: 'AWS-KMS' }),
      }),
    );
    // Empty is refused as a missing field (400); every other bad ARN as a bad structure (417).
    const refused = arn === '' ? 400 : 417;
    expect(response.status).toBe(valid ? 201 : refused);
  });
});
