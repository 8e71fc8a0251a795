// opa-wasm alone (the bench's fourth column): the bundled policy.wasm evaluating each object of a JSON file
// ({objects: [...]}, as `opa eval` reads it) with data.kpg.run set; prints the number of violations.
// The floor this CLI's whole run is measured against: no discovery, YAML, locating or report.
import { readFileSync } from 'node:fs';
import { loadPolicy } from '@open-policy-agent/opa-wasm';

const [wasmFile, inputFile, dataFile] = process.argv.slice(2);
const policy = await loadPolicy(readFileSync(wasmFile));
policy.setData(JSON.parse(readFileSync(dataFile, 'utf8')));
let violations = 0;
for (const object of JSON.parse(readFileSync(inputFile, 'utf8')).objects) {
  violations += policy.evaluate(object, 'kpg/violations')[0].result.length;
}
console.log(violations);
