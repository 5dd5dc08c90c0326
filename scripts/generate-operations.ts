// Writes src/api/operations.gen.ts from openapi/encryption.yaml; `--check` fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';

const SPEC = 'openapi/encryption.yaml';
const OUTPUT = 'src/api/operations.gen.ts';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export interface OperationRow {
  operationId: string;
  method: string;
  path: string;
  changes: boolean;
  tier: string;
  limit: number;
}

interface OperationSpec {
  operationId?: unknown;
  'x-qlik-tier'?: { tier?: unknown; limit?: unknown };
}

export function readOperations(yamlText: string): OperationRow[] {
  const spec = parse(yamlText) as { paths?: Record<string, Record<string, OperationSpec>> };
  const rows: OperationRow[] = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const { operationId } = operation;
      const tier = operation['x-qlik-tier'];
      if (typeof operationId !== 'string') throw new Error(`${where} has no operationId`);
      if (typeof tier?.tier !== 'string' || typeof tier.limit !== 'number') {
        throw new Error(`${where} has no x-qlik-tier { tier, limit }`);
      }
      const upper = method.toUpperCase();
      rows.push({
        operationId,
        method: upper,
        path,
        changes: upper !== 'GET',
        tier: tier.tier,
        limit: tier.limit,
      });
    }
  }
  return rows;
}

const MATCHER = `
export type OperationId = keyof typeof OPERATIONS;
export type Operation = (typeof OPERATIONS)[OperationId];
export type ApiPath = Operation['path'];
export type HttpMethod = Operation['method'];

export const OPERATION_IDS = Object.keys(OPERATIONS) as OperationId[];

/** Every path template once, literal paths before \`{param}\` ones so \`actions\` is never a fingerprint. */
export const API_PATHS: readonly ApiPath[] = [...new Set(OPERATION_IDS.map((id) => OPERATIONS[id].path))].sort(
  (a, b) => Number(a.includes('{')) - Number(b.includes('{')),
);

/** The prefix every operation's path starts with. */
export const API_BASE_PATH = '__BASE__';

export interface PathMatch {
  path: ApiPath;
  /** Path parameters, still percent-encoded as they came. */
  params: Record<string, string>;
}

/** The template a concrete pathname (no trailing slash, \`..\` resolved) belongs to. */
export function matchPath(pathname: string): PathMatch | undefined {
  const actual = pathname.split('/');
  for (const path of API_PATHS) {
    const expected = path.split('/');
    if (expected.length !== actual.length) continue;
    const params: Record<string, string> = {};
    const matches = expected.every((part, index) => {
      const value = actual[index] ?? '';
      if (!part.startsWith('{')) return part === value;
      params[part.slice(1, -1)] = value;
      return value !== '';
    });
    if (matches) return { path, params };
  }
  return undefined;
}

/** The methods a template answers, for a 405's Allow header. */
export function methodsOf(path: ApiPath): HttpMethod[] {
  return OPERATION_IDS.filter((id) => OPERATIONS[id].path === path).map((id) => OPERATIONS[id].method);
}

/** The operation a request calls (method is case-sensitive, as HTTP's is), or undefined. */
export function matchOperation(
  method: string,
  pathname: string,
): (PathMatch & { operationId: OperationId }) | undefined {
  const found = matchPath(pathname);
  const operationId = found && OPERATION_IDS.find((id) => OPERATIONS[id].path === found.path && OPERATIONS[id].method === method);
  return found && operationId ? { ...found, operationId } : undefined;
}

/** A concrete pathname of an operation, its parameters percent-encoded. */
export function pathOf(operationId: OperationId, params: Record<string, string> = {}): string {
  return OPERATIONS[operationId].path.replace(/\\{(\\w+)\\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}

/** The operation of a (method, path template) pair, as openapi-fetch reports it. */
export function operationOfTemplate(method: string, path: string): OperationId | undefined {
  return OPERATION_IDS.find((id) => OPERATIONS[id].method === method && OPERATIONS[id].path === path);
}
`;

function commonPrefix(paths: string[]): string {
  const [first = [], ...rest] = paths.map((path) => path.split('/'));
  let length = first.length;
  for (const parts of rest) {
    while (parts.slice(0, length).join('/') !== first.slice(0, length).join('/')) length -= 1;
  }
  return first.slice(0, length).join('/');
}

export async function renderModule(rows: OperationRow[]): Promise<string> {
  const table = Object.fromEntries(rows.map(({ operationId, ...rest }) => [operationId, rest]));
  const base = commonPrefix(rows.map((row) => row.path));
  const source = [
    `// Generated from ${SPEC} by scripts/generate-operations.ts: do not edit.`,
    '// Regenerate with `npm run api:types`.',
    '',
    `export const OPERATIONS = ${JSON.stringify(table, null, 2)} as const;`,
    MATCHER.replace('__BASE__', base),
  ].join('\n');
  const config = await resolveConfig(OUTPUT);
  return format(source, { ...config, filepath: OUTPUT });
}

async function main(check: boolean) {
  const generated = await renderModule(readOperations(readFileSync(SPEC, 'utf8')));
  if (!check) {
    writeFileSync(OUTPUT, generated);
    console.log(`Wrote ${OUTPUT}`);
    return;
  }
  const current = readFileSync(OUTPUT, 'utf8');
  if (current !== generated) {
    console.error(`${OUTPUT} is stale: run npm run api:types.`);
    process.exit(1);
  }
  console.log(`${OUTPUT} is up to date.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.includes('--check'));
}
