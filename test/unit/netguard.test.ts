// Which addresses a fetch with allow-network may reach (netguard.ts): IPv4, IPv6, IPv4-mapped and NAT64 forms, literal
// IPs in URLs, names resolved to every address, the workflow's allow-network-hosts, and the URLs each fence hands it.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { withConfig } from '../../src/config/merge.js';
import { readSettings } from '../../src/inputs.js';
import { chartProblems, type ChartContext } from '../../src/render/helmcharts.js';
import { addressRange, fetchProblem, urlHost, type Lookup } from '../../src/render/netguard.js';
import { remoteUrls } from '../../src/render/references.js';
import { documentProblem } from '../../src/render/schema.js';
import { readYamlTree } from '../../src/render/yamltree.js';

describe('addressRange', () => {
  it.each([
    ['127.0.0.1', 'a loopback address'],
    ['127.255.255.254', 'a loopback address'],
    ['::1', 'a loopback address'],
    ['169.254.169.254', 'a link-local address (where cloud metadata services answer)'],
    ['fe80::1', 'a link-local address'],
    ['febf::1', 'a link-local address'],
    ['10.0.0.1', 'a private address'],
    ['172.16.0.1', 'a private address'],
    ['172.31.255.255', 'a private address'],
    ['192.168.1.1', 'a private address'],
    ['fc00::1', 'a private (unique local) address'],
    ['fd12:3456::1', 'a private (unique local) address'],
    ['100.64.0.1', 'a carrier-grade NAT address'],
    ['100.127.255.255', 'a carrier-grade NAT address'],
    ['0.0.0.0', "an address of 'this network' (0.0.0.0/8)"],
    ['::', 'the unspecified address'],
    ['224.0.0.1', 'a multicast address'],
    ['ff02::1', 'a multicast address'],
    ['255.255.255.255', 'a reserved address'],
  ])('refuses %s as %s', (address, range) => {
    expect(addressRange(address)).toBe(range);
  });

  it.each([
    ['::ffff:127.0.0.1', 'a loopback address'],
    ['::ffff:7f00:1', 'a loopback address'],
    ['::ffff:169.254.169.254', 'a link-local address (where cloud metadata services answer)'],
    ['::ffff:10.1.2.3', 'a private address'],
    ['64:ff9b::a9fe:a9fe', 'a link-local address (where cloud metadata services answer)'],
    ['64:ff9b::10.0.0.1', 'a private address'],
    ['::127.0.0.1', 'an IPv4-compatible IPv6 address'],
  ])('reads the IPv4 address inside %s', (address, range) => {
    expect(addressRange(address)).toBe(range);
  });

  it.each(['8.8.8.8', '140.82.112.3', '172.32.0.1', '172.15.255.255', '100.128.0.1', '169.255.0.1', '2606:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808'])('lets %s through', (address) => {
    expect(addressRange(address)).toBeUndefined();
  });
});

describe('urlHost', () => {
  it.each([
    ['http://127.0.0.1:8080/charts', '127.0.0.1'],
    ['https://0x7f.1/charts', '127.0.0.1'],
    ['http://2130706433/', '127.0.0.1'],
    ['http://[::ffff:169.254.169.254]/', '::ffff:a9fe:a9fe'],
    ['oci://LocalHost:5000/charts', 'localhost'],
    ['oci://0177.0.0.1/charts', '127.0.0.1'],
    ['HTTPS://Charts.Example.com/', 'charts.example.com'],
  ])('reads %s as %s', (url, host) => {
    expect(urlHost(url)).toBe(host);
  });

  it.each(['file:///etc/passwd', 'git::https://example.com/x', 'ssh://git@example.com/x', 'http://', 'charts.example.com'])('finds no fetchable host in %s', (url) => {
    expect(urlHost(url)).toBeUndefined();
  });
});

