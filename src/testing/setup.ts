import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { testServer } from './test-server.ts';

// jsdom lacks what Mantine measures with.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  }),
});
window.ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
window.HTMLElement.prototype.scrollIntoView = () => undefined;

// findBy* waits 1 s by default: too short for a re-render on a busy 2-core CI machine.
configure({ asyncUtilTimeout: 5_000 });

beforeAll(() => {
  testServer.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  cleanup();
  testServer.resetHandlers();
});
afterAll(() => {
  testServer.close();
});
