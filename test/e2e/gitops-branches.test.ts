// Issue 18 §2, a branch is not this pull request: a Flux GitRepository or an Argo CD source of this repository on
// another ref deploys that ref, so it is listed as not checked, never judged from this checkout; a source on the
// checkout's branch (the pull request's base, or Argo CD's HEAD when that is the default branch) is followed as before.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gitopsTargets } from '../../src/discover/gitops/index.js';
import type { Checkout } from '../../src/discover/gitops/revision.js';
import type { Finding, Outcome, Resource } from '../../src/model.js';
import { check } from '../../src/runner.js';
import { FIXTURES, settings } from '../helpers.js';

const WORK = mkdtempSync(join(tmpdir(), 'kpg-branches-'));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();

/**
 * The fixture as a clone of github.com/example/fleet with `main` checked out and origin/HEAD at main, as `git clone`
 * leaves it; `branches` are more remote branches (origin/<name>), each one commit on top.
 */
function clone(branches: string[] = []): string {
  const repo = mkdtempSync(join(WORK, 'fleet-'));
  cpSync(join(FIXTURES, 'gitops-repos', 'branches'), repo, { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'remote', 'add', 'origin', 'https://github.com/example/fleet.git');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'fleet');
  git(repo, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
  git(repo, 'symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
  for (const branch of branches) {
    const tree = git(repo, 'write-tree');
    const commit = git(repo, 'commit-tree', tree, '-p', 'HEAD', '-m', branch);
    git(repo, 'update-ref', `refs/remotes/origin/${branch}`, commit);
  }
  return repo;
}

/** A pull request's checkout in a workflow: GitHub's merge commit, detached, with only the event's variables telling the branches. */
function pullRequestCheckout(repo: string): string {
  git(repo, 'checkout', '-q', '--detach');
  return repo;
}

const WORKFLOW = ['GITHUB_BASE_REF', 'GITHUB_HEAD_REF', 'GITHUB_REF', 'GITHUB_EVENT_PATH', 'GITHUB_REPOSITORY', 'GITHUB_SERVER_URL'];
beforeEach(() => {
  for (const name of WORKFLOW) vi.stubEnv(name, '');
});
afterEach(() => vi.unstubAllEnvs());

const line = (finding: Finding) => `${finding.ruleId} ${finding.severity} ${finding.location?.file}:${finding.location?.line}`;
const deployedBy = (finding: Finding) => finding.target.deployedBy && `${finding.target.deployedBy.kind} ${finding.target.deployedBy.name}`;
const notChecked = (outcome: Outcome) => outcome.findings.filter((finding) => finding.ruleId === 'not-checked').map((finding) => `${line(finding)} ${finding.message}`);
/** Who the findings of a file are attributed to (folded ones too): the deployments that deploy it, or none when judged alone. */
const attributed = (outcome: Outcome, file: string) => {
  const findings = outcome.findings.filter((finding) => finding.ruleId !== 'not-checked' && finding.location?.file === file);
  const targets = findings.flatMap((finding) => [finding.target, ...(finding.alsoFor ?? []).map((folded) => folded.target)]);
  return [...new Set(targets.map((target) => (target.deployedBy ? `${target.deployedBy.kind} ${target.deployedBy.name}` : 'none')))].sort();
};

const DEV_TEAM_FLUX = "not-checked notice tenants/base/dev-team/sync.yaml:13 Kustomization apps/dev-team uses the GitRepository 'dev-team' on branch 'dev-team' of this repository, not this checkout ('main'): check it where it lives";
const DEV_TEAM_ARGO = "not-checked notice argo/guestbook-dev.yaml:2 Application argocd/guestbook-dev deploys revision 'dev-team' of this repository (targetRevision), not this checkout ('main'): check it where it lives";

describe('a GitRepository of this repository on another branch (flux2-multi-tenancy dev-team)', () => {
  it('lists it as not checked when the branch is not in the clone, and judges this checkout\'s production/ alone', async () => {
    const outcome = await check(settings({ root: clone() }));
    expect(notChecked(outcome)).toEqual([DEV_TEAM_ARGO, DEV_TEAM_FLUX]);
    // production/ of this checkout is no directory Flux deploys from dev-team: its Pod is judged as a plain file.
    expect(attributed(outcome, 'production/pod.yaml')).toEqual(['none']);
  });

  it('lists it as not checked when the branch is in the clone too', async () => {
    const outcome = await check(settings({ root: clone(['dev-team']) }));
    expect(notChecked(outcome)).toEqual([DEV_TEAM_ARGO, DEV_TEAM_FLUX]);
    expect(attributed(outcome, 'production/pod.yaml')).toEqual(['none']);
  });

  it('follows the sources on the base branch as before: Flux on main and Argo CD on HEAD deploy apps/', async () => {
    const outcome = await check(settings({ root: clone() }));
    expect(attributed(outcome, 'apps/deployment.yaml')).toEqual(['Application guestbook', 'Kustomization apps']);
  });
});

describe('on a pull request the base branch decides', () => {
  it('reads GITHUB_BASE_REF in a detached merge checkout: main is the pull request, dev-team is not', async () => {
    vi.stubEnv('GITHUB_BASE_REF', 'main');
    vi.stubEnv('GITHUB_HEAD_REF', 'feature');
    const outcome = await check(settings({ root: pullRequestCheckout(clone()) }));
    expect(notChecked(outcome)).toEqual([DEV_TEAM_ARGO, DEV_TEAM_FLUX].map((text) => text.replace("('main')", "('main', 'feature')")));
  });

  it('a pull request into dev-team is what the dev-team sources deploy, and the main ones are not', async () => {
    vi.stubEnv('GITHUB_BASE_REF', 'dev-team');
    vi.stubEnv('GITHUB_HEAD_REF', 'feature');
    const event = join(WORK, 'event.json');
    writeFileSync(event, JSON.stringify({ repository: { default_branch: 'main' } }));
    vi.stubEnv('GITHUB_EVENT_PATH', event);
    const outcome = await check(settings({ root: pullRequestCheckout(clone(['dev-team'])) }));
    expect(notChecked(outcome)).toEqual([
      "not-checked notice argo/guestbook.yaml:2 Application argocd/guestbook deploys 'HEAD' (the default branch) of this repository (targetRevision), not this checkout ('dev-team', 'feature'): check it where it lives",
      "not-checked notice clusters/production/apps.yaml:13 Kustomization flux-system/apps uses the GitRepository 'fleet' on branch 'main' of this repository, not this checkout ('dev-team', 'feature'): check it where it lives",
    ]);
    // What the dev-team Kustomization deploys from its branch is this pull request's production/.
    expect(attributed(outcome, 'production/pod.yaml')).toEqual(['Kustomization dev-team']);
    expect(attributed(outcome, 'apps/deployment.yaml')).toContain('Application guestbook-dev');
    expect(attributed(outcome, 'apps/deployment.yaml')).not.toContain('Application guestbook');
  });
});

describe('every kind of ref, as the controllers resolve it', () => {
  const FLEET = 'https://github.com/example/fleet';
  const MAIN: Checkout = { branches: ['main'], tags: [], defaultBranch: 'main' };
  const object = (value: Record<string, unknown>, file: string): Resource => {
    const metadata = value.metadata as { name: string; namespace?: string };
    return { object: value, apiVersion: value.apiVersion as string, kind: value.kind as string, name: metadata.name, namespace: metadata.namespace, target: { kind: 'manifests', path: file }, document: { text: '', firstLine: 1, sourceFile: file, relatedFiles: [], textIsSource: true } };
  };
  const discover = (resources: Resource[], checkout: Checkout = MAIN) =>
    gitopsTargets({ files: ['apps/pod.yaml', 'chart/Chart.yaml', 'values/prod.yaml'], read: () => 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n', repositoryUrls: ['github.com/example/fleet'], checkout, allowNetwork: false, resources });
  /** A GitRepository with `ref` and the Kustomization that deploys apps/ from it: what is followed, else the message. */
  const flux = (ref: Record<string, unknown> | undefined, checkout?: Checkout) => {
    const source = object({ apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', metadata: { name: 'fleet', namespace: 'flux-system' }, spec: { url: FLEET, ...(ref && { ref }) } }, 'clusters/sync.yaml');
    const kustomization = object({ apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', metadata: { name: 'apps', namespace: 'flux-system' }, spec: { sourceRef: { kind: 'GitRepository', name: 'fleet' }, path: './apps' } }, 'clusters/sync.yaml');
    const found = discover([source, kustomization], checkout);
    return found.targets.length ? found.targets.map((target) => target.path) : found.findings.map((finding) => `${finding.severity} ${finding.message}`);
  };
  const argo = (source: Record<string, unknown>, more: Record<string, unknown>[] = []) => {
    const sources = [{ repoURL: `${FLEET}.git`, ...source }, ...more];
    const found = discover([object({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name: 'web', namespace: 'argocd' }, spec: { sources, destination: { namespace: 'web' } } }, 'argo/web.yaml')]);
    return found.targets.length ? found.targets.map((target) => target.path) : found.findings.map((finding) => `${finding.severity} ${finding.message}`);
  };
  const notThis = "of this repository, not this checkout ('main')";

  it('Flux: commit over name over semver over tag over branch, and master without a ref', () => {
    expect(flux({ branch: 'main' })).toEqual(['apps/pod.yaml']);
    expect(flux({ name: 'refs/heads/main' })).toEqual(['apps/pod.yaml']);
    expect(flux({ branch: 'main', commit: 'a'.repeat(40) })).toEqual([`notice Kustomization flux-system/apps uses the GitRepository 'fleet' on commit '${'a'.repeat(40)}' ${notThis}: check it where it lives`]);
    expect(flux({ branch: 'main', tag: 'v1.0.0' })).toEqual([`notice Kustomization flux-system/apps uses the GitRepository 'fleet' on tag 'v1.0.0' ${notThis}: check it where it lives`]);
    expect(flux({ tag: 'v1.0.0', semver: '>=1.0.0' })).toEqual([`notice Kustomization flux-system/apps uses the GitRepository 'fleet' on the tags matching '>=1.0.0' ${notThis}: check it where it lives`]);
    expect(flux({ semver: '>=1.0.0', name: 'refs/pull/7/head' })).toEqual([`notice Kustomization flux-system/apps uses the GitRepository 'fleet' on ref 'refs/pull/7/head' ${notThis}: check it where it lives`]);
    expect(flux(undefined)).toEqual([`notice Kustomization flux-system/apps uses the GitRepository 'fleet' on branch 'master' (Flux's default without spec.ref) ${notThis}: check it where it lives`]);
  });

  it('Flux: a tag is this checkout when the workflow runs on it; any branch is when nothing tells which branch this is', () => {
    expect(flux({ tag: 'v1.0.0' }, { branches: [], tags: ['v1.0.0'] })).toEqual(['apps/pod.yaml']);
    expect(flux({ branch: 'dev-team' }, { branches: [], tags: [] })).toEqual(['apps/pod.yaml']);
    expect(flux({ tag: 'v1.0.0' }, { branches: [], tags: [] })).toEqual(["notice Kustomization flux-system/apps uses the GitRepository 'fleet' on tag 'v1.0.0' of this repository, not this checkout: check it where it lives"]);
  });

  it('Argo CD: HEAD and no targetRevision are the default branch; a commit, a tag, a range or another branch are not this checkout', () => {
    expect(argo({ targetRevision: 'HEAD', path: 'apps' })).toEqual(['apps/pod.yaml']);
    expect(argo({ path: 'apps' })).toEqual(['apps/pod.yaml']);
    expect(argo({ targetRevision: 'refs/heads/main', path: 'apps' })).toEqual(['apps/pod.yaml']);
    expect(argo({ targetRevision: 'b'.repeat(40), path: 'apps' })).toEqual([`notice Application argocd/web deploys commit '${'b'.repeat(40)}' of this repository (targetRevision), not this checkout ('main'): check it where it lives`]);
    expect(argo({ targetRevision: '1.4.2', path: 'apps' })).toEqual(["notice Application argocd/web deploys tag '1.4.2' of this repository (targetRevision), not this checkout ('main'): check it where it lives"]);
    expect(argo({ targetRevision: '1.4.*', path: 'apps' })).toEqual(["notice Application argocd/web deploys the tags matching '1.4.*' of this repository (targetRevision), not this checkout ('main'): check it where it lives"]);
    expect(argo({ targetRevision: 'staging', path: 'apps' })).toEqual(["notice Application argocd/web deploys revision 'staging' of this repository (targetRevision), not this checkout ('main'): check it where it lives"]);
  });

  it('Argo CD: values files a ref source lends come from its own targetRevision', () => {
    const chart = { targetRevision: 'main', path: 'chart', helm: { valueFiles: ['$values/values/prod.yaml'] } };
    expect(argo(chart, [{ repoURL: FLEET, targetRevision: 'HEAD', ref: 'values' }])).toEqual(['chart']);
    expect(argo(chart, [{ repoURL: FLEET, targetRevision: 'staging', ref: 'values' }])).toEqual([
      "notice Application argocd/web takes the values file '$values/values/prod.yaml' from revision 'staging' of this repository (the targetRevision of source 'values'), not this checkout ('main'): check it where it lives",
    ]);
  });
});
