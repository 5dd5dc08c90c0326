import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_API_KEY, RESTART_SIM_PORT } from './servers.ts';

const url = `http://127.0.0.1:${RESTART_SIM_PORT}`;

/**
 * A standalone simulated tenant that a test can stop and start again, keeping its state in a file,
 * as a real tenant keeps its state across a restart. The `tenant-outage` proxy points at it.
 */
export class RestartableTenant {
  private process: ChildProcess | undefined;
  private readonly stateFile = join(mkdtempSync(join(tmpdir(), 'cmk-e2e-')), 'tenant.json');

  constructor(private readonly migrationMs = 6000) {}

  async start(): Promise<void> {
    this.process = spawn(process.execPath, ['--import', 'tsx', 'simulator/server.ts'], {
      env: {
        ...process.env,
        SIM_PORT: String(RESTART_SIM_PORT),
        SIM_API_KEY: E2E_API_KEY,
        SIM_MIGRATION_MS: String(this.migrationMs),
        SIM_STATE_FILE: this.stateFile,
      },
      stdio: 'ignore',
    });
    await this.waitUntil(true);
  }

  async stop(): Promise<void> {
    this.process?.kill('SIGTERM');
    this.process = undefined;
    await this.waitUntil(false);
  }

  private async waitUntil(up: boolean): Promise<void> {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const answering = await fetch(`${url}/__sim/state`, {
        headers: { Authorization: `Bearer ${E2E_API_KEY}` },
      }).then(
        (response) => response.ok,
        () => false,
      );
      if (answering === up) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`The restartable tenant did not ${up ? 'start' : 'stop'} within 10 s`);
  }
}
