import { createRequire as __kpgCreateRequire } from 'node:module';
const require = __kpgCreateRequire(import.meta.url);
import {
  loadPolicy
} from "./chunks/chunk-XF2EGZJT.js";
import "./chunks/chunk-EVY675CJ.js";

// src/policy/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var VIOLATIONS = "kpg/violations";
var BATCH = "kpg/batch";
var BATCH_SIZE = 50;
var { module } = workerData;
var policy = await loadPolicy(module);
var batched = BATCH in policy.entrypoints;
var encoder = new TextEncoder();
var buffer = (json) => encoder.encode(json).buffer;
var message = (error) => error instanceof Error ? error.message : String(error);
function one(object) {
  try {
    const result = policy.evaluate(buffer(object), VIOLATIONS);
    return { violations: result[0]?.result };
  } catch (error) {
    return { error: message(error) };
  }
}
function evaluate(objects) {
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
}
parentPort.on("message", (request) => {
  try {
    if (request.data !== void 0) policy.setData(buffer(request.data));
  } catch (error) {
    parentPort.postMessage({ id: request.id, results: [], fatal: `set policy data: ${message(error)}` });
    return;
  }
  parentPort.postMessage({ id: request.id, results: evaluate(request.objects) });
});
