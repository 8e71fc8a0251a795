// Every location on the shared corpus names a real line: a values key, or a line inside the object's own document.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding, Outcome } from '../../src/model.js';
import { splitDocuments } from '../../src/manifests/split.js';
import { CORPUS, ROOT } from '../helpers.js';

const CLI = process.env.KPG_CLI ?? join(ROOT, 'dist/cli.js');
const ready = existsSync(CORPUS) && existsSync(CLI);
if (!ready) console.warn(`locations: skipped, ${existsSync(CORPUS) ? CLI : CORPUS} is absent`);

describe.skipIf(!ready)('locations on the corpus', () => {
  const run = () => {
    const result = spawnSync(process.execPath, [CLI, CORPUS, '--profile', 'hardened', '--format', 'json'], { encoding: 'utf8', timeout: 300_000 });
    return (JSON.parse(result.stdout) as Outcome).findings.filter((finding) => finding.location && finding.resource);
  };

  it('names a line that exists, inside the object it describes', { timeout: 300_000 }, () => {
    const findings = run();
    expect(findings.length).toBeGreaterThan(100);
    const wrong = findings.flatMap((finding) => {
      const problem = checkLocation(finding);
      return problem ? [`${finding.ruleId} ${finding.resource!.kind}/${finding.resource!.name} → ${finding.location!.file}:${finding.location!.line}: ${problem}`] : [];
    });
    expect(wrong).toEqual([]);
  });
});

function checkLocation(finding: Finding): string | undefined {
  const { file, line } = finding.location!;
  const path = join(CORPUS, file);
  if (!existsSync(path)) return 'no such file';
  const lines = readFileSync(path, 'utf8').split('\n');
  const text = lines[line - 1];
  if (line < 1 || text === undefined) return 'past the end of the file';
  if (text.trim() === '' || text.trim().startsWith('#')) return 'a blank or comment line';
  if (finding.target.kind === 'helm') return undefined;
  // Kustomize and plain files: the line sits in a document that declares the object's kind (or a list holding it).
  const document = splitDocuments(lines.join('\n')).find((doc) => line >= doc.firstLine && line < doc.firstLine + doc.text.split('\n').length);
  if (!document) return 'outside every document';
  if (/kustomization\.ya?ml$/.test(file)) return undefined;
  return new RegExp(`^kind:\\s*["']?(${finding.resource!.kind}|\\w*List)\\b`, 'm').test(document.text) ? undefined : `not inside a ${finding.resource!.kind}`;
}
