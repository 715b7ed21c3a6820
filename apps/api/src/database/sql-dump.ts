import { Client } from 'pg';

/**
 * Kindred's backup format: one plain SQL file that `psql` can load into an empty
 * database, written and read the same way for the embedded store (PGlite) and a real
 * PostgreSQL. Why not pg_dump: the system's pg_dump refuses a server newer than itself
 * (PGlite is PostgreSQL 17, Debian 12 ships 15), cannot reach the embedded store at all
 * while no server runs, and a WASM pg_dump would be a second copy of PostgreSQL to
 * keep in step. The schema is small and plain (tables, sequences, constraints, indexes
 * in `public`), so we read it from the catalog with PostgreSQL's own `pg_get_*def`
 * functions and write every value as its text form, which each type's input function
 * reads back exactly (bytea as hex, timestamps in ISO and UTC, jsonb, char(n)).
 *
 * Order, as pg_dump does it: sequences and bare tables, data (parents before
 * children), then constraints (keys before foreign keys), indexes and sequence values;
 * all inside one transaction, so a load that fails leaves nothing behind.
 */

export const BACKUP_MAGIC = '-- Kindred backup';
export const BACKUP_FORMAT = 1;
const BEGIN_MARK = 'BEGIN; -- kindred:data';
const COMMIT_MARK = 'COMMIT; -- kindred:end';
const ROWS_PER_INSERT = 200;

/** A value written the way every dump and restore session reads it. */
const SESSION_SETTINGS = [
  "SET client_encoding = 'UTF8'",
  'SET standard_conforming_strings = on',
  "SET TimeZone = 'UTC'",
  "SET DateStyle = 'ISO, YMD'",
  "SET IntervalStyle = 'postgres'",
  "SET bytea_output = 'hex'",
  'SET extra_float_digits = 3',
];

export class BackupError extends Error {}

interface Column {
  name: string;
  type: string;
  notNull: boolean;
  default: string | null;
}

interface Table {
  oid: number;
  name: string;
  columns: Column[];
  /** Tables this one's foreign keys point at. */
  parents: string[];
}

export const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;

export interface DumpSummary {
  tables: number;
  rows: number;
  schemaVersion: string | null;
}

