import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useSingleFlightMutation } from './use-single-flight-mutation.ts';

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>;
}

describe('useSingleFlightMutation', () => {
  it('drops a second mutate while the first runs, and allows one after it settles', async () => {
    let finish: (value: string) => void = () => undefined;
    const send = vi.fn(() => new Promise<string>((resolve) => (finish = resolve)));
    const settled = vi.fn();
    const { result } = renderHook(() => useSingleFlightMutation({ mutationFn: send }), {
      wrapper,
    });

    act(() => {
      result.current.mutate(undefined, { onSettled: settled });
      result.current.mutate(undefined, { onSettled: settled });
    });
    await waitFor(() => {
      expect(send).toHaveBeenCalledTimes(1);
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(send).toHaveBeenCalledTimes(1);

    act(() => {
      finish('done');
    });
    await waitFor(() => {
      expect(settled).toHaveBeenCalledTimes(1);
    });

    act(() => {
      result.current.mutate();
    });
    await waitFor(() => {
      expect(send).toHaveBeenCalledTimes(2);
    });
  });
});
