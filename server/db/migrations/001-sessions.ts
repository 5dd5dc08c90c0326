import type { Kysely, Migration } from 'kysely';

export const sessions: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('console_session')
      .addColumn('id_hash', 'text', (column) => column.primaryKey())
      .addColumn('sealed', 'text', (column) => column.notNull())
      .addColumn('created_at', 'bigint', (column) => column.notNull())
      .addColumn('last_seen_at', 'bigint', (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex('console_session_last_seen_at')
      .on('console_session')
      .column('last_seen_at')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('console_session').execute();
  },
};
