import { spawn, type ChildProcess } from 'node:child_process';
import { SIM_URL } from './servers.ts';

/**
 * `npm start` in sign-in mode at the main simulated tenant, as a test-owned process: the test
 * stops and starts it (a deploy) and points several at one database.
 */
export class RestartableConsole {
  private process: ChildProcess | undefined;
  private output = '';
  readonly url: string;

  constructor(
    readonly port: number,
    private readonly storage: Record<string, string>,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  async start(): Promise<void> {
    this.output = '';
    this.process = spawn(process.execPath, ['server/launch.js'], {
      env: {
        PATH: process.env.PATH,
        CMK_OUT_DIR: process.env.CMK_OUT_DIR ?? 'dist',
        QLIK_TENANT: SIM_URL,
        QLIK_TENANT_REGION: 'us-east-1',
        QLIK_OAUTH_CLIENT_ID: 'sim-web-client',
        QLIK_OAUTH_CLIENT_SECRET: 'sim-web-secret',
        CONSOLE_ORIGIN: this.url,
        CONSOLE_ACTIVITY_FILE: `test-results/activity-${this.port}.jsonl`,
        HOST: '127.0.0.1',
        PORT: String(this.port),
        ...this.storage,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const record = (chunk: Buffer) => (this.output += chunk.toString());
    this.process.stdout?.on('data', record);
    this.process.stderr?.on('data', record);
    for (let waited = 0; waited < 60_000; waited += 100) {
      if (this.output.includes('Console: ')) return;
      if (this.process.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`npm start on ${this.port} did not start:\n${this.output}`);
  }

  /** SIGTERM, as a deploy stops the old version; resolves once it has exited. */
  async stop(): Promise<void> {
    const running = this.process;
    this.process = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  }

  log(): string {
    return this.output;
  }
}
