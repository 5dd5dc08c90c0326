import type { SimContext } from './context.ts';
import { isQlikDefault } from './context.ts';
import { apiError } from './errors.ts';
import { isPlainObject, noBody, readJsonBody } from './http.ts';
import { providerFromPath } from './lookup.ts';
import type { RouteParams } from './handler.ts';

const PATCHABLE_PATHS = ['/name', '/description'] as const;
type PatchablePath = (typeof PATCHABLE_PATHS)[number];

interface Replacement {
  path: PatchablePath;
  value: string;
}

export async function patchKeyProvider(
  ctx: SimContext,
  request: Request,
  params: RouteParams,
): Promise<Response> {
  const provider = providerFromPath(ctx, params.arnFingerPrint, 'patchKeyProvider');
  if (provider instanceof Response) return provider;
  const parsed = await readJsonBody(request);
  if (!parsed.ok) return apiError('patchKeyProvider', 400, parsed.problem);
  const replacements = toReplacements(parsed.value);
  if (typeof replacements === 'string') return apiError('patchKeyProvider', 400, replacements);
  if (isQlikDefault(ctx, provider.arnFingerPrint)) {
    return apiError('patchKeyProvider', 417, 'The Qlik managed key provider cannot be edited');
  }
  for (const { path, value } of replacements) {
    if (path === '/name') provider.name = value;
    else provider.description = value;
  }
  return noBody(204);
}

/** The operations to apply, or what is wrong with the document. */
function toReplacements(document: unknown): Replacement[] | string {
  if (!Array.isArray(document) || document.length === 0) {
    return 'The body must be a non-empty JSON array of {"op": "replace", "path": "/name" | "/description", "value": "..."}';
  }
  const replacements: Replacement[] = [];
  for (const [index, operation] of document.entries()) {
    const problem = problemWith(operation);
    if (problem) return `Operation ${index}: ${problem}`;
    replacements.push(operation as Replacement);
  }
  return replacements;
}

function problemWith(operation: unknown): string | null {
  if (!isPlainObject(operation)) return 'must be an object with op, path and value';
  const { op, path, value } = operation;
  if (op !== 'replace') return `op must be "replace", not ${JSON.stringify(op)}`;
  if (!PATCHABLE_PATHS.includes(path as PatchablePath)) {
    return `path must be "/name" or "/description", not ${JSON.stringify(path)}`;
  }
  if (typeof value !== 'string') return `value must be a string, not ${JSON.stringify(value)}`;
  if (path === '/name' && value.trim() === '') return 'the name cannot be empty';
  return null;
}
