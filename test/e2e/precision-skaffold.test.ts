// Issue 17 on microservices-demo's shape (test/fixtures/precision/skaffold-artifact-image): an image that a
// skaffold.yaml builds is replaced by `skaffold run` where that config deploys it, so it is no untagged image there.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model.js';
import { check } from '../../src/runner.js';
import { FIXTURES, settings } from '../helpers.js';

const FIXTURE = join(FIXTURES, 'precision', 'skaffold-artifact-image');
// KPG_TEST_BUNDLE_DIR: a bundle built elsewhere (node scripts/build-policies.mjs DIR) instead of dist/policy.
const bundleDir = process.env.KPG_TEST_BUNDLE_DIR || undefined;
const at = (finding: Finding) => `${finding.ruleId} ${finding.severity} ${finding.location?.file}:${finding.location?.line}`;
const reported = (findings: Finding[]) => findings.filter((finding) => finding.ruleId === 'image-tag' || finding.ruleId === 'not-checked').map(at);

describe('an image Skaffold builds', () => {
  let copy: string | undefined;
  afterEach(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
    copy = undefined;
  });

  it('is not an untagged image where a Skaffold config deploys it, tagged or not; elsewhere it is', async () => {
    const outcome = await check({ ...settings({ root: FIXTURE }), bundleDir });
    // frontend, cartservice:latest (kustomize path of `app`) and loadgenerator (rawYaml of the config requiring it) pass;
    // busybox is no artifact, and release/frontend.yaml is deployed by no Skaffold config.
    expect(reported(outcome.findings)).toEqual(['image-tag warning kubernetes-manifests/frontend.yaml:14', 'image-tag warning release/frontend.yaml:14']);
  });

  it('is judged as written when skaffold.yaml cannot be read, with a notice at the broken line', async () => {
    copy = mkdtempSync(join(tmpdir(), 'kpg-skaffold-'));
    cpSync(FIXTURE, copy, { recursive: true });
    // A tag on an artifact: Skaffold's validation refuses the whole file, so `skaffold run` deploys nothing from it.
    writeFileSync(join(copy, 'skaffold.yaml'), 'apiVersion: skaffold/v3\nkind: Config\nbuild:\n  artifacts:\n  - image: frontend:1.0\nmanifests:\n  kustomize:\n    paths: [kubernetes-manifests]\n');
    const outcome = await check({ ...settings({ root: copy }), bundleDir });
    expect(reported(outcome.findings)).toEqual([
      'image-tag warning kubernetes-manifests/cartservice.yaml:14',
      'image-tag warning kubernetes-manifests/frontend.yaml:14',
      'image-tag warning kubernetes-manifests/frontend.yaml:17',
      'image-tag warning kubernetes-manifests/loadgenerator.yaml:14',
      'image-tag warning release/frontend.yaml:14',
      'not-checked notice skaffold.yaml:5',
    ]);
    const notice = outcome.findings.find((finding) => finding.ruleId === 'not-checked')!;
    expect(notice.message).toBe(
      "skaffold.yaml: build artifact image 'frontend:1.0' has a tag or digest; Skaffold expects a name alone (its tagger adds the tag). Skaffold would refuse this config, so the images it builds are judged as written",
    );
  });
});
