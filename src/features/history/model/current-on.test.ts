import { describe, expect, it } from 'vitest';
import type { KeyProvider } from '../../../api/model.ts';
import { buildKeyHistory } from '../../../lib/key-history/key-history.ts';
import { currentOn, parsePickedUtc } from './current-on.ts';

const base = {
  description: '',
  tenantId: 't',
  createdAt: null,
  multiRegion: false,
  replicaKeys: [],
  drCompliant: undefined,
  complianceProblems: [],
  type: 'AWS-KMS' as const,
  isQlikDefault: false,
  current: false,
  demotedFromCurrentAt: null,
};
const qlik: KeyProvider = {
  ...base,
  fingerprint: 'tenant',
  arn: '#QLIK_MANAGED_KEY_PROVIDER#',
  name: 'Qlik Internal Kms',
  type: 'Qlik',
  isQlikDefault: true,
  promotedToCurrentAt: '2023-06-21T18:45:57Z',
};
const cmk02: KeyProvider = {
  ...base,
  fingerprint: 'b5fe',
  arn: 'arn:aws:kms:us-east-1:857519135519:key/b6a2a74c-fb34-464a-8ea6-d867fd3b9438',
  name: 'CMK - 02',
  current: true,
  promotedToCurrentAt: '2023-06-21T18:59:18Z',
};
const history = buildKeyHistory([qlik, cmk02]);

describe('currentOn', () => {
  it('names the key and says when the period’s end is inferred', () => {
    const at = parsePickedUtc('2023-06-21T18:50') ?? NaN;
    expect(currentOn(history, at)).toMatchObject({
      period: { provider: { name: 'Qlik Internal Kms' } },
      sentence:
        'On 21 Jun 2023 18:50 UTC the current key was Qlik Internal Kms (period end inferred).',
    });
  });

  it('says the key is still current for a date in the current period', () => {
    const at = parsePickedUtc('2024-01-01T00:00') ?? NaN;
    expect(currentOn(history, at).sentence).toBe(
      'On 1 Jan 2024 00:00 UTC the current key was CMK - 02 (still current).',
    );
  });

  it('admits when no recorded period covers the date', () => {
    const at = parsePickedUtc('2020-01-01T00:00') ?? NaN;
    const answer = currentOn(buildKeyHistory([{ ...qlik, current: true }]), at);
    expect(answer.period).toBeUndefined();
    expect(answer.sentence).toContain('cannot tell which key was current on 1 Jan 2020 00:00 UTC');
  });
});

describe('parsePickedUtc', () => {
  it('reads the picker’s value as UTC and refuses anything else', () => {
    expect(parsePickedUtc('2023-06-21T18:50')).toBe(Date.UTC(2023, 5, 21, 18, 50));
    expect(parsePickedUtc('')).toBeNull();
    expect(parsePickedUtc('2023-13-45T99:99')).toBeNull();
  });
});
