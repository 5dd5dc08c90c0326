import { ActionIcon } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { describe, expect, it } from 'vitest';
import { markupShape, type Shape } from '../../../testing/same-markup.tsx';
import { CopyValueButton } from './CopyValueButton.tsx';
import classes from './CopyValueButton.module.css';

describe('CopyValueButton', () => {
  it('is ActionIcon variant="subtle" size="sm", its colours set by its stylesheet', () => {
    const [lite] = markupShape(<CopyValueButton value="v" label="Copy ARN" />) as Shape[];
    const [mantine] = markupShape(
      <ActionIcon variant="subtle" size="sm" color="gray" className={classes.button}>
        <IconCopy size={14} aria-hidden />
      </ActionIcon>,
    ) as Shape[];
    const attributes: Record<string, string> = { ...mantine?.attributes, 'aria-label': 'Copy ARN' };
    delete attributes.style;
    expect(lite).toEqual({ ...mantine, attributes });
  });
});
