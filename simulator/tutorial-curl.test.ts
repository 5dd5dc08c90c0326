// The tutorial's cURL commands, in their bash form, run with the real curl against `npm run sim`'s server.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulatorServer, type SimulatorServer } from './server.ts';

const run = promisify(execFile);
const ACCESS_TOKEN = 'tutorial-token';
const KMS_KEY_ARN = 'arn:aws:kms:us-east-1:857519135519:key/0f8e6b52-6d3c-4f0a-9a51-3d2c1b0a9e87';

let server: SimulatorServer;
beforeAll(async () => {
  server = await startSimulatorServer({ port: 0, apiKey: ACCESS_TOKEN, migrationDurationMs: 300 });
});
afterAll(() => server.close());

async function bash(script: string): Promise<unknown> {
  const env = { ...process.env, TENANT: server.url, ACCESS_TOKEN, KMS_KEY_ARN };
  const { stdout } = await run('bash', ['-c', script], { env });
  return JSON.parse(stdout);
}

describe('the tutorial cURL flow against the standalone simulator', () => {
  it('creates, lists, migrates to and deletes a key provider', async () => {
    const created = (await bash(`curl -sS -L "$TENANT/api/v1/encryption/keyproviders" \\
-H "Authorization: Bearer $ACCESS_TOKEN" \\
-H "Content-Type: application/json" \\
-d "{\\"name\\": \\"keyProvider2\\", \\"arn\\": \\"$KMS_KEY_ARN\\", \\"keyprovider\\": \\"AWS-KMS\\" }"`)) as Record<
      string,
      string
    >;
    expect(created).toMatchObject({
      name: 'keyProvider2',
      arn: KMS_KEY_ARN,
      keyprovider: 'AWS-KMS',
    });
    const fingerprint = created.arnFingerPrint ?? '';
    expect(fingerprint).toMatch(/^[0-9a-f]{32}$/);

    const listed = (await bash(`curl -sS -L "$TENANT/api/v1/encryption/keyproviders" \\
-H "Authorization: Bearer $ACCESS_TOKEN" \\
-H "Content-Type: application/json"`)) as Record<string, unknown>[];
    expect(listed.map((provider) => provider.name)).toContain('keyProvider2');

    const migration =
      await bash(`curl -sS -L -X POST "$TENANT/api/v1/encryption/keyproviders/${fingerprint}/actions/migrate" \\
-H "Content-Type: application/json" \\
-H "Authorization: Bearer $ACCESS_TOKEN"`);
    expect(migration).toMatchObject({ migratingToFingerPrint: fingerprint, state: 'New' });

    // The new key is current once the migration completes; the previous one can then be deleted.
    await new Promise((resolve) => setTimeout(resolve, 400));
    const previous = 'b5fe2c83b25f9e39487bca28f69e4210';
    const deleted = await run(
      'bash',
      [
        '-c',
        `curl -sS -L -o /dev/null -w "%{http_code}" -X DELETE "$TENANT/api/v1/encryption/keyproviders/${previous}" \\
-H "Content-Type: application/json" \\
-H "Authorization: Bearer $ACCESS_TOKEN"`,
      ],
      { env: { ...process.env, TENANT: server.url, ACCESS_TOKEN } },
    );
    expect(deleted.stdout).toBe('204');
  });

  it('answers 401 to a wrong token', async () => {
    const answer = (await bash(
      `curl -sS "$TENANT/api/v1/encryption/keyproviders/actions/list" -H "Authorization: Bearer nope"`,
    )) as { errors: { title: string }[] };
    expect(answer.errors[0]?.title).toMatch(/Unauthorized/);
  });
});
