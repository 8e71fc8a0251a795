// The corpus's own checks, checked: a forged command, a split strace line and a near-miss finding are caught.
import { describe, expect, it } from 'vitest';
import { compareFindings, forgedCommands, passingHeadings, presentedPath } from './output.js';
import { readTrace } from './trace.js';

describe('forgedCommands', () => {
  it('accepts annotations that start their own line', () => {
    expect(forgedCommands('  log line\n::error file=a.yaml,line=1::bad%0Anews [privileged]\n::notice::ok\n')).toEqual([]);
  });

  it.each([
    ['a CR before ::error', 'Pod/web\r::error::forged by a name\n'],
    ['blanks before ::error after a CR', 'Pod/web\r   ::error::forged\n'],
    ['::add-mask:: on a line of its own', '  x\n::add-mask::secret\n'],
    ['::stop-commands:: after CRLF', 'x\r\n::stop-commands::token\n'],
    ['the legacy form mid-line', '  Pod/web ##[error]forged\n'],
    ['an annotation whose message is a payload', '::error::forged by a file name\n'],
  ])('flags %s', (_, stdout) => {
    expect(forgedCommands(stdout)).not.toEqual([]);
  });
});

describe('passingHeadings', () => {
  it('finds a heading injected after a lone CR', () => {
    expect(passingHeadings('## ❌ kube-policy-gate: failed\n| x | web\r## ✅ kube-policy-gate: passed |\n')).toEqual(['## ✅ kube-policy-gate: passed |']);
  });
});

describe('readTrace', () => {
  it('joins unfinished calls, decodes escapes and resolves relative opens', () => {
    const log = [
      '10<node> execve("/usr/bin/node", ["node"], 0x0 /* 1 var */) = 0',
      '11<helm> openat(AT_FDCWD</tmp/ws/repo>, "chart/values.yaml", O_RDONLY <unfinished ...>',
      '12<helm> openat(AT_FDCWD</tmp/x>, "/etc/hosts", O_RDONLY) = 3</etc/hosts>',
      '11<helm> <... openat resumed>) = 7</tmp/ws/repo/chart/values.yaml>',
      '13<kustomize> openat(AT_FDCWD</tmp/ws/repo/app>, "../x\\342\\200\\250y", O_RDONLY) = -1 ENOENT (No such file or directory)',
      '14<sh> execve("/usr/bin/touch", ["touch"], 0x0 /* 1 var */) = 0',
    ].join('\n');
    const events = readTrace(log);
    expect(events.map((event) => [event.comm, event.call, event.absolute, event.ok])).toEqual([
      ['node', 'execve', '/usr/bin/node', true],
      ['helm', 'open', '/etc/hosts', true],
      ['helm', 'open', '/tmp/ws/repo/chart/values.yaml', true],
      ['kustomize', 'open', '/tmp/ws/repo/x\u2028y', false],
      ['sh', 'execve', '/usr/bin/touch', true],
    ]);
  });
});

describe('readTrace: connect', () => {
  it('reads the family and address of every connect, finished or resumed, and whether it succeeded', () => {
    const log = [
      '20<kustomize> connect(7<socket:[9]>, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("10.255.255.1")}, 16) = -1 ENETUNREACH (Network is unreachable)',
      '21<helm> connect(3<socket:[8]>, {sa_family=AF_INET6, sin6_port=htons(80), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28 <unfinished ...>',
      '22<node> connect(5<socket:[7]>, {sa_family=AF_UNIX, sun_path="/run/nscd/socket"}, 110) = -1 ENOENT (No such file or directory)',
      '21<helm> <... connect resumed>) = 0',
    ].join('\n');
    expect(readTrace(log).map((event) => [event.comm, event.call, event.family, event.address, event.ok])).toEqual([
      ['kustomize', 'connect', 'AF_INET', '10.255.255.1:443', false],
      ['node', 'connect', 'AF_UNIX', '"/run/nscd/socket"', false],
      ['helm', 'connect', 'AF_INET6', '::1:80', true],
    ]);
  });
});

describe('compareFindings', () => {
  const seen = [
    { rule: 'privileged', severity: 'error', file: 'a.yaml', line: 10, message: 'container "app" must not…' },
    { rule: 'skipped-link', severity: 'notice', file: 'b.yaml', line: 1, message: 'b.yaml is a link' },
  ];

  it('is exact: a wrong severity is both missing and unexpected', () => {
    expect(compareFindings([{ rule: 'privileged', file: 'a.yaml', line: 10 }, { rule: 'skipped-link', severity: 'warning', file: 'b.yaml' }], seen)).toEqual({
      missing: [{ rule: 'skipped-link', severity: 'warning', file: 'b.yaml' }],
      unexpected: [seen[1]],
    });
  });

  it('reports findings nobody expected', () => {
    expect(compareFindings([{ rule: 'privileged' }], seen).unexpected).toEqual([seen[1]]);
  });

  it('pairs each expectation with a finding of its own', () => {
    expect(compareFindings([{ rule: 'privileged' }, { rule: 'privileged', file: 'a.yaml' }], seen).missing).toHaveLength(1);
  });
});

describe('presentedPath', () => {
  it('takes a raw or an escaped line break, and ##[ raw or escaped, as the same path', () => {
    expect(presentedPath('d/x\\r::error::y.yaml')).toBe(presentedPath('d/x\r::error::y.yaml'));
    expect(presentedPath('d/##\\[error]x.yaml')).toBe('d/##[error]x.yaml');
    expect(presentedPath('d/a.yaml')).not.toBe(presentedPath('d/b.yaml'));
  });
});
