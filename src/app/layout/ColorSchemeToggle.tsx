import { IconMoon, IconSun } from '@tabler/icons-react';
import { ActionIcon } from '../../components/lite/ActionIcon.tsx';
import { setColorScheme, useComputedColorScheme } from '../../components/mantine/color-scheme.ts';

export function ColorSchemeToggle() {
  const scheme = useComputedColorScheme();
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
      {scheme === 'dark' ? <IconSun size={18} aria-hidden /> : <IconMoon size={18} aria-hidden />}
    </ActionIcon>
  );
}
