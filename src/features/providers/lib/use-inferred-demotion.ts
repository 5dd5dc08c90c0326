import { useQuery } from '@tanstack/react-query';
import type { KeyProvider } from '../../../api/model.ts';
import { providerListQuery } from '../../../api/queries.ts';
import { buildKeyHistory, inferredDemotions } from '../../../lib/key-history/key-history.ts';

/** Only a key that was current once and has no recorded demotion can have an inferred one. */
export const mayHaveInferredDemotion = (provider: KeyProvider) =>
  !provider.current && provider.promotedToCurrentAt !== null && !provider.demotedFromCurrentAt;

/** The inferred demotions of every provider (fingerprint → ISO date), from the whole list. */
export const demotionsOf = (providers: KeyProvider[]) =>
  inferredDemotions(buildKeyHistory(providers));

/** A provider page's inferred demotion; reads the list only when one is possible. */
export function useInferredDemotion(provider: KeyProvider): string | null {
  const list = useQuery({ ...providerListQuery(), enabled: mayHaveInferredDemotion(provider) });
  if (!mayHaveInferredDemotion(provider) || !list.data) return null;
  return demotionsOf(list.data).get(provider.fingerprint) ?? null;
}
