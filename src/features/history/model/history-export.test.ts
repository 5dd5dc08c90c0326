import { describe, expect, it } from 'vitest';
import { aKeyProvider } from '../../../testing/test-key-provider.ts';
import { historyCsv, historyJson } from './history-export.ts';
import { buildKeyHistory } from '../../../lib/key-history/key-history.ts';

const base = aKeyProvider({ tenantId: null });

const history = buildKeyHistory([
  {
    ...base,
    fingerprint: 'tenant-id',
    arn: '#QLIK_MANAGED_KEY_PROVIDER#',
    name: 'Qlik Internal Kms',
    type: 'Qlik',
    isQlikDefault: true,
    promotedToCurrentAt: '2023-06-21T18:45:57.000Z',
  },
  {
    ...base,
    fingerprint: 'b5fe',
    arn: 'arn:aws:kms:us-east-1:857519135519:key/b6a2a74c',
    name: '=CMK, "02"',
    current: true,
    promotedToCurrentAt: '2023-06-21T18:59:18.000Z',
  },
]);

describe('history export', () => {
  it('writes one CSV row per period, newest first, with inferred ends marked', () => {
    expect(historyCsv(history).split('\r\n')).toEqual([
      'provider,fingerprint,type,arn,from,to,current,endInferred,startInferred',
      `"'=CMK, ""02""",b5fe,AWS-KMS,arn:aws:kms:us-east-1:857519135519:key/b6a2a74c,2023-06-21T18:59:18.000Z,,true,false,false`,
      'Qlik Internal Kms,tenant-id,Qlik,#QLIK_MANAGED_KEY_PROVIDER#,2023-06-21T18:45:57.000Z,2023-06-21T18:59:18.000Z,false,true,false',
      '',
    ]);
  });

  it('writes the same rows as JSON with the export time', () => {
    const parsed = JSON.parse(historyJson(history, new Date('2026-01-02T03:04:05Z'))) as {
      exportedAt: string;
      periods: { provider: string; to: string | null; endInferred: boolean }[];
    };
    expect(parsed.exportedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(
      parsed.periods.map(({ provider, to, endInferred }) => [provider, to, endInferred]),
    ).toEqual([
      ['=CMK, "02"', null, false],
      ['Qlik Internal Kms', '2023-06-21T18:59:18.000Z', true],
    ]);
  });
});
