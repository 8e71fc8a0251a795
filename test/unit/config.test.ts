// The config file: finding it, YAML and schema errors at their lines, inputs over the file, rule ids and parameters.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig, type Config } from '../../src/config/load.js';
import { withConfig } from '../../src/config/merge.js';
import { checkRuleIds, ruleChoices, type RuleCatalogEntry } from '../../src/config/rules.js';
import { CONFIG_SCHEMA } from '../../src/config/schema.js';
import { closest, closestFile, editDistance } from '../../src/config/suggest.js';
import { ConfigError } from '../../src/errors.js';
import { parseRules } from '../../src/policy/bundle.js';
import { readSettings } from '../../src/inputs.js';
import { SEVERITIES } from '../../src/model.js';
import { FIXTURES, ROOT } from '../helpers.js';

const FILE = '.kube-policy-gate.yaml';
const fixture = (name: string) => readFileSync(join(FIXTURES, 'config', name), 'utf8');
const files = (contents: Record<string, string>) => (path: string) => contents[path];
const inputs = (values: Record<string, string>) => (name: string) => values[name] ?? '';

/** The message a config text fails with, or 'ok'. */
function problem(text: string, check: (config: Config) => void = () => {}): string {
  try {
    check(parseConfig(FILE, text));
    return 'ok';
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
}

describe('loadConfig', () => {
  it('is no config when the default file is missing', () => {
    expect(loadConfig(files({}))).toBeUndefined();
    expect(loadConfig(files({}), '  ')).toBeUndefined();
  });

  it('reads the default file, .yaml or .yml', () => {
    expect(loadConfig(files({ '.kube-policy-gate.yaml': 'profile: baseline\n' }))?.inputs).toEqual({ profile: 'baseline' });
    expect(loadConfig(files({ '.kube-policy-gate.yml': 'profile: baseline\n' }))?.file).toBe('.kube-policy-gate.yml');
  });

  it('refuses two default files rather than pick one', () => {
    expect(() => loadConfig(files({ '.kube-policy-gate.yaml': '', '.kube-policy-gate.yml': '' }))).toThrow(
      new ConfigError('Both .kube-policy-gate.yaml and .kube-policy-gate.yml exist. Expected one config file: merge them into .kube-policy-gate.yaml.'),
    );
  });

  it('fails when a named file is missing', () => {
    expect(() => loadConfig(files({ '.kube-policy-gate.yaml': '' }), 'ci/gate.yaml')).toThrow(
      new ConfigError("Invalid config 'ci/gate.yaml': no such file. Expected a YAML file relative to the repository root, or an empty config input to use .kube-policy-gate.yaml when it exists."),
    );
  });

  it('reads a named file instead of the default', () => {
    const config = loadConfig(files({ '.kube-policy-gate.yaml': 'profile: baseline\n', 'ci/gate.yaml': 'profile: hardened\n' }), 'ci/gate.yaml');
    expect(config?.file).toBe('ci/gate.yaml');
    expect(config?.inputs).toEqual({ profile: 'hardened' });
  });

  it('takes an empty file, or one of comments only, as no settings', () => {
    for (const text of ['', '# nothing yet\n', '---\n']) {
      const config = parseConfig(FILE, text);
      expect(config.inputs).toEqual({});
      expect(config.rules).toEqual({});
      expect(config.exceptions).toEqual([]);
    }
  });

  it('reads every key of a complete file', () => {
    const config = parseConfig('gate.yaml', fixture('valid.kube-policy-gate.yaml'));
    expect(config.inputs).toEqual({
      paths: 'deploy/**\n!deploy/legacy/**',
      'fail-on': 'warning',
      profile: 'hardened',
      'values-files': 'charts/web/values-prod.yaml',
      'release-name': 'web',
      namespace: 'web',
      'kube-version': '1.34',
      'render-timeout': '60',
      'allow-network': 'false',
      'max-render-bytes': '32MiB',
      'trust-namespace-labels': 'true',
      'policy-bundles': 'policies/team',
      'policy-data': 'policy-data/registries.yaml',
      'policy-mode': 'extend',
      'policy-namespaces': 'main\nteam',
      'rego-version': 'v0',
    });
    expect(config.rules).toEqual({
      'image-digest': { enabled: true },
      'supplemental-groups-policy': { severity: 'notice' },
      sysctls: { parameters: { allowed: ['net.ipv4.ping_group_range'] } },
    });
    expect(config.exceptions).toEqual([
      {
        rules: ['privileged', 'host-namespaces'],
        kind: 'DaemonSet',
        namespace: 'kube-system',
        name: 'node-exporter-*',
        reason: 'the node exporter reads host metrics',
        owner: 'platform-team',
        expires: '2026-06-30',
        source: { file: 'gate.yaml', line: 31 },
      },
      { rules: ['*'], target: 'charts/vendor/**', reason: 'third-party chart, reviewed upstream', source: { file: 'gate.yaml', line: 38 } },
    ]);
  });
});

describe('YAML errors', () => {
  it('names the line of a syntax error', () => {
    expect(problem('profile: baseline\npaths: [deploy\nfail-on: error\n')).toMatch(/^\.kube-policy-gate\.yaml:3: YAML syntax error: .+; expected a YAML mapping of settings$/);
  });

  it('reports a duplicate key at its second line, nested ones too', () => {
    expect(problem('profile: baseline\nfail-on: error\nprofile: hardened\n')).toBe(
      ".kube-policy-gate.yaml:3: profile: duplicate key 'profile' (first at line 1); expected each key once",
    );
    expect(problem('rules:\n  privileged:\n    enabled: true\n    severity: notice\n    enabled: false\n')).toBe(
      ".kube-policy-gate.yaml:5: rules.privileged.enabled: duplicate key 'enabled' (first at line 3); expected each key once",
    );
  });

  it('refuses a second document', () => {
    expect(problem('profile: baseline\n---\nprofile: hardened\n')).toMatch(/^\.kube-policy-gate\.yaml:2: YAML syntax error: Source contains multiple documents/);
  });

  it('refuses an alias bomb as a config error naming the file and the first alias, quickly', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 10; level++) levels.push(`l${level}: &l${level} [${Array(9).fill(level === 1 ? '*a' : `*l${level - 1}`).join(', ')}]`);
    const started = Date.now();
    expect(problem(`profile: baseline\n${levels.join('\n')}\n`)).toBe(
      '.kube-policy-gate.yaml:3: its aliases expand past 100 nodes (an alias bomb); expected plain settings, with few aliases (*name)',
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    // A few aliases are a convenience and still read (then the schema judges the keys).
    expect(problem('x-defaults: &d {severity: warning}\nrules:\n  privileged: *d\n')).toContain("unknown key 'x-defaults'");
  });

  it('refuses nesting deeper than any setting, flow or block, without overflowing the stack', () => {
    expect(problem(`rules: ${'['.repeat(5_000)}${']'.repeat(5_000)}\n`)).toMatch(/^\.kube-policy-gate\.yaml:1: nested (too deeply|more than 64 levels deep); expected settings at most 64 levels deep$/);
    const block = Array.from({ length: 70 }, (_, depth) => `${'  '.repeat(depth)}k${depth}:`).join('\n');
    expect(problem(`${block} x\n`)).toBe('.kube-policy-gate.yaml:65: nested more than 64 levels deep; expected settings at most 64 levels deep');
  });

  it('refuses a file bigger than 1 MiB before parsing it', () => {
    expect(problem(`# ${'x'.repeat(1024 * 1024)}\nprofile: baseline\n`)).toBe(
      '.kube-policy-gate.yaml: 1048597 bytes is too big for a config file; expected at most 1048576 bytes (1 MiB) of settings',
    );
  });

  it('reads YAML 1.2: yes is not a boolean and a date stays text', () => {
    expect(problem('allow-network: yes\n')).toBe(".kube-policy-gate.yaml:1: allow-network: 'yes' is a string; expected true or false");
    const config = parseConfig(FILE, 'exceptions:\n  - rules: [privileged]\n    name: web\n    reason: r\n    expires: 2026-06-30\n');
    expect(config.exceptions[0]?.expires).toBe('2026-06-30');
  });
});

