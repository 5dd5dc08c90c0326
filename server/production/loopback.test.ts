import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from './loopback.ts';

describe('isLoopbackHost', () => {
  it.each(['127.0.0.1', '127.1.2.3', 'localhost', 'LOCALHOST', '::1', '[::1]'])(
    '%s: yes',
    (host) => {
      expect(isLoopbackHost(host)).toBe(true);
    },
  );

  it.each(['0.0.0.0', '::', '10.0.0.1', '127.0.0.1.nip.io', 'localhost.example.com', ''])(
    '%s: no',
    (host) => {
      expect(isLoopbackHost(host)).toBe(false);
    },
  );
});
