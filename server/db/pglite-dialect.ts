import type { PGlite, Transaction } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';

/*
 * Kysely 0.29 ships a PGlite dialect, but it needs Node 22; this is the same driver for 0.28, reduced
 * to what the console uses. PGlite is one connection, so every use waits its turn (as Kysely's SQLite
 * driver does): a transaction holds the connection until it ends. Replace with `kysely`'s
 * `PGliteDialect` when the console needs Node 22.
 */

class PGliteConnection implements DatabaseConnection {
  private transaction: Transaction | undefined;
  private finishTransaction: ((commit: boolean) => void) | undefined;
  private transactionDone: Promise<unknown> | undefined;

  constructor(private readonly pglite: PGlite) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const target = this.transaction ?? this.pglite;
    const result = await target.query<R>(query.sql, [...query.parameters], { rowMode: 'object' });
    const affected = result.affectedRows;
    return {
      rows: result.rows,
      ...(affected === undefined ? {} : { numAffectedRows: BigInt(affected) }),
    };
  }

  // Kysely's interface; PGlite cannot stream.
  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('PGlite cannot stream query results.');
  }

  async begin(): Promise<void> {
    let begun: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (begun = resolve));
    const outcome = new Promise<boolean>((resolve) => (this.finishTransaction = resolve));
    this.transactionDone = this.pglite.transaction(async (transaction) => {
      this.transaction = transaction;
      begun();
      if (!(await outcome)) await transaction.rollback();
    });
    await started;
  }

  async end(commit: boolean): Promise<void> {
    this.finishTransaction?.(commit);
    try {
      await this.transactionDone;
    } finally {
      this.transaction = undefined;
      this.finishTransaction = undefined;
      this.transactionDone = undefined;
    }
  }
}

class PGliteDriver implements Driver {
  private readonly connection: PGliteConnection;
  private queue: Promise<void> = Promise.resolve();
  private release: (() => void) | undefined;

  constructor(private readonly pglite: PGlite) {
    this.connection = new PGliteConnection(pglite);
  }

  async init(): Promise<void> {
    await this.pglite.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.queue;
    let release: () => void = () => undefined;
    this.queue = new Promise<void>((resolve) => (release = resolve));
    await previous;
    this.release = release;
    return this.connection;
  }

  releaseConnection(): Promise<void> {
    const release = this.release;
    this.release = undefined;
    release?.();
    return Promise.resolve();
  }

  beginTransaction(): Promise<void> {
    return this.connection.begin();
  }

  commitTransaction(): Promise<void> {
    return this.connection.end(true);
  }

  rollbackTransaction(): Promise<void> {
    return this.connection.end(false);
  }

  async destroy(): Promise<void> {
    if (!this.pglite.closed) await this.pglite.close();
  }
}

class PGliteAdapter extends PostgresAdapter {
  get supportsMultipleConnections() {
    return false;
  }

  // One connection, held by the migrator from lock to release: nothing else can run in between.
  override async acquireMigrationLock(): Promise<void> {}
  override async releaseMigrationLock(): Promise<void> {}
}

export class PGliteDialect implements Dialect {
  constructor(private readonly pglite: PGlite) {}
  createAdapter = () => new PGliteAdapter();
  createDriver = () => new PGliteDriver(this.pglite);
  createIntrospector = (db: Kysely<unknown>) => new PostgresIntrospector(db);
  createQueryCompiler = () => new PostgresQueryCompiler();
}
