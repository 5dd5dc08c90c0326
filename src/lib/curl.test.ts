import { describe, expect, it } from 'vitest';
import { buildCurl, shellQuote } from './curl.ts';

const BASE = '/api/v1/encryption/keyproviders';

describe('buildCurl', () => {
  it('builds a GET with the token as a shell variable, never a value', () => {
    expect(
      buildCurl({ method: 'GET', baseUrl: 'https://acme.eu.qlikcloud.com/', path: `${BASE}/abc` }),
    ).toBe(
      `curl -X GET 'https://acme.eu.qlikcloud.com${BASE}/abc' \\\n  -H "Authorization: Bearer $QLIK_API_KEY"`,
    );
  });

  it('sends a JSON body with its content type', () => {
    const command = buildCurl({
      method: 'POST',
      baseUrl: 'http://localhost:5173',
      path: BASE,
      body: {
        name: 'CMK',
        arn: 'arn:aws:kms:us-east-1:123456789012:alias/x',
        keyprovider: 'AWS-KMS',
      },
    });
    expect(command).toContain(`-H 'Content-Type: application/json'`);
    expect(command).toContain(
      `--data '{"name":"CMK","arn":"arn:aws:kms:us-east-1:123456789012:alias/x","keyprovider":"AWS-KMS"}'`,
    );
  });

  it('quotes a body with single quotes and shell characters so the shell passes it as is', () => {
    const command = buildCurl({
      method: 'PATCH',
      baseUrl: 'https://t.example',
      path: `${BASE}/fp`,
      body: [{ op: 'replace', path: '/name', value: "Bob's $(rm -rf) `key`" }],
    });
    expect(command).toContain(
      `'[{"op":"replace","path":"/name","value":"Bob'\\''s $(rm -rf) \`key\`"}]'`,
    );
  });

  it('has no body for DELETE', () => {
    const command = buildCurl({
      method: 'DELETE',
      baseUrl: 'https://t.example',
      path: `${BASE}/fp`,
    });
    expect(command).not.toContain('--data');
    expect(command.startsWith("curl -X DELETE 'https://t.example")).toBe(true);
  });
});

describe('shellQuote', () => {
  it('closes, escapes and reopens around a single quote', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });
});
