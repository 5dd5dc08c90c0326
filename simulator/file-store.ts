import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { SimulatorStore } from './contract.ts';

/** Keeps the simulated tenant in a JSON file, so a restarted server continues where it stopped. */
export function fileStore(path: string): SimulatorStore {
  return {
    load() {
      try {
        return JSON.parse(readFileSync(path, 'utf8')) as unknown;
      } catch {
        return undefined;
      }
    },
    save(snapshot) {
      // Write then rename: a crash mid-write never leaves half a file behind.
      writeFileSync(`${path}.tmp`, JSON.stringify(snapshot));
      renameSync(`${path}.tmp`, path);
    },
  };
}
