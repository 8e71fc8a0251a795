import { createRequire as __kpgCreateRequire } from 'node:module';
const require = __kpgCreateRequire(import.meta.url);
import {
  GATEKEEPER_BUILTINS
} from "./chunks/chunk-BJLYVYLH.js";
import {
  loadPolicy
} from "./chunks/chunk-XF2EGZJT.js";
import "./chunks/chunk-EVY675CJ.js";

// src/policy/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var VIOLATIONS = "kpg/violations";
var BATCH = "kpg/batch";
var BATCH_SIZE = 50;
var GUARDED_MEMORY_PAGES = 32768;
var MAX_ERROR_LENGTH = 2e3;
var encoder = new TextEncoder();
var buffer = (json) => encoder.encode(json).buffer;
var message = (error) => error instanceof Error ? error.message : String(error);
var role = workerData.role;
if (role === "guarded") {
  hostGuarded(workerData);
} else {
  await servePool(workerData);
}
async function servePool({ module }) {
  const policy = await loadPolicy(module);
  const batched = BATCH in policy.entrypoints;
  const one = (object) => {
    try {
      const result = policy.evaluate(buffer(object), VIOLATIONS);
      return { violations: result[0]?.result };
    } catch (error) {
      return { error: message(error) };
    }
  };
  const evaluate = (objects) => {
    if (!batched) return objects.map(one);
    const results = [];
    for (let start = 0; start < objects.length; start += BATCH_SIZE) {
      const batch = objects.slice(start, start + BATCH_SIZE);
      let perObject;
      try {
        perObject = policy.evaluate(buffer(`{"objects":[${batch.join(",")}]}`), BATCH)[0]?.result;
      } catch {
        perObject = void 0;
      }
      if (Array.isArray(perObject) && perObject.length === batch.length && perObject.every(Array.isArray)) {
        for (const violations of perObject) results.push({ violations });
      } else {
        for (const object of batch) results.push(one(object));
      }
    }
    return results;
  };
  parentPort.on("message", (request) => {
    try {
      if (request.data !== void 0) policy.setData(buffer(request.data));
    } catch (error) {
      parentPort.postMessage({ id: request.id, results: [], fatal: `set policy data: ${message(error)}` });
      return;
    }
    parentPort.postMessage({ id: request.id, results: evaluate(request.objects) });
  });
}
function hostGuarded({ signal, port, builtins }) {
  for (const method of ["log", "info", "warn", "error", "debug", "trace", "dir", "table"]) console[method] = () => void 0;
  const flag = new Int32Array(signal);
  const reply = (answer) => {
    port.postMessage(answer);
    Atomics.add(flag, 0, 1);
    Atomics.notify(flag, 0);
  };
  const policies = /* @__PURE__ */ new Map();
  const handle = async (request) => {
    if (request.op === "load") {
      const policy2 = await loadPolicy(request.wasm, { initial: 5, maximum: GUARDED_MEMORY_PAGES }, builtins === "gatekeeper" ? GATEKEEPER_BUILTINS : {});
      policies.set(request.id, policy2);
      return Object.keys(policy2.entrypoints);
    }
    const policy = policies.get(request.id);
    if (!policy) throw new Error("the policy is not loaded");
    if (request.op === "setData") return void policy.setData(request.data);
    return policy.evaluate(request.input, request.entrypoint)[0]?.result;
  };
  port.on("message", (request) => {
    handle(request).then(
      (value) => reply({ value }),
      (error) => reply({ error: explain(message(error)).slice(0, MAX_ERROR_LENGTH) })
    );
  });
  reply({ value: "ready" });
}
function explain(text) {
  return /^opa_malloc: failed/.test(text) ? `${text} (the policy used up the ${GUARDED_MEMORY_PAGES * 64 / 1024 / 1024} GiB of memory a policy may use)` : text;
}
