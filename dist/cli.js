#!/usr/bin/env node
import { createRequire as __kpgCreateRequire } from 'node:module';
const require = __kpgCreateRequire(import.meta.url);
import {
  ConfigError,
  Inputs,
  check,
  errorMessage,
  formatJson,
  formatText,
  oneOf,
  readSettings
} from "./chunks/chunk-R6I4AARC.js";

// src/cli.ts
import { parseArgs } from "node:util";
import { resolve } from "node:path";
var USAGE = `Usage: kube-policy-gate [paths...] [options]

Renders the kustomizations, Helm charts and Kubernetes manifests under paths (default: .)
and checks every object against the bundled policies.

Options:
  --root DIR             repository root that paths are relative to (default: .)
  --fail-on LEVEL        error | warning | notice | never (default: error)
  --profile NAME         default | baseline | restricted | hardened (default: default)
  --values-files FILE    Helm values file; repeat for several (applied in order)
  --release-name NAME    Helm release name (default: the chart's directory name)
  --namespace NS         namespace for helm template
  --kube-version V       Kubernetes version for Helm's .Capabilities
  --render-timeout S     seconds one render may take (default: 120)
  --allow-network        let kustomize and helm reach the network
  --format FORMAT        text | json (default: text)
  -h, --help             show this help

Exit status: 0 passed, 1 findings at or above --fail-on, 2 usage or configuration error.
`;
async function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      root: { type: "string" },
      "fail-on": { type: "string" },
      profile: { type: "string" },
      "values-files": { type: "string", multiple: true },
      "release-name": { type: "string" },
      namespace: { type: "string" },
      "kube-version": { type: "string" },
      "render-timeout": { type: "string" },
      "allow-network": { type: "boolean" },
      format: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const format = oneOf("--format", values.format ?? "text", ["text", "json"]);
  const flags = {
    [Inputs.paths]: positionals.join("\n"),
    [Inputs.failOn]: values["fail-on"] ?? "",
    [Inputs.profile]: values.profile ?? "",
    [Inputs.valuesFiles]: (values["values-files"] ?? []).join("\n"),
    [Inputs.releaseName]: values["release-name"] ?? "",
    [Inputs.namespace]: values.namespace ?? "",
    [Inputs.kubeVersion]: values["kube-version"] ?? "",
    [Inputs.renderTimeout]: values["render-timeout"] ?? "",
    [Inputs.allowNetwork]: values["allow-network"] ? "true" : "false"
  };
  const settings = readSettings((name) => flags[name] ?? "", resolve(values.root ?? "."));
  const outcome = await check(settings);
  process.stdout.write(format === "json" ? formatJson(outcome) : formatText(outcome));
  return outcome.verdict === "fail" ? 1 : 0;
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    const usage = error instanceof ConfigError || error.code?.startsWith("ERR_PARSE_ARGS");
    process.stderr.write(`kube-policy-gate: ${errorMessage(error)}
${usage ? "Run kube-policy-gate --help for usage.\n" : ""}`);
    process.exitCode = usage ? 2 : 3;
  }
);
