import { memo, useCallback, useState } from 'react';
import type { KeyProvider, Migration } from '../../../api/model.ts';
import { paths } from '../../../config/paths.ts';
import { formatDate, formatDay } from '../../../lib/format-date.ts';
import { useRouteLinks } from '../../../components/route-links.ts';
import { VirtualTableBody } from '../../../components/VirtualTableBody.tsx';
import { Table } from '../../../components/lite/Table.tsx';
import { rem } from '../../../components/lite/lite.ts';
import { migrationRole, type MigrationRole } from '../../../lib/migration-roles.ts';
import type { Sort, SortColumn } from '../lib/table-model.ts';
import { cellClass } from '../../../components/cell-classes.ts';
import { cx } from '../../../components/lite/lite.ts';
import { CopyValueButton } from './CopyValueButton.tsx';
import {
  createdLabel,
  CurrentMarker,
  DemotedDate,
  keyLocation,
  MigrationMarker,
  replicaSummary,
  shortFingerprint,
  typeLabel,
} from './ProviderCells.tsx';
import styles from './ProviderTable.module.css';
import { SortableHeader } from '../../../components/SortableHeader.tsx';

interface ProviderTableProps {
  providers: KeyProvider[];
  sort: Sort;
  onSort: (column: SortColumn) => void;
  /** Fingerprint → the demotion date the history infers where the tenant recorded none. */
  demotions: Map<string, string>;
  migration: Migration | null | undefined;
}

interface ProviderCellsProps {
  provider: KeyProvider;
  inferredDemotion: string | undefined;
  role: MigrationRole;
  /** The address of an app path (useRouteLinks). */
  linkHref: (path: string) => string;
}

/**
 * Fixed widths (px) for every column but the name, which takes the rest: the table fits 1280 px
 * beside the navigation even with classic scrollbars, and columns stay put while rows scroll in.
 * Below TABLE_MIN_WIDTH the table scrolls sideways inside its box, its header still sticky.
 */
const COLUMN_WIDTHS = [undefined, 76, 132, 176, 108, 184, 124] as const;
const COLUMNS = COLUMN_WIDTHS.length;
// Static, so created once: React skips them when the table renders again.
const caption = <Table.Caption>Key providers registered on the tenant</Table.Caption>;
const columns = (
  <colgroup>
    {COLUMN_WIDTHS.map((width, index) => (
      <col key={index} style={{ width }} />
    ))}
  </colgroup>
);
const TABLE_MIN_WIDTH = 990;
const ROW_HEIGHT_ESTIMATE = 118;

/** Text size="sm" and size="xs" dimmed, the lines of most cells. */
const textSm = cellClass.textSm;
const textXsDimmed = cx(cellClass.textXs, cellClass.dimmed);

/**
 * One row's cells, as plain elements with Mantine's classes (cell-classes.ts): a sort mounts every
 * row it brings into view, and a Mantine component per line made that cost more than a frame.
 * Looks the same as Text/Anchor/Stack/Group would; the rare badges stay Mantine's.
 */
