import type { z } from 'zod';
import { failed, loaded, type LoadResult } from '../load-result';
import { parseWithSchema } from '../problems/parse-with-schema';

/**
 * One version of a saved document format, linked to the version before it
 * (in the spirit of hoppscotch-data's `defineVersion({ up })`). Parsing a document
 * validates it against its own version's schema, then runs every `up` step to the
 * newest version, then validates the result again.
 */
export interface SchemaVersion<T> {
  readonly version: number;
  readonly schema: z.ZodType<T>;
  /** The oldest version this chain can still read. */
  readonly oldest: number;
  readonly parse: (input: unknown, fromVersion: number) => LoadResult<T>;
}

interface InitialVersionDef<T> {
  version: number;
  schema: z.ZodType<T>;
}

interface NextVersionDef<T, Previous> extends InitialVersionDef<T> {
  previous: SchemaVersion<Previous>;
  /** Turns a valid document of the previous version into this version. Pure. */
  up: (old: Previous) => T;
}

// The overload with `up` comes first so an inline `up` gets its parameter type from `previous`.
export function defineVersion<T, Previous>(def: NextVersionDef<T, Previous>): SchemaVersion<T>;
export function defineVersion<T>(def: InitialVersionDef<T>): SchemaVersion<T>;
export function defineVersion<T, Previous>(def: InitialVersionDef<T> | NextVersionDef<T, Previous>): SchemaVersion<T> {
  const { version, schema } = def;
  if (!('previous' in def)) {
    return {
      version,
      schema,
      oldest: version,
      parse: (input, fromVersion) =>
        fromVersion === version ? parseWithSchema(schema, input) : failed([unknownVersion(fromVersion, version, version)]),
    };
  }
  const { previous, up } = def;
  if (previous.version >= version) throw new Error(`version ${version} must come after ${previous.version}`);
  return {
    version,
    schema,
    oldest: previous.oldest,
    parse: (input, fromVersion) => {
      if (fromVersion === version) return parseWithSchema(schema, input);
      if (fromVersion > version) return failed([unknownVersion(fromVersion, previous.oldest, version)]);
      const older = previous.parse(input, fromVersion);
      if (!older.ok) return older;
      const upgraded = parseWithSchema(schema, up(older.value));
      return upgraded.ok
        ? upgraded
        : failed(upgraded.problems.map((problem) => `${problem} (after upgrading from schemaVersion ${fromVersion})`));
    },
  };
}

function unknownVersion(found: number, oldest: number, newest: number): string {
  return `schemaVersion: unknown version ${found} (this build reads ${oldest} to ${newest})`;
}

/** Reads `schemaVersion` from an unknown document, or says why it can't. */
export function readSchemaVersion(input: unknown): LoadResult<number> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return failed(['(root): expected an object']);
  }
  const version = 'schemaVersion' in input ? input.schemaVersion : undefined;
  if (version === undefined) return failed(['schemaVersion: required']);
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return failed(['schemaVersion: expected a whole number']);
  }
  return loaded(version);
}

/** Parses a document of any version the chain knows, upgraded to the chain's newest version. */
export function parseVersioned<T>(newest: SchemaVersion<T>, input: unknown): LoadResult<T> {
  const version = readSchemaVersion(input);
  if (!version.ok) return version;
  if (version.value < newest.oldest || version.value > newest.version) {
    return failed([unknownVersion(version.value, newest.oldest, newest.version)]);
  }
  return newest.parse(input, version.value);
}