describe('schema errors', () => {
  it('quotes the key path, its line and what was expected, for every mistake at once', () => {
    expect(problem(fixture('invalid.kube-policy-gate.yaml')).split('\n')).toEqual([
      ".kube-policy-gate.yaml:2: fail-on: 'critical' is not one of error, warning, notice, never",
      ".kube-policy-gate.yaml:3: kube-version: 1.30 is a number; expected a version such as '1.34' or 'v1.34.1' (put the value in quotes)",
      ".kube-policy-gate.yaml:4: allow-network: 'yes' is a string; expected true or false",
      ".kube-policy-gate.yaml:7: rules.privileged.severity: 'critical' is not one of error, warning, notice",
      ".kube-policy-gate.yaml:8: rules.privileged.enabld: unknown key 'enabld' (did you mean 'enabled'?); expected one of enabled, severity, parameters",
      ".kube-policy-gate.yaml:10: exceptions[0]: missing 'reason'; expected a non-empty reason",
      ".kube-policy-gate.yaml:15: exceptions[1].expires: '30.06.2026' is not a date YYYY-MM-DD such as 2026-06-30",
    ]);
  });

  it('suggests the key meant', () => {
    expect(problem('fail_on: error\n')).toBe(
      ".kube-policy-gate.yaml:1: fail_on: unknown key 'fail_on' (did you mean 'fail-on'?); expected one of paths, fail-on, profile, values-files, release-name, namespace, kube-version, pss-version, render-timeout, allow-network, max-render-bytes, trust-namespace-labels, policy-bundles, policy-data, policy-mode, policy-namespaces, rego-version, allow-empty, enable-helm, helm-ci-values, variants, rules, exceptions",
    );
  });

  it('says what a value should be', () => {
    expect(problem('render-timeout: 5000\n')).toBe(".kube-policy-gate.yaml:1: render-timeout: 5000 is not a number of seconds between 1 and 3600");
    expect(problem('max-render-bytes: 12XB\n')).toBe(".kube-policy-gate.yaml:1: max-render-bytes: '12XB' is not a size from 1KiB to 4GiB, in bytes or with a unit such as 64MiB");
    expect(problem('release-name: --no-hooks\n')).toMatch(/^\.kube-policy-gate\.yaml:1: release-name: '--no-hooks' is not a DNS-1123 name/);
    expect(problem('paths:\n  - deploy\n  - 3\n')).toBe('.kube-policy-gate.yaml:3: paths[1]: 3 is a number; expected a string (put the value in quotes)');
    expect(problem('rules:\n  privileged: true\n')).toBe('.kube-policy-gate.yaml:2: rules.privileged: true is a boolean; expected a mapping with enabled, severity or parameters');
    expect(problem('profile:\n')).toBe('.kube-policy-gate.yaml:1: profile: an empty value is not one of default, baseline, restricted, hardened');
    expect(problem('- deploy\n')).toBe('.kube-policy-gate.yaml:1: top level: found a list; expected a mapping');
  });

  it('wants a real reason and a real date', () => {
    const base = 'exceptions:\n  - rules: [privileged]\n    name: web\n';
    expect(problem(`${base}    reason: "  "\n`)).toBe(".kube-policy-gate.yaml:4: exceptions[0].reason: '  ' is not a non-empty reason");
    expect(problem(`${base}    reason: r\n    expires: 2026-02-30\n`)).toBe(
      ".kube-policy-gate.yaml:5: exceptions[0].expires: '2026-02-30' is not a date; expected a real day as YYYY-MM-DD such as 2026-06-30",
    );
  });

  it('refuses an exception that names no rule', () => {
    expect(problem('exceptions:\n  - rules: " , "\n    name: web\n    reason: r\n')).toBe('.kube-policy-gate.yaml:2: exceptions[0].rules: names no rule; expected a rule id or a list of rule ids');
    expect(problem('exceptions:\n  - rules: []\n    name: web\n    reason: r\n')).toBe('.kube-policy-gate.yaml:2: exceptions[0].rules: an empty list is not a rule id or a list of rule ids');
  });

  it("refuses '*' with no selector: that would switch the gate off", () => {
    expect(problem('exceptions:\n  - rules: "*"\n    reason: too noisy\n')).toBe(
      ".kube-policy-gate.yaml:2: exceptions[0]: rules * accepts every rule on every object and would switch the gate off; expected kind, namespace, name, target or file naming which objects (a glob that matches everything does not)",
    );
  });

  it('refuses selectors that are all wildcards, in any combination, at the exception\'s line', () => {
    const wide = (selectors: string) => problem(`fail-on: error\nexceptions:\n  - reason: r\n${selectors}`);
    expect(wide('    rules: ["*"]\n    name: "*"\n')).toBe(
      ".kube-policy-gate.yaml:3: exceptions[0]: rules *, name '*' accepts every rule on every object and would switch the gate off; expected kind, namespace, name, target or file naming which objects (a glob that matches everything does not)",
    );
    for (const selectors of [
      '    rules: "**"\n',
      '    rules: [privileged, "*"]\n    kind: "**"\n    namespace: "*"\n',
      '    rules: "*"\n    target: "**"\n    file: "*"\n',
      '    rules: ["{*,x}"]\n    name: "?*"\n',
      '    rules: "*"\n    file: "**/*"\n',
    ]) {
      expect(wide(selectors), selectors).toContain('accepts every rule on every object');
    }
    for (const selectors of ['    rules: "*"\n    name: "web-*"\n', '    rules: privileged\n', '    rules: "*"\n    target: charts/vendor\n', '    rules: "host-*"\n    name: "*"\n']) {
      expect(wide(selectors), selectors).toBe('ok');
    }
  });

  it('refuses allow-network: true in the config file: only the workflow opens the network', () => {
    expect(problem('profile: baseline\nallow-network: true\n')).toBe(
      ".kube-policy-gate.yaml:2: allow-network: true is refused in the config file: it is part of the pull request, which must not open the network for its own renders; set the workflow's allow-network input (--allow-network on the command line) instead",
    );
    expect(problem('allow-network: false\n')).toBe('ok');
  });

  it('lists the severities the code knows and every action input but working-directory', () => {
    const properties = CONFIG_SCHEMA.properties as Record<string, { enum?: string[] }>;
    expect(CONFIG_SCHEMA.definitions.rule.properties.severity.enum).toEqual([...SEVERITIES]);
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
    // Workflow-only: what the config file (pull-request content) must not decide — where reports go, the token,
    // comments, and whether old findings may pass.
    const workflowOnly = ['allow-network-hosts', 'working-directory', 'config', 'github-token', 'comment', 'new-findings-only', 'sarif-file', 'shard', 'merge-reports', 'category', 'matrix', 'sarif-max-results'];
    const shared = Object.keys(action.inputs).filter((name) => !workflowOnly.includes(name));
    expect(Object.keys(properties)).toEqual(expect.arrayContaining(shared));
  });
});

