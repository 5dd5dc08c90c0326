// `npm start`: runs the built production server, or says how to build it. Plain JavaScript, so it
// runs with Node alone (no tsx, no devDependencies) before anything is built.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const build = process.env.CMK_OUT_DIR?.trim() || 'dist';
const entry = resolve(`${build}-server`, 'start.js');
if (!existsSync(entry)) {
  console.error(`The console server did not start: no built server at ${entry}.`);
  console.error('Run `npm run build` first, then `npm start`.');
  process.exit(1);
}
await import(pathToFileURL(entry).href);
