import type { KeyProvider } from '../../../api/model.ts';
import { labelOf, QLIK_DEFAULT_LABEL, type ProviderLabel } from '../../../lib/provider-label.ts';
import type { MigrationTarget } from './target.ts';

export function wizardEnds(providers: KeyProvider[], target: MigrationTarget | null) {
  const current = providers.find((p) => p.current);
  const from: ProviderLabel = current ? labelOf(current) : QLIK_DEFAULT_LABEL;
  let to: ProviderLabel | null = null;
  if (target?.provider) to = labelOf(target.provider);
  else if (target) to = QLIK_DEFAULT_LABEL;
  return { from, to };
}