describe('withConfig', () => {
  const config = parseConfig(FILE, 'profile: hardened\npaths: [deploy, charts]\nrender-timeout: 30\nallow-empty: true\n');

  it('answers from the file where an input is blank, and settings read the result', () => {
    const settings = readSettings(withConfig(inputs({ paths: '  ' }), config), '/repo');
    expect(settings).toMatchObject({ profile: 'hardened', paths: ['deploy', 'charts'], renderTimeoutMs: 30_000, allowEmpty: true, failOn: 'error' });
  });

  it('lets a set input win, replacing a list rather than merging it', () => {
    const settings = readSettings(withConfig(inputs({ profile: 'baseline', paths: 'apps' }), config), '/repo');
    expect(settings.profile).toBe('baseline');
    expect(settings.paths).toEqual(['apps']);
  });

  it('is the inputs alone without a config', () => {
    const read = inputs({ profile: 'baseline' });
    expect(withConfig(read, undefined)).toBe(read);
  });
});

const CATALOG: RuleCatalogEntry[] = [
  { id: 'privileged', parameters: [] },
  { id: 'custom-team-rule' },
  { id: 'host-ports', parameters: [{ name: 'allowed', type: 'array' }] },
  { id: 'sysctls', parameters: [{ name: 'allowed', type: 'array' }, { name: 'unsafe', type: 'array' }] },
  { id: 'image-digest' },
];

