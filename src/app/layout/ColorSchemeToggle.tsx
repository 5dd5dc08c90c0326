import { ActionIcon, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';

/**
 * Both icons are in the markup and CSS shows the one for the scheme on <html> (Mantine's way for
 * prerendered pages): the prerendered shell cannot know the scheme, and hydration must match it.
 * The label follows once mounted.
 */
export function ColorSchemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light', { getInitialValueInEffect: true });
  const next = scheme === 'dark' ? 'light' : 'dark';
  return (
    <ActionIcon
      variant="default"
      size="lg"
      onClick={() => {
        setColorScheme(next);
      }}
      aria-label={`Switch to ${next} theme`}
    >
      <IconSun size={18} aria-hidden className="mantine-light-hidden" />
      <IconMoon size={18} aria-hidden className="mantine-dark-hidden" />
    </ActionIcon>
  );
}