describe('fetchProblem', () => {
  const answers: Record<string, string[]> = { 'charts.example.com': ['140.82.112.3'], 'internal.example.com': ['140.82.112.3', '10.0.0.7'], 'metadata.example.com': ['::ffff:169.254.169.254'] };
  const asked: string[] = [];
  const resolve: Lookup = async (host) => {
    asked.push(host);
    const found = answers[host];
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return found.map((address) => ({ address }));
  };
  const allow = "if the gate is meant to reach it";

  it('lets a host through when every address it resolves to is public', async () => {
    expect(await fetchProblem('https://charts.example.com/stable', [], resolve)).toBeUndefined();
  });

  it('refuses a literal address without asking the resolver, and names the way to allow it', async () => {
    asked.length = 0;
    expect(await fetchProblem('http://169.254.169.254/latest/meta-data', [], resolve)).toBe(
      `'http://169.254.169.254/latest/meta-data' was not fetched: 169.254.169.254 is a link-local address (where cloud metadata services answer); list the host in the workflow's allow-network-hosts input (allow-network-hosts: 169.254.169.254) ${allow}`,
    );
    expect(await fetchProblem('oci://10.0.0.1/charts', [], resolve)).toMatch(/^'oci:\/\/10\.0\.0\.1\/charts' was not fetched: 10\.0\.0\.1 is a private address;/);
    expect(await fetchProblem('http://[::1]:8080/', [], resolve)).toMatch(/was not fetched: ::1 is a loopback address;/);
    expect(asked).toEqual([]);
  });

  it('refuses a name when any one of its addresses is private', async () => {
    expect(await fetchProblem('https://internal.example.com/charts', [], resolve)).toBe(
      `'https://internal.example.com/charts' was not fetched: its host internal.example.com resolves to 10.0.0.7, which is a private address; list the host in the workflow's allow-network-hosts input (allow-network-hosts: internal.example.com) ${allow}`,
    );
    expect(await fetchProblem('https://metadata.example.com/', [], resolve)).toMatch(/resolves to ::ffff:169\.254\.169\.254, which is a link-local address/);
  });

  it('refuses a name that does not resolve: nothing would have been checked', async () => {
    expect(await fetchProblem('https://nowhere.example.com/', [], resolve)).toBe(
      "'https://nowhere.example.com/' was not fetched: its host nowhere.example.com could not be resolved to check where it leads (ENOTFOUND)",
    );
  });

  it('lets the hosts the workflow names through by name, whatever they resolve to', async () => {
    expect(await fetchProblem('https://Internal.Example.com/charts', ['internal.example.com'], resolve)).toBeUndefined();
    expect(await fetchProblem('http://127.0.0.1:8080/', ['127.0.0.1'], resolve)).toBeUndefined();
    expect(await fetchProblem('http://[::1]:8080/', ['[::1]'], resolve)).toBeUndefined();
    // Naming one host allows that host only.
    expect(await fetchProblem('http://127.0.0.2:8080/', ['127.0.0.1'], resolve)).toMatch(/127\.0\.0\.2 is a loopback address/);
  });

  it('fetches nothing but http(s):// and oci://', async () => {
    expect(await fetchProblem('file:///etc/passwd', [], resolve)).toBe("'file:///etc/passwd' is not an http(s):// or oci:// URL with a host; nothing else is fetched");
  });

  it('asks the system resolver by default: localhost is loopback', async () => {
    expect(await fetchProblem('http://localhost:8080/', [])).toMatch(/^'http:\/\/localhost:8080\/' was not fetched: its host localhost resolves to (127\.0\.0\.1|::1), which is a loopback address;/);
  });
});

describe('what each fence hands the guard', () => {
  it('names the URLs kustomize fetches for a remote base or file', () => {
    expect(remoteUrls('https://github.com/org/repo//deploy?ref=v1.2.0', 'base')).toEqual(['https://github.com/org/repo//deploy?ref=v1.2.0', 'https://github.com/org/repo']);
    expect(remoteUrls('github.com/org/repo/deploy?ref=v1', 'base')).toEqual(['https://github.com/org/repo']);
    expect(remoteUrls('git::https://169.254.169.254/org/repo.git//x?ref=v1', 'base')).toEqual(['https://169.254.169.254/org/repo.git']);
    expect(remoteUrls('https://10.0.0.1/patch.yaml', 'file')).toEqual(['https://10.0.0.1/patch.yaml']);
    expect(remoteUrls('overlays/dev', 'base')).toEqual([]);
  });

  it("collects a helmCharts repo only with the network on", () => {
    const entry = (repo: string) => {
      const read = readYamlTree(`name: web\nrepo: ${repo}\n`);
      if ('error' in read) throw new Error(read.error);
      return read.documents[0]!;
    };
    const online: ChartContext = { network: true, fetches: [] };
    expect(chartProblems(entry('http://10.0.0.1/charts'), 'helmCharts[0]', online)).toEqual([]);
    expect(online.fetches).toEqual(['http://10.0.0.1/charts']);
    const offline: ChartContext = { network: false, fetches: [] };
    expect(chartProblems(entry('http://10.0.0.1/charts'), 'helmCharts[0]', offline)).toHaveLength(1);
    expect(offline.fetches).toEqual([]);
  });

  it('collects the http(s) schema references helm will fetch with the network on', () => {
    const fetches: string[] = [];
    const schema = JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', properties: { a: { $ref: 'http://169.254.169.254/latest/meta-data#/x' }, b: { $ref: '#/definitions/b' } } });
    expect(documentProblem(schema, true, fetches)).toBeUndefined();
    expect(fetches).toEqual(['http://169.254.169.254/latest/meta-data']);
  });
});

describe('allow-network-hosts', () => {
  const inputs = (values: Record<string, string>) => (name: string) => values[name] ?? '';

  it('is read from the workflow, newline- or comma-separated', () => {
    expect(readSettings(inputs({ 'allow-network-hosts': 'charts.internal.example.com\n127.0.0.1, registry.corp' }), '/repo').allowNetworkHosts).toEqual(['charts.internal.example.com', '127.0.0.1', 'registry.corp']);
    expect(readSettings(inputs({}), '/repo').allowNetworkHosts).toBeUndefined();
  });

  it('is no key of the config file, which is pull-request content', () => {
    expect(() => parseConfig('.kube-policy-gate.yaml', 'allow-network-hosts: [169.254.169.254]\n')).toThrow(/allow-network-hosts/);
    // Nor does a config reach it through the merge of inputs and file.
    const config = parseConfig('.kube-policy-gate.yaml', 'profile: hardened\n');
    expect(readSettings(withConfig(inputs({}), config), '/repo').allowNetworkHosts).toBeUndefined();
  });
});
