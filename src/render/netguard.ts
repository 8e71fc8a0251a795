// Keeps allow-network to the public internet: before a tool fetches a URL, its host is resolved and every address
// checked, so a pull request cannot point helm or kustomize at the runner itself, the cloud metadata service or the
// private network the runner sits in, unless the workflow names that host in allow-network-hosts.
//
// What this does not close, honestly: helm and kustomize resolve the host again when they connect, so a name whose
// DNS answer changes between our lookup and theirs (DNS rebinding, a TTL of 0) can still lead them to a private
// address; and what the server answers is not checked here: a redirect, an index.yaml whose chart `urls` name
// another host, or an OCI registry that sends blobs elsewhere are followed by the tool without a second look.
// Closing those needs every connection to go through a resolver we control (a forward proxy that connects to the
// address it checked); Go's proxy support skips loopback destinations, so even that leaves a redirect to
// 127.0.0.1 to the network namespace around the tool. This check stops what a pull request writes, and is the floor.
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Ranges a fetch must not reach, named as messages name them. node:net's BlockList also matches IPv4-mapped IPv6. */
const RANGES: { name: string; network: string; prefix: number; family: 'ipv4' | 'ipv6' }[] = [
  { name: 'a loopback address', network: '127.0.0.0', prefix: 8, family: 'ipv4' },
  { name: 'a loopback address', network: '::1', prefix: 128, family: 'ipv6' },
  { name: 'a link-local address (where cloud metadata services answer)', network: '169.254.0.0', prefix: 16, family: 'ipv4' },
  { name: 'a link-local address', network: 'fe80::', prefix: 10, family: 'ipv6' },
  { name: 'a private address', network: '10.0.0.0', prefix: 8, family: 'ipv4' },
  { name: 'a private address', network: '172.16.0.0', prefix: 12, family: 'ipv4' },
  { name: 'a private address', network: '192.168.0.0', prefix: 16, family: 'ipv4' },
  { name: 'a private (unique local) address', network: 'fc00::', prefix: 7, family: 'ipv6' },
  { name: 'a carrier-grade NAT address', network: '100.64.0.0', prefix: 10, family: 'ipv4' },
  { name: "an address of 'this network' (0.0.0.0/8)", network: '0.0.0.0', prefix: 8, family: 'ipv4' },
  { name: 'the unspecified address', network: '::', prefix: 128, family: 'ipv6' },
  { name: 'a multicast address', network: '224.0.0.0', prefix: 4, family: 'ipv4' },
  { name: 'a multicast address', network: 'ff00::', prefix: 8, family: 'ipv6' },
  { name: 'a reserved address', network: '240.0.0.0', prefix: 4, family: 'ipv4' },
  { name: 'an IETF protocol address (192.0.0.0/24)', network: '192.0.0.0', prefix: 24, family: 'ipv4' },
  { name: 'a benchmarking address (198.18.0.0/15)', network: '198.18.0.0', prefix: 15, family: 'ipv4' },
  { name: 'a site-local address', network: 'fec0::', prefix: 10, family: 'ipv6' },
  { name: 'an IPv4-compatible IPv6 address', network: '::', prefix: 96, family: 'ipv6' },
];
const LISTS = RANGES.map((range) => {
  const list = new BlockList();
  list.addSubnet(range.network, range.prefix, range.family);
  return { name: range.name, list };
});

/**
 * Why a fetch must not reach `address` (`a loopback address`…), or undefined for a public one. NAT64's well-known
 * prefix (64:ff9b::/96) carries an IPv4 address through a gateway, so the address inside is judged.
 */
export function addressRange(address: string): string | undefined {
  const family = isIP(address);
  if (family === 0) return 'not an IP address';
  const type = family === 4 ? 'ipv4' : 'ipv6';
  const found = LISTS.find(({ list }) => list.check(address, type))?.name;
  if (found || family === 4) return found;
  const nat64 = embeddedNat64(address);
  return nat64 ? addressRange(nat64) : undefined;
}

/** The IPv4 address inside 64:ff9b::/96 (written in its canonical, compressed form), or undefined. */
function embeddedNat64(address: string): string | undefined {
  const canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  const match = /^64:ff9b::(?:([0-9a-f]{1,4}):)?([0-9a-f]{1,4})$/.exec(canonical);
  if (!match) return undefined;
  const value = (parseInt(match[1] ?? '0', 16) << 16) + parseInt(match[2]!, 16);
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 255).join('.');
}

export type Lookup = (host: string) => Promise<{ address: string }[]>;

/** A lookup that has not answered by then is a refusal: the system resolver's own retries can take minutes. */
const LOOKUP_TIMEOUT_MS = 30_000;

/** Every address the system resolver gives, as the tools' own resolvers would see them (IPv4 and IPv6). */
const systemLookup: Lookup = (host) => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`lookup of ${host} timed out`), { code: `no answer in ${LOOKUP_TIMEOUT_MS / 1000}s` })), LOOKUP_TIMEOUT_MS);
  });
  return Promise.race([lookup(host, { all: true, verbatim: true }), timeout]).finally(() => clearTimeout(timer));
};

/**
 * The host a URL names, as WHATWG URL parsing normalises it (so `0x7f.1` and `2130706433` are 127.0.0.1). `oci://`
 * is no special scheme to that parser, so it is read as https:// for this. Undefined for a URL without a host.
 */
export function urlHost(url: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https' && scheme !== 'oci') return undefined;
  try {
    const host = new URL(scheme === 'oci' ? `https${url.slice(3)}` : url).hostname;
    return host.startsWith('[') ? host.slice(1, -1) : host || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why `url` may not be fetched, or undefined when every address its host resolves to is public (or the workflow
 * allows the host by name). Only http(s):// and oci:// are fetched at all. A host that does not resolve is refused
 * too: the tool's own lookup could answer differently, and nothing would have been checked.
 */
export async function fetchProblem(url: string, allowHosts: readonly string[], resolveHost: Lookup = systemLookup): Promise<string | undefined> {
  const host = urlHost(url);
  if (host === undefined) return `'${url}' is not an http(s):// or oci:// URL with a host; nothing else is fetched`;
  if (allowHosts.some((allowed) => sameHost(allowed, host))) return undefined;
  const allow = `list the host in the workflow's allow-network-hosts input (allow-network-hosts: ${host}) if the gate is meant to reach it`;
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await resolveHost(host)).map((answer) => answer.address);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      return `'${url}' was not fetched: its host ${host} could not be resolved to check where it leads (${typeof code === 'string' ? code : String(error)})`;
    }
  }
  for (const address of addresses) {
    const range = addressRange(address);
    if (range) return `'${url}' was not fetched: ${host === address ? host : `its host ${host} resolves to ${address}, which`} is ${range}; ${allow}`;
  }
  return undefined;
}

function sameHost(allowed: string, host: string): boolean {
  const clean = allowed.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  return clean !== '' && clean === host.toLowerCase().replace(/\.$/, '');
}

/** Throws the first refusal among `urls`: a render-error naming the URL, the address and the way to allow it. */
export async function guardFetches(urls: Iterable<string>, allowHosts: readonly string[] = [], resolveHost?: Lookup): Promise<void> {
  for (const url of new Set(urls)) {
    const problem = await fetchProblem(url, allowHosts, resolveHost);
    if (problem) throw new Error(problem);
  }
}