/** Writes a dump of the `public` schema of the database at `url`; `write` receives it in pieces. */
export async function dumpDatabase(url: string, write: (chunk: string) => void | Promise<void>, source: string): Promise<DumpSummary> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (const setting of SESSION_SETTINGS) await client.query(setting);
    // One snapshot for the whole dump: a server writing meanwhile can't tear it.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await readTables(client);
    const schemaVersion = await lastMigration(client, tables);
    await write(
      [
        `${BACKUP_MAGIC}, format ${BACKUP_FORMAT}`,
        `-- taken ${new Date().toISOString()} from ${source}; schema at ${schemaVersion ?? 'none'}`,
        '-- Load with `kindred restore FILE`, or into an EMPTY database with `psql -v ON_ERROR_STOP=1 -f FILE`.',
        '',
        ...SESSION_SETTINGS.map((s) => `${s};`),
        '',
        BEGIN_MARK,
        '',
      ].join('\n'),
    );

    const sequences = await client.query<{ name: string; type: string; start: string; inc: string; min: string; max: string; cache: string; cycle: boolean; owner_table: string | null; owner_column: string | null }>(`
      SELECT c.relname AS name, format_type(s.seqtypid, NULL) AS type, s.seqstart::text AS start, s.seqincrement::text AS inc,
             s.seqmin::text AS min, s.seqmax::text AS max, s.seqcache::text AS cache, s.seqcycle AS cycle,
             t.relname AS owner_table, a.attname AS owner_column
        FROM pg_sequence s
        JOIN pg_class c ON c.oid = s.seqrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
        LEFT JOIN pg_depend d ON d.objid = c.oid AND d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'a'
        LEFT JOIN pg_class t ON t.oid = d.refobjid
        LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
       ORDER BY c.relname`);
    for (const s of sequences.rows) {
      await write(`CREATE SEQUENCE ${ident(s.name)} AS ${s.type} START WITH ${s.start} INCREMENT BY ${s.inc} MINVALUE ${s.min} MAXVALUE ${s.max} CACHE ${s.cache}${s.cycle ? ' CYCLE' : ''};\n`);
    }
    for (const table of tables) {
      const columns = table.columns.map((c) => `  ${ident(c.name)} ${c.type}${c.default !== null ? ` DEFAULT ${c.default}` : ''}${c.notNull ? ' NOT NULL' : ''}`);
      await write(`\nCREATE TABLE ${ident(table.name)} (\n${columns.join(',\n')}\n);\n`);
    }

    let rows = 0;
    for (const table of tables) rows += await dumpRows(client, table, write);

    const constraints = await client.query<{ table: string; name: string; def: string }>(
      `SELECT t.relname AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS def
         FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
        WHERE c.conrelid = ANY($1::oid[]) AND c.contype IN ('p', 'u', 'c', 'x', 'f')
        ORDER BY CASE c.contype WHEN 'p' THEN 0 WHEN 'u' THEN 1 WHEN 'x' THEN 1 WHEN 'c' THEN 2 ELSE 3 END, t.relname, c.conname`,
      [tables.map((t) => t.oid)],
    );
    await write('\n');
    for (const c of constraints.rows) await write(`ALTER TABLE ${ident(c.table)} ADD CONSTRAINT ${ident(c.name)} ${c.def};\n`);

    // Indexes of their own (a key's index comes with its constraint above).
    const indexes = await client.query<{ def: string }>(
      `SELECT pg_get_indexdef(i.indexrelid) AS def
         FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid
        WHERE i.indrelid = ANY($1::oid[])
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x'))
        ORDER BY x.relname`,
      [tables.map((t) => t.oid)],
    );
    for (const { def } of indexes.rows) await write(`${def};\n`);

    for (const s of sequences.rows) {
      const state = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text AS last_value, is_called FROM ${ident(s.name)}`);
      const { last_value, is_called } = state.rows[0]!;
      await write(`SELECT pg_catalog.setval(${literal(ident(s.name))}, ${last_value}, ${is_called});\n`);
      if (s.owner_table && s.owner_column) await write(`ALTER SEQUENCE ${ident(s.name)} OWNED BY ${ident(s.owner_table)}.${ident(s.owner_column)};\n`);
    }
    await write(`\n${COMMIT_MARK}\n`);
    await client.query('COMMIT');
    return { tables: tables.length, rows, schemaVersion };
  } finally {
    await client.end();
  }
}

/** The `public` tables with their columns, parents before children. */
async function readTables(client: Client): Promise<Table[]> {
  const found = await client.query<{ oid: number; name: string }>(
    `SELECT c.oid::int AS oid, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
  );
  const columns = await client.query<{ oid: number; name: string; type: string; not_null: boolean; def: string | null; identity: string; generated: string }>(
    `SELECT a.attrelid::int AS oid, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
            pg_get_expr(d.adbin, d.adrelid) AS def, a.attidentity AS identity, a.attgenerated AS generated
       FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attrelid = ANY($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attrelid, a.attnum`,
    [found.rows.map((t) => t.oid)],
  );
  const parents = await client.query<{ child: number; parent: string }>(
    `SELECT c.conrelid::int AS child, p.relname AS parent FROM pg_constraint c JOIN pg_class p ON p.oid = c.confrelid
      WHERE c.contype = 'f' AND c.conrelid = ANY($1::oid[])`,
    [found.rows.map((t) => t.oid)],
  );
  const tables = found.rows.map<Table>((t) => ({
    oid: t.oid,
    name: t.name,
    columns: columns.rows
      .filter((c) => c.oid === t.oid)
      .map((c) => {
        // Our migrations create neither; refuse rather than write a dump that restores differently.
        if (c.identity || c.generated) throw new BackupError(`Column ${t.name}.${c.name} is an identity or generated column, which this backup format does not handle.`);
        return { name: c.name, type: c.type, notNull: c.not_null, default: c.def };
      }),
    parents: parents.rows.filter((p) => p.child === t.oid && p.parent !== t.name).map((p) => p.parent),
  }));
  return dependencyOrder(tables);
}

