// PR text on its way to stdout and the job summary: no forged workflow command, no broken table, whatever the text.
import { EOL } from 'node:os';
import * as core from '@actions/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding, Severity } from '../../src/model.js';
import { decideOutcome } from '../../src/outcome.js';
import { emitAnnotations, formatAnnotations } from '../../src/report/annotations.js';
import { commandData, commandProperty, jsonText, logLine, markdown } from '../../src/report/escape.js';
import { formatSummary } from '../../src/report/summary.js';
import { formatJson, formatRendered, formatText } from '../../src/report/text.js';

/** Every Unicode line terminator, by name for the test titles. */
const NAMED_TERMINATORS: [string, string][] = [
  ['CR', '\r'], ['LF', '\n'], ['CRLF', '\r\n'], ['LINE SEPARATOR', '\u2028'], ['PARAGRAPH SEPARATOR', '\u2029'],
  ['NEXT LINE', '\u0085'], ['VT', '\v'], ['FF', '\f'],
];
const TERMINATORS = NAMED_TERMINATORS.map(([, terminator]) => terminator);

/** Lines as the strictest reader splits them: the runner splits at CR and LF, viewers at the rest too. */
const lines = (text: string) => text.split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/);
/** What ActionCommand.TryParseV2 accepts: `::` after .NET's TrimStart. */
const startsCommand = (line: string) => /^[\s\u0085]*::/.test(line);

/** What the runner would run for one line, by its own parsing (v2 first, then the legacy form anywhere). */
function runnerCommand(line: string): string | undefined {
  const trimmed = line.replace(/^[\s\u0085]*/, '');
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2);
    if (end >= 0) return trimmed.slice(2, end).split(' ')[0];
  }
  const legacy = line.indexOf('##[');
  return legacy >= 0 && line.indexOf(']', legacy) >= 0 ? line.slice(legacy + 3, line.indexOf(']', legacy)).split(' ')[0] : undefined;
}

/** Strings an attacker would try: every terminator, command prefixes, percent escapes, whitespace, binary. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...TERMINATORS, '##[', '::', '##[error]', '::error::', '::add-mask::', '::stop-commands::t', ' ', '\t', '\u00a0', '\u3000', '%0A', '%', ']', ',', ':', '#', '|', '\u202e', '\0'),
        fc.string({ unit: 'binary-ascii', maxLength: 4 }),
      ),
      { maxLength: 24 },
    )
    .map((parts) => parts.join('')),
);

const finding = (severity: Severity, text: string, line = 3): Finding => ({
  ruleId: 'privileged',
  severity,
  title: `Privileged ${text}`,
  message: `container "${text}" must not set securityContext.privileged=true`,
  target: { kind: 'helm', path: `charts/${text}`, helm: { valuesFiles: [`${text}.yaml`] } } as Finding['target'],
  resource: { apiVersion: 'v1', kind: text, namespace: text, name: text },
  location: { file: `${text}/pod.yaml`, line, column: 9 },
});

/** stdout as the code writes it through @actions/core, one string per write. */
function captureStdout(action: () => void): string[] {
  const writes: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    writes.push(String(chunk));
    return true;
  });
  try {
    action();
  } finally {
    spy.mockRestore();
  }
  return writes;
}

afterEach(() => vi.restoreAllMocks());

describe('logLine: one line of log output', () => {
  it.each(NAMED_TERMINATORS)('shows %s as an escape, never as a break', (_, terminator) => {
    const escaped = logLine(`a${terminator}::error::forged`);
    expect(lines(escaped)).toHaveLength(1);
    expect(escaped).toBe(`a${[...terminator].map((c) => ({ '\r': '\\r', '\n': '\\n', '\v': '\\v', '\f': '\\f' })[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}::error::forged`);
  });

  it('keeps `::` from starting the line, whatever whitespace precedes it', () => {
    expect(logLine('::error::forged')).toBe('\\::error::forged');
    expect(logLine('  ::add-mask::x')).toBe('  \\::add-mask::x');
    expect(logLine('\t\u00a0\u3000::warning::x')).toBe('\t\u00a0\u3000\\::warning::x');
    expect(logLine('charts/a::b.yaml:3: error')).toBe('charts/a::b.yaml:3: error');
  });

  it('breaks up the legacy `##[` form anywhere in the line', () => {
    expect(logLine('pod ##[error]forged ###[set-output name=x]y')).toBe('pod ##\\[error]forged ###\\[set-output name=x]y');
  });

  it('shows controls and bidirectional overrides that would hide text', () => {
    expect(logLine('a\u0000b\u001b[31mc\u202ed\u0007')).toBe('a\\u0000b\\u001b[31mc\\u202ed\\u0007');
    expect(logLine('tab\tstays, ünïcödé and 😀 too')).toBe('tab\tstays, ünïcödé and 😀 too');
  });
});

