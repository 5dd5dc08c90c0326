import { describe } from 'vitest';
import { sessionStoreContract } from './session-store-contract.ts';
import { createMemorySessionStore } from './session-store.ts';

describe('memory session store', () => {
  sessionStoreContract((lifetime) => Promise.resolve(createMemorySessionStore(lifetime)));
});