describe('checkRuleIds', () => {
  const check = (config: Config) => checkRuleIds(config, CATALOG);

  it('accepts known rules, parameters and exception ids, globs and pipeline findings', () => {
    const text =
      'rules:\n  privileged: {severity: warning}\n  sysctls:\n    parameters: {allowed: [a], unsafe: []}\n' +
      // A rule that does not declare its parameters (a custom bundle's) takes any.
      '  custom-team-rule:\n    parameters: {anything: 1}\nexceptions:\n' +
      '  - rules: [host-*, render-error, namespace-pss-relaxed]\n    target: charts/x\n    reason: r\n';
    expect(problem(text, check)).toBe('ok');
  });

  it('takes the bundled rules as they are loaded', () => {
    const rules = parseRules('rules.json', readFileSync(join(ROOT, 'dist/policy/rules.json')));
    expect(() => checkRuleIds(parseConfig('gate.yaml', fixture('valid.kube-policy-gate.yaml')), rules)).not.toThrow();
  });

  it('refuses an unknown rule id with the closest one', () => {
    expect(problem('rules:\n  privilegd:\n    enabled: false\n', check)).toBe(
      ".kube-policy-gate.yaml:2: rules.privilegd: unknown rule 'privilegd' (did you mean 'privileged'?); expected a rule id of the bundled or your own policies",
    );
    expect(problem('rules:\n  no-such-thing: {}\n', check)).toBe(
      ".kube-policy-gate.yaml:2: rules.no-such-thing: unknown rule 'no-such-thing'; expected a rule id of the bundled or your own policies",
    );
  });

  it('refuses an unknown parameter with the closest one, and a value of the wrong type', () => {
    expect(problem('rules:\n  sysctls:\n    parameters:\n      alowed: [a]\n', check)).toBe(
      ".kube-policy-gate.yaml:4: rules.sysctls.parameters.alowed: unknown parameter 'alowed' of rule sysctls (did you mean 'allowed'?); expected one of allowed, unsafe",
    );
    expect(problem('rules:\n  privileged:\n    parameters:\n      allowed: [a]\n', check)).toBe(
      ".kube-policy-gate.yaml:4: rules.privileged.parameters.allowed: unknown parameter 'allowed' of rule privileged; rule privileged takes no parameters",
    );
    expect(problem('rules:\n  host-ports:\n    parameters:\n      allowed: 8080\n', check)).toBe(
      '.kube-policy-gate.yaml:4: rules.host-ports.parameters.allowed: 8080 is number; expected array',
    );
  });

  it('refuses exception rule ids that match no rule, at their own line', () => {
    const text = 'exceptions:\n  - rules:\n      - privileged\n      - hostports\n    name: web\n    reason: r\n  - rules: kube-*\n    name: web\n    reason: r\n';
    expect(problem(text, check).split('\n')).toEqual([
      ".kube-policy-gate.yaml:4: exceptions[0].rules[1]: 'hostports' matches no rule (did you mean 'host-ports'?); expected a rule id or a glob of rule ids",
      ".kube-policy-gate.yaml:7: exceptions[1].rules: 'kube-*' matches no rule; expected a rule id or a glob of rule ids",
    ]);
  });

  it('turns rule settings into what rule selection and data take', () => {
    const config = parseConfig(FILE, 'rules:\n  image-digest: {enabled: true}\n  privileged: {enabled: false, severity: warning}\n  sysctls: {parameters: {allowed: [a]}}\n');
    expect(ruleChoices(config)).toEqual({
      enabled: ['image-digest'],
      disabled: ['privileged'],
      severities: { privileged: 'warning' },
      parameters: { sysctls: { allowed: ['a'] } },
    });
    expect(ruleChoices(undefined)).toEqual({ enabled: [], disabled: [], severities: {}, parameters: {} });
  });
});

