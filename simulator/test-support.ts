// Helpers for the simulator's own tests: real requests through `sim.handle`, a clock they control.
import { API_BASE_PATH } from '../src/api/operations.gen.ts';
import type { ErrorItem } from './errors.ts';
import { createSimulator, type Simulator, type SimulatorOptions } from './index.ts';

export const BASE = 'http://sim.test';
export const API = API_BASE_PATH;
export const REFERENCE_TENANT = 'ImTRa-bkJTD-NZRYjNBa_rDhwSVA6Qo8';
export const CMK01 = '9f352c5a9c1618485051892cb57467e4';
export const CMK02 = 'b5fe2c83b25f9e39487bca28f69e4210';
export const CMK01_ARN =
  'arn:aws:kms:us-east-1:857519135519:key/e4e84fc7-7817-4121-b927-9d1d4ef03f1d';
export const CMK02_ARN =
  'arn:aws:kms:us-east-1:857519135519:key/b6a2a74c-fb34-464a-8ea6-d867fd3b9438';
export const START = Date.parse('2025-05-01T10:00:00.000Z');

export interface CallOptions {
  body?: unknown;
  /** `null` sends no Authorization header. */
  token?: string | null;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface Reply<T> {
  status: number;
  headers: Headers;
  text: string;
  body: T;
}

export function request(method: string, path: string, options: CallOptions = {}): Request {
  const headers = new Headers(options.headers);
  const token = options.token === undefined ? 'test-token' : options.token;
  if (token !== null) headers.set('authorization', `Bearer ${token}`);
  const { body } = options;
  const payload = body === undefined || typeof body === 'string' ? body : JSON.stringify(body);
  if (payload !== undefined) headers.set('content-type', 'application/json');
  return new Request(`${BASE}${path}`, {
    method,
    headers,
    ...(payload === undefined ? {} : { body: payload }),
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

export async function call<T = unknown>(
  sim: Simulator,
  method: string,
  path: string,
  options?: CallOptions,
): Promise<Reply<T>> {
  const response = await sim.handle(request(method, path, options));
  const text = await response.text();
  const body = (text === '' ? undefined : parseOrText(text)) as T;
  return { status: response.status, headers: response.headers, text, body };
}

function parseOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The single item of a StandardError body, checked for the fields every error must carry. */
export function errorOf(reply: Reply<unknown>): ErrorItem {
  const body = reply.body as { errors?: ErrorItem[] };
  const [item, ...more] = body.errors ?? [];
  if (!item || more.length > 0) throw new Error(`Not a StandardError: ${reply.text}`);
  if (!item.code || !item.title || !item.detail || item.status !== String(reply.status)) {
    throw new Error(`Incomplete StandardError for ${reply.status}: ${reply.text}`);
  }
  return item;
}

export interface Harness {
  sim: Simulator;
  advance: (ms: number) => void;
  now: () => number;
  call: <T = unknown>(method: string, path: string, options?: CallOptions) => Promise<Reply<T>>;
}

export function harness(options: SimulatorOptions = {}): Harness {
  let now = START;
  const sim = createSimulator({ now: () => now, ...options });
  return {
    sim,
    advance: (ms) => {
      now += ms;
    },
    now: () => now,
    call: <T>(method: string, path: string, callOptions?: CallOptions) =>
      call<T>(sim, method, path, callOptions),
  };
}