/** Parents before children (a topological sort); ties in name order, so dumps compare. */
export function dependencyOrder<T extends { name: string; parents: string[] }>(tables: T[]): T[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const ordered: T[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (table: T) => {
    const seen = state.get(table.name);
    if (seen === 'done') return;
    if (seen === 'visiting') throw new BackupError(`Tables reference each other in a cycle through ${table.name}.`);
    state.set(table.name, 'visiting');
    for (const parent of [...table.parents].sort()) {
      const p = byName.get(parent);
      if (p) visit(p);
    }
    state.set(table.name, 'done');
    ordered.push(table);
  };
  for (const table of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(table);
  return ordered;
}

async function lastMigration(client: Client, tables: Table[]): Promise<string | null> {
  if (!tables.some((t) => t.name === 'schema_migrations')) return null;
  const { rows } = await client.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY timestamp DESC LIMIT 1');
  return rows[0]?.name ?? null;
}

async function dumpRows(client: Client, table: Table, write: (chunk: string) => void | Promise<void>): Promise<number> {
  const names = table.columns.map((c) => ident(c.name));
  // Every value as its text form; the column's input function reads it back on restore.
  const { rows } = await client.query<unknown[]>({
    text: `SELECT ${table.columns.map((c) => `${ident(c.name)}::text`).join(', ')} FROM ${ident(table.name)} ORDER BY ${names.map((_, i) => i + 1).join(', ')}`,
    rowMode: 'array',
  });
  if (rows.length === 0) return 0;
  await write(`\n-- ${table.name}: ${rows.length} rows\n`);
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const values = rows.slice(i, i + ROWS_PER_INSERT).map((row) => `(${row.map((v) => (v === null ? 'NULL' : literal(v as string))).join(', ')})`);
    await write(`INSERT INTO ${ident(table.name)} (${names.join(', ')}) VALUES\n${values.join(',\n')};\n`);
  }
  return rows.length;
}

/** What a backup file says about itself (its first lines). */
export function readBackupHeader(sql: string): { format: number; description: string } {
  const [first = '', second = ''] = sql.split('\n', 2);
  const match = /^-- Kindred backup, format (\d+)$/.exec(first);
  if (!match) throw new BackupError('This file is not a Kindred backup (it does not start with "-- Kindred backup").');
  const format = Number(match[1]);
  if (format !== BACKUP_FORMAT) throw new BackupError(`This backup has format ${format}; this version of Kindred reads format ${BACKUP_FORMAT}.`);
  if (!sql.includes(BEGIN_MARK) || !sql.trimEnd().endsWith(COMMIT_MARK)) throw new BackupError('This backup is incomplete (it does not end with its COMMIT line).');
  return { format, description: second.replace(/^-- /, '') };
}

/** Tables in `public` that hold rows (schema_migrations aside: a migrated empty database is empty). */
export async function tablesWithRows(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
  );
  const full: string[] = [];
  for (const { name } of rows) {
    if (name === 'schema_migrations') continue;
    const { rows: any } = await client.query<{ found: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${ident(name)}) AS found`);
    if (any[0]?.found) full.push(name);
  }
  return full;
}

export class DatabaseNotEmptyError extends BackupError {
  constructor(readonly tables: string[]) {
    super(`The database is not empty (${tables.join(', ')} hold rows). Restoring replaces everything in it: add --force to do that.`);
  }
}

/**
 * Loads a backup into the database at `url`, replacing what is there, in one
 * transaction. Refuses a database that holds rows unless `force`.
 */
export async function restoreDatabase(url: string, sql: string, { force }: { force: boolean }): Promise<void> {
  readBackupHeader(sql);
  const body = sql.slice(sql.indexOf(BEGIN_MARK) + BEGIN_MARK.length, sql.lastIndexOf(COMMIT_MARK));
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (const setting of SESSION_SETTINGS) await client.query(setting);
    const full = await tablesWithRows(client);
    if (full.length > 0 && !force) throw new DatabaseNotEmptyError(full);
    await client.query('BEGIN');
    try {
      const existing = await client.query<{ name: string; kind: string }>(
        `SELECT c.relname AS name, c.relkind AS kind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'S')`,
      );
      const drop = (kind: string, word: string) => existing.rows.filter((r) => r.kind === kind || (kind === 'r' && r.kind === 'p')).map((r) => `DROP ${word} IF EXISTS ${ident(r.name)} CASCADE;`);
      const drops = [...drop('r', 'TABLE'), ...drop('S', 'SEQUENCE')];
      if (drops.length > 0) await client.query(drops.join('\n'));
      await client.query(body);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    await client.end();
  }
}
