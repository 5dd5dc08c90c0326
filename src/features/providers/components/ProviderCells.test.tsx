import * as Mantine from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { KeyProvider } from '../../../api/model.ts';
import { CURRENT_GREEN } from '../../../config/status-colors.ts';
import { markupShape } from '../../../testing/same-markup.tsx';
import { CurrentMarker, MigrationMarker } from './ProviderCells.tsx';

const badgeRoot = { root: { minWidth: 'max-content', textTransform: 'none' } } as const;

// The table's markers are plain elements (CellBadge, cell classes, lite Text): each renders what
// the Mantine Badge, Anchor and Text they replace rendered.
describe('ProviderCells markers render what Mantine renders', () => {
  const cases: [string, ReactNode, ReactNode][] = [
    [
      'CurrentMarker (current)',
      <CurrentMarker provider={{ current: true } as KeyProvider} />,
      <Mantine.Badge color={CURRENT_GREEN} variant="filled" styles={badgeRoot}>
        Current
      </Mantine.Badge>,
    ],
    [
      'CurrentMarker (not in use)',
      <CurrentMarker provider={{ current: false } as KeyProvider} />,
      <Mantine.Text size="sm" c="dimmed" component="span">
        Not in use
      </Mantine.Text>,
    ],
    [
      'MigrationMarker (target)',
      <MemoryRouter>
        <MigrationMarker role={{ role: 'target', progress: 40 }} />
      </MemoryRouter>,
      <MemoryRouter>
        <Mantine.Anchor component={Link} to="/migration" underline="never">
          <Mantine.Badge color="blue" variant="filled" styles={badgeRoot}>
            Migrating 40 %
          </Mantine.Badge>
        </Mantine.Anchor>
      </MemoryRouter>,
    ],
    [
      'MigrationMarker (source)',
      <MemoryRouter>
        <MigrationMarker role={{ role: 'source' }} />
      </MemoryRouter>,
      <MemoryRouter>
        <Mantine.Anchor component={Link} to="/migration" underline="never">
          <Mantine.Badge color="gray.7" variant="filled" styles={badgeRoot}>
            Being replaced
          </Mantine.Badge>
        </Mantine.Anchor>
      </MemoryRouter>,
    ],
  ];

  it.each(cases)('%s', (_, lite, mantine) => {
    expect(markupShape(lite)).toEqual(markupShape(mantine));
  });
});
