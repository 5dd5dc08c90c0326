import anchorClasses from '@mantine-classes/Anchor';
import groupClasses from '@mantine-classes/Group';
import stackClasses from '@mantine-classes/Stack';
import tableClasses from '@mantine-classes/Table';
import textClasses from '@mantine-classes/Text';
import css from './cells.module.css';

// Mantine's class names for its Table cells, Text, Anchor, Stack and Group (its stylesheet
// is on the page already) with, from cells.module.css, what those components would set inline.
// A row of a long table mounts a dozen of these elements where Mantine components would each run
// their props, theme and styles hooks and set inline CSS variables: this is what keeps a sort of
// a 1,000-row table, which mounts every row it brings into view, within a frame or two.
const text = `mantine-focus-auto ${textClasses.root} mantine-Text-root`;

/** The modifiers of cells.module.css (sm, xs, dimmed, mono, nowrap, semibold, medium, stack4…) and: */
export const cellClass = Object.assign({}, css, {
  th: `${tableClasses.th} mantine-Table-th`,
  td: `${tableClasses.td} mantine-Table-td`,
  /** Anchor (underline on hover, `data-underline="hover"` on the element). */
  anchor: `${anchorClasses.root} ${text} mantine-Anchor-root`,
  /** Text size="sm". */
  textSm: `${text} ${css.sm}`,
  /** Text size="xs". */
  textXs: `${text} ${css.xs}`,
  stack: `${stackClasses.root} mantine-Stack-root`,
  group: `${groupClasses.root} mantine-Group-root`,
});