const ProviderCells = memo(function ProviderCells({
  provider,
  inferredDemotion,
  role,
  linkHref,
}: ProviderCellsProps) {
  const { region, account } = keyLocation(provider);
  const detailPath = provider.fingerprint ? paths.provider(provider.fingerprint) : '';
  return (
    <>
      <th className={cx(cellClass.th, cellClass.medium)} scope="row">
        {provider.fingerprint ? (
          <a
            href={linkHref(detailPath)}
            data-to={detailPath}
            className={cx(cellClass.anchor, cellClass.semibold)}
            data-underline="hover"
          >
            {provider.name}
          </a>
        ) : (
          provider.name
        )}
        {provider.description && (
          <p className={cx(textSm, styles.description)} dir="auto">
            {provider.description}
          </p>
        )}
        <p className={cx(textXsDimmed, cellClass.mono, styles.arn)}>
          {provider.isQlikDefault ? 'Qlik managed key' : provider.arn}
        </p>
      </th>
      <td className={cx(cellClass.td, cellClass.nowrap)}>{typeLabel(provider)}</td>
      <td className={cellClass.td}>
        <div className={cx(cellClass.stack, cellClass.stack4)}>
          {provider.current ? (
            <CurrentMarker provider={provider} />
          ) : (
            <span className={cx(textSm, cellClass.dimmed)}>Not in use</span>
          )}
          <MigrationMarker role={role} />
        </div>
      </td>
      <td className={cellClass.td}>
        <p className={textSm}>{region}</p>
        {!provider.isQlikDefault && <p className={textXsDimmed}>Account {account}</p>}
        {!provider.isQlikDefault && <p className={textXsDimmed}>{replicaSummary(provider)}</p>}
      </td>
      <td className={cx(cellClass.td, cellClass.nowrap)}>{createdLabel(provider)}</td>
      <td className={cellClass.td}>
        <p
          className={cx(textSm, cellClass.nowrap)}
          title={formatDate(provider.promotedToCurrentAt)}
        >
          Promoted: {formatDay(provider.promotedToCurrentAt)}
        </p>
        <p
          className={textSm}
          title={formatDate(provider.demotedFromCurrentAt ?? inferredDemotion ?? null)}
        >
          Demoted:{' '}
          <DemotedDate provider={provider} inferred={inferredDemotion} format={formatDay} />
        </p>
      </td>
      <td className={cellClass.td}>
        {provider.fingerprint ? (
          <div className={cx(cellClass.group, cellClass.groupNowrap)}>
            <p
              className={cx(cellClass.textXs, cellClass.mono, cellClass.nowrap)}
              title={provider.fingerprint}
            >
              {shortFingerprint(provider.fingerprint)}
            </p>
            <CopyValueButton
              value={provider.fingerprint}
              label={`Copy fingerprint of ${provider.name}`}
            />
          </div>
        ) : (
          <p className={textSm}>—</p>
        )}
      </td>
    </>
  );
});

export function ProviderTable({
  providers,
  sort,
  onSort,
  demotions,
  migration,
}: ProviderTableProps) {
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const links = useRouteLinks();
  // Stable while the data is: rows already on screen are not rendered again by a sort.
  const renderCells = useCallback(
    (provider: KeyProvider) => (
      <ProviderCells
        provider={provider}
        inferredDemotion={demotions.get(provider.fingerprint)}
        role={migrationRole(provider, migration)}
        linkHref={links.href}
      />
    ),
    [demotions, migration, links.href],
  );
  const header = (column: SortColumn, label: string) => (
    <SortableHeader column={column} sort={sort} onSort={onSort}>
      {label}
    </SortableHeader>
  );
  return (
    <div
      ref={setScrollElement}
      // Relative: the visually hidden texts in the cells (absolutely positioned) stay inside the
      // box and its clipping; without it they widened the page, and a phone laid it out 768 px
      // wide with the header's badge and theme button off-screen.
      style={{
        position: 'relative',
        overflow: 'auto',
        maxHeight: 'max(24rem, calc(100dvh - 7rem))',
      }}
      onClick={links.onClick}
    >
      <Table
        striped
        highlightOnHover
        stickyHeader
        layout="fixed"
        verticalSpacing="sm"
        style={{ minWidth: rem(TABLE_MIN_WIDTH) }}
        aria-rowcount={providers.length + 1}
      >
        {caption}
        {columns}
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {header('name', 'Name')}
            {header('type', 'Type')}
            {header('status', 'Status')}
            {header('region', 'Key location')}
            {header('created', 'Created')}
            {header('promoted', 'Promoted / demoted')}
            <Table.Th scope="col">Fingerprint</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <VirtualTableBody
          rows={providers}
          getKey={providerKey}
          columnCount={COLUMNS}
          scrollElement={scrollElement}
          estimateRowHeight={ROW_HEIGHT_ESTIMATE}
          renderCells={renderCells}
        />
      </Table>
    </div>
  );
}

const providerKey = (provider: KeyProvider) => provider.fingerprint || provider.arn;
