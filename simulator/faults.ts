import { isPlainObject } from './http.ts';

/** A queued misbehaviour for the next matching API requests. */
export interface Fault {
  id: number;
  method?: string;
  /** Substring of the pathname, or `/regex/flags`. */
  path?: string;
  remaining: number;
  status?: number;
  body?: unknown;
  headers: Record<string, string>;
  latencyMs: number;
  drop: boolean;
  malformed: boolean;
}

export type FaultKind = 'drop' | 'malformed' | 'status' | 'latency';

export const DEFAULT_FAULT_STATUS = 503;

let nextFaultId = 1;

export function faultKind(fault: Fault): FaultKind {
  if (fault.drop) return 'drop';
  if (fault.malformed) return 'malformed';
  if (fault.status !== undefined || fault.latencyMs === 0) return 'status';
  return 'latency';
}

/** The fault the control API was asked to queue, or what is wrong with the request. */
export function parseFault(spec: unknown): Fault | string {
  if (!isPlainObject(spec)) return 'The fault must be a JSON object';
  const { method, path, count = 1, status, body, headers = {}, latencyMs = 0 } = spec;
  if (method !== undefined && typeof method !== 'string') return '"method" must be a string';
  if (path !== undefined && (typeof path !== 'string' || !toMatcher(path))) {
    return '"path" must be a substring of the pathname or a valid /regex/';
  }
  if (!Number.isInteger(count) || (count as number) < 1) return '"count" must be an integer ≥ 1';
  if (status !== undefined && !isHttpStatus(status)) return '"status" must be an integer 200–599';
  if (!isStringRecord(headers)) return '"headers" must be an object of strings';
  if (typeof latencyMs !== 'number' || !(latencyMs >= 0)) return '"latencyMs" must be a number ≥ 0';
  return {
    id: nextFaultId++,
    ...(method === undefined ? {} : { method: method.toUpperCase() }),
    ...(path === undefined ? {} : { path }),
    remaining: count as number,
    ...(status === undefined ? {} : { status }),
    ...(body === undefined ? {} : { body }),
    headers,
    latencyMs,
    drop: spec.drop === true,
    malformed: spec.malformed === true,
  };
}

/** Takes one use of the first queued fault matching the request; spent faults leave the queue. */
export function takeFault(faults: Fault[], method: string, pathname: string): Fault | null {
  const index = faults.findIndex((fault) => matches(fault, method, pathname));
  const fault = faults[index];
  if (!fault) return null;
  fault.remaining -= 1;
  if (fault.remaining === 0) faults.splice(index, 1);
  return fault;
}

function matches(fault: Fault, method: string, pathname: string): boolean {
  if (fault.method && fault.method !== method.toUpperCase()) return false;
  return fault.path === undefined || (toMatcher(fault.path)?.(pathname) ?? false);
}

function toMatcher(path: string): ((pathname: string) => boolean) | null {
  const regex = /^\/(.+)\/([imsu]*)$/.exec(path);
  if (!regex) return (pathname) => pathname.includes(path);
  try {
    const pattern = new RegExp(regex[1] ?? '', regex[2]);
    return (pathname) => pattern.test(pathname);
  } catch {
    return null;
  }
}

function isHttpStatus(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 200 && (value as number) <= 599;
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return isPlainObject(value) && Object.values(value).every((item) => typeof item === 'string');
}
