import { describe, expect, it } from 'vitest';
import { parseTenantsFile, TenantsFileError } from './tenants-file.ts';

const env = { ACME_KEY: 'k-acme', GLOBEX_ID: 'id-g', GLOBEX_SECRET: 's-g' };
const acme = {
  id: 'acme',
  name: 'Acme Corp',
  url: 'https://acme.eu.qlikcloud.com',
  apiKeyEnv: 'ACME_KEY',
};
const globex = {
  id: 'globex',
  name: 'Globex',
  url: 'https://globex.us.qlikcloud.com',
  clientIdEnv: 'GLOBEX_ID',
  clientSecretEnv: 'GLOBEX_SECRET',
};

const parse = (data: unknown, environment: Record<string, string> = env) =>
  parseTenantsFile('tenants.json', JSON.stringify(data), environment);

function problemsOf(data: unknown, environment?: Record<string, string>): string[] {
  try {
    parse(data, environment);
  } catch (error) {
    if (error instanceof TenantsFileError) return error.problems;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('tenants file', () => {
  it('reads both credential kinds, secrets from the environment', () => {
    expect(parse({ tenants: [acme, globex] })).toEqual([
      {
        id: 'acme',
        name: 'Acme Corp',
        url: 'https://acme.eu.qlikcloud.com',
        credentials: { kind: 'api-key', apiKey: 'k-acme', apiKeyEnv: 'ACME_KEY' },
      },
      {
        id: 'globex',
        name: 'Globex',
        url: 'https://globex.us.qlikcloud.com',
        credentials: {
          kind: 'client-credentials',
          clientId: 'id-g',
          clientSecret: 's-g',
          clientIdEnv: 'GLOBEX_ID',
          clientSecretEnv: 'GLOBEX_SECRET',
        },
      },
    ]);
  });

  it('refuses what is not JSON', () => {
    expect(() => parseTenantsFile('t.json', '{ tenants: [', env)).toThrow(
      /t\.json is not a valid tenants file:\n {2}- not JSON/,
    );
  });

  it('refuses unknown fields, naming the tenant and the field', () => {
    expect(problemsOf({ tenants: [{ ...acme, apiKey: 'pasted-secret' }] })).toEqual([
      expect.stringMatching(/^tenant "acme": Unrecognized key.*apiKey/),
    ]);
    expect(problemsOf({ tenants: [acme], extra: 1 })).toEqual([expect.stringMatching(/extra/)]);
  });

  it('refuses duplicate ids', () => {
    expect(problemsOf({ tenants: [acme, { ...acme, name: 'Acme 2' }] })).toEqual([
      'tenant "acme": id: appears more than once',
    ]);
  });

  it('names a missing environment variable', () => {
    expect(problemsOf({ tenants: [acme, globex] }, { ACME_KEY: 'k', GLOBEX_ID: 'i' })).toEqual([
      'tenant "globex": clientSecretEnv: environment variable GLOBEX_SECRET is not set',
    ]);
  });

  it('refuses a malformed URL and one with a path or credentials', () => {
    expect(problemsOf({ tenants: [{ ...acme, url: 'acme.eu.qlikcloud.com' }] })).toEqual([
      expect.stringMatching(/^tenant "acme": url: must be the tenant URL/),
    ]);
    expect(problemsOf({ tenants: [{ ...acme, url: 'ftp://acme.example' }] })).toHaveLength(1);
    expect(problemsOf({ tenants: [{ ...acme, url: 'https://u:p@acme.example/x' }] })).toEqual([
      expect.stringMatching(/^tenant "acme": url: must be the tenant's origin only/),
    ]);
  });

  it('requires a URL-safe id', () => {
    expect(problemsOf({ tenants: [{ ...acme, id: 'Acme Corp/1' }] })).toEqual([
      expect.stringMatching(
        /^tenant "Acme Corp\/1": id: must be lower-case letters, digits and dashes/,
      ),
    ]);
  });

  it('requires exactly one kind of credentials', () => {
    const both = { ...acme, clientIdEnv: 'GLOBEX_ID', clientSecretEnv: 'GLOBEX_SECRET' };
    const none = { ...acme, apiKeyEnv: undefined };
    expect(problemsOf({ tenants: [both] })).toEqual([
      'tenant "acme": needs either apiKeyEnv, or clientIdEnv and clientSecretEnv',
    ]);
    expect(problemsOf({ tenants: [none] })).toHaveLength(1);
    const half = { ...globex, clientSecretEnv: undefined };
    expect(problemsOf({ tenants: [half] })).toEqual([
      'tenant "globex": clientSecretEnv: is missing',
    ]);
  });

  it('names tenants without an id by position, and refuses an empty list', () => {
    expect(problemsOf({ tenants: [acme, { ...globex, id: undefined }] })).toEqual([
      'tenant #2: id: Invalid input: expected string, received undefined',
    ]);
    expect(problemsOf({ tenants: [] })).toEqual(['tenants: must list at least one tenant']);
  });
});
