import { createRequire as __kpgCreateRequire } from 'node:module';
const require = __kpgCreateRequire(import.meta.url);
import {
  Tally,
  cachedReader,
  createDecider,
  createEvaluator,
  createLocator,
  isContextObject,
  parsePart,
  parseRendered,
  secretTracer
} from "./chunks/chunk-WIGKCINW.js";
import "./chunks/chunk-XF2EGZJT.js";
import "./chunks/chunk-EVY675CJ.js";

// src/stream-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var init = workerData;
var evaluators = await Promise.all(init.modules.map((module) => createEvaluator({ wasm: module, rules: [] }, {})));
var decider = createDecider(init.rules, init.selection, createLocator(cachedReader(init.root)), secretTracer(init.root, init.files));
var indexOf = new Map(init.targets.map((target, index) => [target, index]));
var own = init.shard && new Set(init.shard.own.map((index) => init.targets[index]));
var relaxed = init.shard && new Set(init.shard.relaxed);
var evaluates = own && relaxed && ((resource) => own.has(resource.target) || relaxed.has(resource.namespace ?? "default"));
var indexed = (item) => ({ ...item, target: indexOf.get(item.target) });
parentPort.on("message", (request) => {
  try {
    if (request.data !== void 0) {
      const data = JSON.parse(request.data);
      for (const evaluator of evaluators) evaluator.setData(data);
    }
    const scanned = new WeakSet(request.parts.flatMap(({ documents, scanned: flags }) => documents.filter((_, index) => flags[index])));
    const tally = new Tally();
    const groups = parsePart(
      request.parts.map(({ target, documents }) => ({ target: init.targets[target], documents })),
      (target, document) => parseRendered(target, [document]),
      (resource, document) => isContextObject(resource.kind, resource.apiVersion, init.withValues) && !scanned.has(document),
      tally,
      evaluates
    );
    for (const group of groups) for (const evaluator of evaluators) if (group.length > 0) decider.add(evaluator.evaluateAll(group));
    const decided = decider.take();
    const reply = {
      id: request.id,
      parseFindings: tally.parseFindings.map(indexed),
      objects: tally.objects,
      namespaces: [...tally.namespaces],
      decided: { findings: decided.findings.map(indexed), hidden: decided.hidden, annotated: decided.annotated.map(indexed), relaxing: decided.relaxing.map(indexed) }
    };
    parentPort.postMessage(reply);
  } catch (error) {
    parentPort.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error), parseFindings: [], objects: 0, namespaces: [] });
  }
});
