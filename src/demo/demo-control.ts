import type { ScenarioName, Simulator } from '../../simulator/contract.ts';
import { DEMO_START, FAULTS, type FaultChoice } from './presenter-options.ts';

export interface SimulatorState {
  scenario: ScenarioName;
  migrationDurationMs: number;
}

interface QueuedFault {
  status?: number;
  drop: boolean;
}

/** The presenter's levers: the simulator's control API, called inside the page. */
export interface DemoControl {
  state(): Promise<SimulatorState>;
  loadScenario(name: ScenarioName, migrationDurationMs: number): Promise<void>;
  /** The documented tenant at the default speed, no fault queued. */
  reset(): Promise<void>;
  setMigrationSpeed(durationMs: number): Promise<void>;
  armedFault(): Promise<FaultChoice>;
  armFault(choice: FaultChoice): Promise<void>;
}

export function demoControl(simulator: Simulator): DemoControl {
  const call = async (method: string, path: string, body?: object) => {
    const response = await simulator.handle(
      new Request(new URL(`/__sim/${path}`, globalThis.location.origin), {
        method,
        headers: { authorization: 'Bearer demo', 'content-type': 'application/json' },
        ...(body ? { body: JSON.stringify(body) } : {}),
      }),
    );
    if (!response.ok)
      throw new Error(`The simulator refused ${method} ${path}: ${response.status}`);
    return response.status === 204 ? undefined : ((await response.json()) as unknown);
  };
  return {
    state: async () => (await call('GET', 'state')) as SimulatorState,
    loadScenario: async (name, migrationDurationMs) => {
      await call('POST', 'scenario', { name, migrationDurationMs });
    },
    reset: async () => {
      await call('POST', 'scenario', {
        name: DEMO_START.scenario,
        migrationDurationMs: DEMO_START.migrationDurationMs,
      });
    },
    setMigrationSpeed: async (durationMs) => {
      await call('POST', 'migration-speed', { durationMs });
    },
    armedFault: async () => choiceOf(((await call('GET', 'faults')) as QueuedFault[])[0]),
    armFault: async (choice) => {
      await call('DELETE', 'faults');
      if (choice !== 'none') await call('POST', 'faults', FAULTS[choice].spec);
    },
  };
}

function choiceOf(fault: QueuedFault | undefined): FaultChoice {
  if (!fault) return 'none';
  if (fault.drop) return 'drop';
  return fault.status === 504 ? 'timeout' : 'server-error';
}