describe('commandData and commandProperty: annotations as @actions/core issues them', () => {
  it.each(NAMED_TERMINATORS)('turns %s in a message into a line break core encodes as %0A', (_, terminator) => {
    const [written] = captureStdout(() => core.error(commandData(`bad${terminator}::add-mask::secret`), {}));
    expect(written).toBe(`::error::bad%0A::add-mask::secret${EOL}`);
  });

  it.each(NAMED_TERMINATORS)('shows %s in a property as an escape (a file name is one line)', (_, terminator) => {
    const [written] = captureStdout(() => core.warning('m', { title: commandProperty(`t${terminator}x`), file: commandProperty(`f${terminator}::x`) }));
    expect(lines(written!)).toEqual([expect.stringMatching(/^::warning title=t\\.*x,file=f\\.*%3A%3Ax::m$/), '']);
  });

  it('breaks up `##[` in messages and properties', () => {
    const [written] = captureStdout(() => core.notice(commandData('x ##[error]forged'), { file: commandProperty('##[add-mask]a.yaml') }));
    expect(written).toBe(`::notice file=##\\[add-mask]a.yaml::x ##\\[error]forged${EOL}`);
  });

  it('leaves clean text exactly as it was: our own annotations do not change', () => {
    expect(commandData('container "api" must not set privileged=true (allowed: false)\nPod/x [privileged]')).toBe('container "api" must not set privileged=true (allowed: false)\nPod/x [privileged]');
    expect(commandProperty('charts/api/values.yaml')).toBe('charts/api/values.yaml');
  });
});

describe('markdown: a table cell', () => {
  it.each(NAMED_TERMINATORS)('makes %s a <br>, so an injected heading stays inside the cell', (_, terminator) => {
    expect(markdown(`x${terminator}## ✅ kube-policy-gate: passed`)).toBe('x<br>&#35;&#35; ✅ kube-policy-gate: passed');
  });

  it('neutralises HTML, links, images, emphasis, code, math, mentions, references and autolinks', () => {
    expect(markdown('<b>&"\'</b> [a](https://e) ![i](x) *b* _c_ ~d~ `e` $f$ @octocat #12 www.evil.example \\|')).toBe(
      '&lt;b&gt;&amp;&quot;&#39;&lt;/b&gt; &#91;a&#93;(https&#58;//e) !&#91;i&#93;(x) &#42;b&#42; &#95;c&#95; &#126;d&#126; &#96;e&#96; &#36;f&#36; &#64;octocat &#35;12 www&#46;evil.example &#92;&#124;',
    );
  });
});

describe('jsonText: JSON for stdout', () => {
  it('escapes what JSON.stringify leaves raw, and decodes to the same value', () => {
    const value = { name: 'a\u2028b\u2029c\u0085d ##[error]e' };
    const text = jsonText(JSON.stringify(value));
    expect(text).toBe('{"name":"a\\u2028b\\u2029c\\u0085d ##\\u005berror]e"}');
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('properties over arbitrary text', () => {
  it('text report lines: one line per finding, none starts a command, no `##[`', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const report = formatText(decideOutcome([finding('error', text), finding('warning', text, 4)], 'error', 1, 1));
        const printed = lines(report);
        expect(printed).toHaveLength(4);
        for (const line of printed) {
          expect(startsCommand(line), JSON.stringify(line)).toBe(false);
          expect(line).not.toContain('##[');
        }
      }),
    );
  });

  it('render progress lines of the action: one line, no command', () => {
    fc.assert(
      fc.property(hostileText, fc.boolean(), (text, failed) => {
        const target = finding('error', text).target;
        const line = formatRendered(failed ? { target, failure: finding('error', text) } : { target, documents: [] });
        expect(lines(line)).toHaveLength(1);
        expect(runnerCommand(line)).toBeUndefined();
      }),
    );
  });

  it('annotations and failure messages as @actions/core writes them: each exactly one command, of its own level', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const outcome = decideOutcome([finding('error', text), finding('warning', text), finding('notice', text)], 'error', 1, 1);
        const annotations = formatAnnotations(outcome);
        const writes = captureStdout(() => {
          emitAnnotations(annotations, core);
          core.error(commandData(`kube-policy-gate: ${text}`));
          core.warning(commandData(`The job summary could not be written: ${text}`));
        });
        const levels = [...annotations.map((annotation) => annotation.level), 'error', 'warning'];
        expect(writes).toHaveLength(levels.length);
        writes.forEach((written, index) => {
          const [line, rest] = lines(written);
          expect(rest).toBe('');
          expect(lines(written)).toHaveLength(2);
          expect(runnerCommand(line!)).toBe(levels[index]);
          expect(line!.startsWith(`::${levels[index]}`)).toBe(true);
          expect(line).not.toContain('##[');
        });
      }),
    );
  });

  it('JSON output: no line starts a command or holds `##[`, and it parses back to the outcome', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const outcome = decideOutcome([finding('error', text)], 'error', 1, 1);
        const json = formatJson(outcome);
        for (const line of lines(json)) expect(runnerCommand(line)).toBeUndefined();
        expect(JSON.parse(json)).toEqual({ ...JSON.parse(JSON.stringify(outcome)), exceptions: [] });
      }),
    );
  });

  it('the summary keeps one table row per finding, and only our headings and tags', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 5 }), (texts) => {
        const summary = formatSummary(decideOutcome(texts.map((text, i) => finding('error', text, i + 1)), 'error', 1, 1));
        const markdownLines = lines(summary);
        const findingRows = markdownLines.filter((line) => /^\| \d+ \| error /.test(line));
        expect(findingRows).toHaveLength(texts.length);
        for (const row of findingRows) expect(row.split('|')).toHaveLength(7);
        expect(markdownLines.filter((line) => /^\s*#/.test(line))).toEqual(['## ❌ kube-policy-gate: failed', '### Rules', '### Targets', '### Findings by file']);
        expect(summary).not.toMatch(/<(?!\/?(?:br|sub|code|details|summary)>|details><summary>)/);
        expect(summary.split('<details>').length).toBe(summary.split('</details>').length);
      }),
    );
  });
});
