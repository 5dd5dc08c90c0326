import * as z from 'zod';
import { OPERATION_IDS } from '../../src/api/operations.gen.ts';

/** Bounds on what an entry holds; the recorder clips to them, the log refuses anything past them. */
export const ENTRY_LIMITS = {
  /** Qlik documents no limit on a provider's name; its UI keeps them far shorter. */
  name: 256,
  /** A fingerprint is a hex digest (40 characters in practice). */
  fingerprint: 128,
  error: 300,
  actorName: 200,
  actorId: 200,
  /** The whole entry as one JSON line, in bytes. */
  bytes: 2048,
} as const;

const entryFields = z.object({
  at: z.iso.datetime(),
  /** The signed-in person; `id` null for the shared API key. */
  actor: z.object({
    id: z.string().max(ENTRY_LIMITS.actorId).nullable(),
    name: z.string().max(ENTRY_LIMITS.actorName),
  }),
  operation: z.enum(OPERATION_IDS),
  provider: z.object({
    name: z.string().max(ENTRY_LIMITS.name).nullable(),
    fingerprint: z.string().max(ENTRY_LIMITS.fingerprint).nullable(),
  }),
  /** `status` as the browser got it: the tenant's, or the console's 502/504 when none came. */
  outcome: z.object({
    status: z.int().min(100).max(599),
    error: z.string().max(ENTRY_LIMITS.error).nullable(),
  }),
});

const byteLength = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

export const entrySchema = entryFields.refine(
  (entry) => byteLength(entry) <= ENTRY_LIMITS.bytes,
  `An activity entry is at most ${ENTRY_LIMITS.bytes} bytes of JSON`,
);

export type ActivityEntry = z.infer<typeof entryFields>;
