// The CLI's entry (dist/cli.js): V8's compile cache first, then the CLI. Reading the bundle's JavaScript is most of
// a small run's start-up; the cache (Node's, under the temporary directory) saves about a fifth of it from the
// second run on. It must be on before the CLI's modules load, hence this file.
import { enableCompileCache } from 'node:module';

enableCompileCache?.();
await import('./cli.js');
