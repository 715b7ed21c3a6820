// Run as a child process by embedded-postgres.ts on a first start: creates the embedded
// database's data folder (PostgreSQL's initdb, compiled to WebAssembly) and exits.
// initdb peaks at about 800 MiB; in a process of its own, all of that goes back to the
// system when it exits, instead of staying in the server's resident memory for good.
async function prepare(dataDir: string): Promise<void> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dataDir);
  await db.close();
}

const dataDir = process.argv[2];
if (!dataDir) {
  console.error('usage: prepare-embedded-data <data folder>');
  process.exit(2);
}
prepare(dataDir).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
