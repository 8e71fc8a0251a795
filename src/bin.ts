// The CLI's entry (dist/cli.js): the Node.js version check, V8's compile cache, then the CLI. Reading the bundle's
// JavaScript is most of a small run's start-up; the cache (Node's, under the temporary directory) saves about a fifth
// of it from the second run on. It must be on before the CLI's modules load, hence this file.
// A namespace import, not `import { enableCompileCache }`: an older Node has no such export and would refuse the
// module at link time, with a stack trace, before the version check below could say what is wrong.
import * as nodeModule from 'node:module';

/** package.json `engines`: the CLI uses Node 24's APIs (and its bundle targets node24). */
const NEEDED_MAJOR = 24;

if (Number(process.versions.node.split('.')[0]) < NEEDED_MAJOR) {
  process.stderr.write(`kube-policy-gate needs Node.js ${NEEDED_MAJOR} or newer; this is v${process.versions.node}\n`);
  // The README's status for a usage error: the run could not start, and nothing was checked.
  process.exit(2);
}

// `kube-policy-gate … | head -1`: the reader left, so there is no one to tell. End without a stack trace, with the
// status a shell gives a program that SIGPIPE stopped (128 + 13), so `set -o pipefail` never reads a run cut short
// as a pass.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`kube-policy-gate: cannot write the report to stdout: ${error.message}\n`);
  process.exit(error.code === 'EPIPE' ? 141 : 3);
});

nodeModule.enableCompileCache?.();
await import('./cli.js');
