#!/usr/bin/env node
import { createRequire as __kpgCreateRequire } from 'node:module';
const require = __kpgCreateRequire(import.meta.url);

// src/bin.ts
import * as nodeModule from "node:module";
var NEEDED_MAJOR = 24;
if (Number(process.versions.node.split(".")[0]) < NEEDED_MAJOR) {
  process.stderr.write(`kube-policy-gate needs Node.js ${NEEDED_MAJOR} or newer; this is v${process.versions.node}
`);
  process.exit(2);
}
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") process.stderr.write(`kube-policy-gate: cannot write the report to stdout: ${error.message}
`);
  process.exit(error.code === "EPIPE" ? 141 : 3);
});
nodeModule.enableCompileCache?.();
await import("./chunks/cli-MNKJGM32.js");
