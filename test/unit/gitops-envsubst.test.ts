// Flux's postBuild substitution: the operators of fluxcd/pkg/envsubst (its own test table), escapes, and the budget.
import { describe, expect, it } from 'vitest';
import { pathMatch, substituteVariables, SubstitutionBudgetError, SubstitutionError } from '../../src/discover/gitops/envsubst.js';

const run = (input: string, params: Record<string, string>, bytes = 1_000_000) => substituteVariables(input, params, { bytes });

describe('envsubst as Flux reads it', () => {
  // Rows of fluxcd/pkg envsubst/eval_test.go TestExpand (from tldp.org's parameter substitution page).
  const table: [string, Record<string, string>, string][] = [
    ['abcdEFGH28ij', {}, 'abcdEFGH28ij'],
    ['${#var01}', { var01: 'abcdEFGH28ij' }, '12'],
    ['${var01^}', { var01: 'abcdEFGH28ij' }, 'AbcdEFGH28ij'],
    ['${var01^^}', { var01: 'abcdEFGH28ij' }, 'ABCDEFGH28IJ'],
    ['${var01,}', { var01: 'ABCDEFGH28IJ' }, 'aBCDEFGH28IJ'],
    ['${var01,,}', { var01: 'ABCDEFGH28IJ' }, 'abcdefgh28ij'],
    ['${path_name:11}', { path_name: '/home/bozo/ideas/thoughts.for.today' }, 'ideas/thoughts.for.today'],
    ['${path_name:11:5}', { path_name: '/home/bozo/ideas/thoughts.for.today' }, 'ideas'],
    ['${var=xyz}', { var: 'abc' }, 'abc'],
    ['${var=xyz}', {}, 'xyz'],
    ['something ${var=${default_var}}', { default_var: 'foo' }, 'something foo'],
    ['foo: ${var=${default_var}-suffix}', { default_var: 'foo1' }, 'foo: foo1-suffix'],
    ['foo: ${var=prefix${default_var}-suffix}', { default_var: 'foo1' }, 'foo: prefixfoo1-suffix'],
    ['${var:=xyz}', {}, 'xyz'],
    ['${stringZ/%abc/XYZ}', { stringZ: 'abcABC123ABCabc' }, 'abcABC123ABCXYZ'],
    ['${stringZ/#abc/XYZ}', { stringZ: 'abcABC123ABCabc' }, 'XYZABC123ABCabc'],
    ['${stringZ//abc/xyz}', { stringZ: 'abcABC123ABCabc' }, 'xyzABC123ABCxyz'],
    ['${stringZ/abc/xyz}', { stringZ: 'abcABC123ABCabc' }, 'xyzABC123ABCabc'],
    ['${filename#*.}', { filename: 'bash.string.txt' }, 'string.txt'],
    ['${filename#*/}', { filename: 'path/to/file' }, 'to/file'],
    ['${filename#*/}', { filename: '/path/to/file' }, 'path/to/file'],
    ['${filename##*.}', { filename: 'bash.string.txt' }, 'txt'],
    ['${filename##*/}', { filename: 'path/to/file' }, 'file'],
    ['${filename##*/}', { filename: '/path/to/file' }, 'file'],
    ['${filename%.*}', { filename: 'bash.string.txt' }, 'bash.string'],
    ['${filename%%.*}', { filename: 'bash.string.txt' }, 'bash'],
    ['${var=${var01^^}}', { var01: 'abcdEFGH28ij' }, 'ABCDEFGH28IJ'],
    ['$${var01}', { var01: 'abcdEFGH28ij' }, '${var01}'],
    ['some text ${var01}$${var$${var01}$var01${var01}', { var01: 'abcdEFGH28ij' }, 'some text abcdEFGH28ij${var${var01}$var01abcdEFGH28ij'],
    ['something $${var=${default_var}}', { default_var: 'foo' }, 'something ${var=foo}'],
    ['${stringZ/\\//-}', { stringZ: 'foo/bar' }, 'foo-bar'],
    ['${stringZ//\\//-}', { stringZ: 'foo/bar/baz' }, 'foo-bar-baz'],
    ['\\\\something ${var=${default_var}}', { default_var: 'foo' }, '\\\\something foo'],
    ['${stringZ/./}', { stringZ: 'foo.bar' }, 'foobar'],
  ];
  for (const [input, params, output] of table) {
    it(`${input} → ${output}`, () => expect(run(input, params)).toBe(output));
  }

  it('reads the default operators, an unset variable as empty, and $$ as a literal $ anywhere', () => {
    expect(run('a: ${unset}|${unset:-x}|${set:-x}|${set:+y}|${unset:=z}', { set: 'v' })).toBe('a: |x|v|v|z');
    expect(run('pa$$word $HOME ${v}', { v: 'x' })).toBe('pa$word $HOME x');
    expect(run('privileged: ${PRIV,,}', { PRIV: 'TRUE' })).toBe('privileged: true');
    expect(run('${#v}', { v: 'é' })).toBe('2');
  });

  it('refuses what Flux refuses', () => {
    // `${v-default}` (without the colon) is no operator of drone/envsubst: a missing closing brace.
    for (const bad of ['${}', '${unclosed', '${a:=b', '${%x}', '${v-x}']) expect(() => run(bad, {}), bad).toThrow(SubstitutionError);
  });

  it('stops at the byte budget before building the text, replacement amplification included', () => {
    const big = 'x'.repeat(1000);
    expect(() => run('${v}${v}${v}', { v: big }, 2999)).toThrow(SubstitutionBudgetError);
    expect(run('${v}${v}${v}', { v: big }, 3000)).toHaveLength(3000);
    // 1,000 'x' each replaced by 1,000 'y': a million bytes from two kilobytes, refused before it is built.
    expect(() => run('${v//x/${w}}', { v: big, w: 'y'.repeat(1000) }, 100_000)).toThrow(SubstitutionBudgetError);
    expect(() => run('${unset:-${v}${v}${v}}', { v: big }, 2500)).toThrow(SubstitutionBudgetError);
  });

  it("matches as the fork's path.Match does", () => {
    expect([pathMatch('*.txt', 'a/b.txt'), pathMatch('a?c', 'a/c'), pathMatch('[a-c]x', 'bx'), pathMatch('[', 'x')]).toEqual([true, true, true, undefined]);
  });
});
