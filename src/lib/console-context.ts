import { createContext, use } from 'react';

/** What every feature needs to know about the console it runs in; src/app provides it. */
export interface ConsoleContextValue {
  readOnly: boolean;
  /** The tenant's AWS region (for key hints); null when the server does not know it. */
  tenantRegion: string | null;
  /** Where copied cURL commands send their request. */
  apiBaseUrl: string;
}

export const READ_ONLY_REASON = 'The console is read-only (QLIK_READ_ONLY)';

export const ConsoleContext = createContext<ConsoleContextValue | null>(null);

export function useConsoleContext(): ConsoleContextValue {
  const value = use(ConsoleContext);
  if (!value) throw new Error('useConsoleContext needs the ConsoleContextProvider of src/app');
  return value;
}