describe('did you mean', () => {
  it('counts edits, a swap of neighbours as one', () => {
    expect(editDistance('privileged', 'privileged')).toBe(0);
    expect(editDistance('privilgeed', 'privileged')).toBe(1);
    expect(editDistance('host-port', 'host-ports')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests only a close name', () => {
    expect(closest('seccomp-restriced', ['seccomp-baseline', 'seccomp-restricted'])).toBe('seccomp-restricted');
    expect(closest('Privileged', ['privileged', 'host-ports'])).toBe('privileged');
    expect(closest('run-as-root', ['run-as-non-root', 'run-as-user'])).toBeUndefined();
    expect(closest('xyz', ['privileged', 'host-ports'])).toBeUndefined();
  });

  it('finds the file meant: a longer name beside it, a near one, or the same name elsewhere (issue 17)', () => {
    const files = ['charts/web/values-production.yaml', 'charts/web/values-production.md', 'charts/web/values.yaml', 'env/staging.yaml', 'values-production.yaml'];
    expect(closestFile('charts/web/values-prod.yaml', files)).toBe('charts/web/values-production.yaml');
    expect(closestFile('charts/web/valeus.yaml', files)).toBe('charts/web/values.yaml');
    expect(closestFile('env/prod/staging.yaml', files)).toBe('env/staging.yaml');
    expect(closestFile('values-prod.yaml', files)).toBe('values-production.yaml');
    expect(closestFile('charts/api/values.yaml', ['charts/web/values.yaml', 'values.yaml'])).toBe('values.yaml');
    expect(closestFile('charts/web/secrets.yaml', files)).toBeUndefined();
  });
});

describe('every problem of a config file in one round (issue 17)', () => {
  const text =
    'fail-on: sometimes\nprofile: default\nprofile: hardened\nrules:\n  privilegd: {enabled: false}\n  sysctls:\n    parameters: {alowed: []}\n' +
    "exceptions:\n  - rules: ['*']\n    reason: everything\n  - rules: [hots-ports]\n    name: web\n    reason: r\n    expires: 2026-02-30\n";

  it('reports duplicate keys, the schema, exceptions and unknown rule ids together, in the order of the lines', () => {
    const error = (() => {
      try {
        parseConfig(FILE, text, CATALOG);
      } catch (caught) {
        return caught as ConfigError;
      }
    })();
    expect(error?.problems).toEqual([
      ".kube-policy-gate.yaml:1: fail-on: 'sometimes' is not one of error, warning, notice, never",
      ".kube-policy-gate.yaml:3: profile: duplicate key 'profile' (first at line 2); expected each key once",
      ".kube-policy-gate.yaml:5: rules.privilegd: unknown rule 'privilegd' (did you mean 'privileged'?); expected a rule id of the bundled or your own policies",
      ".kube-policy-gate.yaml:7: rules.sysctls.parameters.alowed: unknown parameter 'alowed' of rule sysctls (did you mean 'allowed'?); expected one of allowed, unsafe",
      '.kube-policy-gate.yaml:9: exceptions[0]: rules * accepts every rule on every object and would switch the gate off; expected kind, namespace, name, target or file naming which objects (a glob that matches everything does not)',
      ".kube-policy-gate.yaml:11: exceptions[1].rules[0]: 'hots-ports' matches no rule (did you mean 'host-ports'?); expected a rule id or a glob of rule ids",
      ".kube-policy-gate.yaml:14: exceptions[1].expires: '2026-02-30' is not a date; expected a real day as YYYY-MM-DD such as 2026-06-30",
    ]);
    expect(error?.message).toBe(error?.problems.join('\n'));
  });

  it('says each refused value once: what the schema refuses is not judged again', () => {
    expect(problem('exceptions:\n  - rules: []\n    name: web\n    reason: r\n  - rules: 5\n    reason: r\n    name: a\n', (config) => checkRuleIds(config, CATALOG)).split('\n')).toEqual([
      '.kube-policy-gate.yaml:2: exceptions[0].rules: an empty list is not a rule id or a list of rule ids',
      '.kube-policy-gate.yaml:5: exceptions[1].rules: 5 is a number; expected a rule id or a list of rule ids (put the value in quotes)',
    ]);
  });

  it('leaves rule ids to the policy load when the file adds policies of its own or replaces the bundled ones', () => {
    expect(() => parseConfig(FILE, 'policy-bundles: [policies]\nrules:\n  team-rule: {enabled: true}\n', CATALOG)).not.toThrow();
    expect(() => parseConfig(FILE, 'policy-mode: replace\npolicy-bundles: [p]\nrules:\n  team-rule: {enabled: true}\n', CATALOG)).not.toThrow();
    expect(() => parseConfig(FILE, 'rules:\n  team-rule: {enabled: true}\n', CATALOG)).toThrow("unknown rule 'team-rule'");
  });
});

describe('checkRuleIds: list parameters', () => {
  it('checks the items of a list parameter against the type the rule declares', () => {
    const catalog: RuleCatalogEntry[] = [{ id: 'host-ports', parameters: [{ name: 'allowed', type: 'array', items: { type: 'number' } }] }];
    const config = parseConfig('gate.yaml', 'rules:\n  host-ports:\n    parameters:\n      allowed: [8080, "9090"]\n');
    expect(() => checkRuleIds(config, catalog)).toThrow('gate.yaml:4: rules.host-ports.parameters.allowed[1]: "9090" is string; expected a list of numbers');
    expect(() => checkRuleIds(parseConfig('gate.yaml', 'rules:\n  host-ports:\n    parameters:\n      allowed: [8080, 9090]\n'), catalog)).not.toThrow();
  });
});
