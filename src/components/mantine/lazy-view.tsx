import { lazy, type ComponentType } from 'react';

/**
 * `React.lazy` for anything that renders Mantine's components: loads the component and Mantine's
 * provider together and renders it inside the provider (the first visit has none; see
 * MantineRoot). Every view, dialog host or panel that loads on demand goes through here.
 */
export function lazyView<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): ComponentType<Props> {
  return lazy(async () => {
    const [View, { MantineRoot }] = await Promise.all([load(), import('./MantineRoot.tsx')]);
    return {
      default: (props: Props) => (
        <MantineRoot>
          <View {...props} />
        </MantineRoot>
      ),
    };
  });
}
