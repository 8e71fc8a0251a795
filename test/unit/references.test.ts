// kustomize's reading of remote references, checked against the cases of its own repospec_test.go (v0.21), and
// what may reach git: nothing offline; with the network, https and a ref that is a ref.
import { describe, expect, it } from 'vitest';
import { gitRepoSpec, remoteProblem, remoteReference } from '../../src/render/references.js';

describe('gitRepoSpec', () => {
  it.each([
    ['https://git-codecommit.us-east-2.amazonaws.com/someorg/somerepo/somedir?ref=testbranch', 'https://git-codecommit.us-east-2.amazonaws.com/someorg/somerepo'],
    ['http://github.com/someorg/somerepo/somedir', 'https://github.com/someorg/somerepo'],
    ['git@github.com:someorg/somerepo/somedir', 'git@github.com:someorg/somerepo'],
    ['git@gitlab2.sqtools.ru:infra/kubernetes/thanos-base.git?ref=v0.1.0', 'git@gitlab2.sqtools.ru:infra/kubernetes/thanos-base.git'],
    ['git@bitbucket.org/company/project.git//path?ref=branch', 'git@bitbucket.org/company/project.git'],
    ['https://itfs.mycompany.com/collection/project/_git/somerepos/somedir?version=v1.0.0', 'https://itfs.mycompany.com/collection/project/_git/somerepos'],
    ['git::https://itfs.mycompany.com/collection/project/_git/somerepos', 'https://itfs.mycompany.com/collection/project/_git/somerepos'],
    ['git@github.com/someorg/somerepo/somepath', 'git@github.com:someorg/somerepo'],
    ['https://github.com/kubernetes-sigs/kustomize//examples/multibases/dev/?ref=v1.0.6', 'https://github.com/kubernetes-sigs/kustomize'],
    ['file://a/b/c/someRepo.git/somepath?ref=someBranch', 'file://a/b/c/someRepo.git'],
    ['file:///a/b/c/someRepo?ref=someBranch', 'file:///a/b/c/someRepo'],
    ['ssh://git@github.com/kubernetes-sigs/kustomize//examples/multibases/dev?ref=v1.0.6', 'git@github.com:kubernetes-sigs/kustomize'],
    ['https://authority/org/repo/?ref=includes.git/for_some_reason', 'https://authority/org/repo'],
    ['file://git@home/path/to/repository.git//path?ref=branch', 'file://git@home/path/to/repository.git'],
    ['github.com/org/repo//deploy?ref=main', 'https://github.com/org/repo'],
  ])('reads %s as kustomize does', (entry, cloneSpec) => {
    expect(gitRepoSpec(entry)?.cloneSpec).toBe(cloneSpec);
  });

  it.each([
    '/tmp',
    '../../tmp',
    'src/github.com/org/repo/path',
    'iauhsdiuashduas',
    'htxxxtp://github.com/',
    'ssh://git.example.com',
    'git::___',
    'https://host?ref=group/version/minor_version',
    'https://github.com/org/repo.git//path/../../exits/repo',
    'github.com!org/repo.git//path',
    'gh:org/repo',
    'https://github.com/thisisa404.yaml',
    'file:////tmp//path/to/whatever',
    'git@scp://github.com/org/repo.git//path',
  ])('leaves %s to be a local path, as kustomize does', (entry) => {
    expect(gitRepoSpec(entry)).toBeUndefined();
  });
});

describe('remoteReference', () => {
  it('finds http(s) files in file fields and git URLs in base fields; odd schemes count as remote', () => {
    expect(remoteReference('HTTPS://example.com/p.yaml', 'file')).toMatchObject({ kind: 'http' });
    expect(remoteReference('file:///etc/passwd', 'file')).toBeUndefined(); // kustomize joins it to the root: a local path
    expect(remoteReference('https://example.com/org/repo', 'base')).toMatchObject({ kind: 'git', scheme: 'https://' });
    expect(remoteReference('https://example.com/p.yaml', 'base')).toMatchObject({ kind: 'http' });
    expect(remoteReference('ext::sh -c touch% /tmp/x', 'base')).toMatchObject({ kind: 'git' });
    expect(remoteReference('ftp://example.com/a/b', 'base')).toMatchObject({ kind: 'git' });
    expect(remoteReference('../base', 'base')).toBeUndefined();
  });
});

describe('remoteProblem', () => {
  const problem = (entry: string, network: boolean) => remoteProblem(entry, remoteReference(entry, 'base')!, network);

  it('refuses everything offline', () => {
    expect(problem('https://github.com/org/repo//x?ref=v1', false)).toBe(
      "'https://github.com/org/repo//x?ref=v1' is a git repository: the network is off (set allow-network to true to fetch it, or vendor it into the repository)",
    );
  });

  it('online: https with a ref, version, timeout and submodules that are what they say', () => {
    expect(problem('https://github.com/org/repo//x?ref=release/v1.2&timeout=90s&submodules=false', true)).toBeUndefined();
    expect(problem('https://github.com/org/repo//x?version=0123abc', true)).toBeUndefined();
  });

  it.each([
    ['https://github.com/org/repo//x?ref=--upload-pack=sh', "has ref '--upload-pack=sh', which is not a git ref"],
    ['https://github.com/org/repo//x?ref=%2D%2Dupload-pack%3Dsh', "has ref '--upload-pack=sh', which is not a git ref"],
    ['https://github.com/org/repo//x?version=a+b', "has version 'a b', which is not a git ref"],
    ['https://github.com/org/repo//x?depth=1', "has the query parameter 'depth'"],
    ['file:///srv/repo', 'is a git repository over file: only https:// is fetched'],
    ['git@github.com:org/repo', 'is a git repository over ssh: only https:// is fetched'],
    ['ssh://git@host/org/repo', 'is a git repository over ssh: only https:// is fetched'],
    ['http://example.com/org/repo', 'is a git repository over http: only https:// is fetched'],
    ['https://example.com/org/repo\n--x', 'holds a space or a control character'],
  ])('online refuses %s', (entry, message) => {
    expect(problem(entry, true)).toContain(message);
  });
});
