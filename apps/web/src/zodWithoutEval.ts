import { config } from 'zod';

// The app's Content-Security-Policy forbids eval. zod 4 builds fast object parsers with
// `new Function`, and merely probing whether it may already reports a CSP violation. The
// shared protocol's schemas are built as their modules load, so this module is imported
// first (main.ts) and turns that off before any schema exists.
config({ jitless: true });
