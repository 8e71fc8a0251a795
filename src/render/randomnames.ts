// Names Helm makes at random on every render (`{{ .Release.Name }}-test-{{ randAlphaNum 5 | lower }}`): a finding's
// identity must not change from one run to the next, or new-findings-only calls an unchanged object new each time.
// The random part of such a name is found from the template line that writes it, never guessed from the name.

/** A `name:` line of a template whose value holds a random function: literal text and actions, in order. */
export interface RandomNamePattern {
  /** A whole-name regular expression: literal parts as they are, each action a lazy group. */
  source: string;
  /** Per group: whether its action calls a random function (its text is replaced by `*`). */
  random: boolean[];
}

/** Sprig's functions whose result differs on every render. */
const RANDOM = /\b(?:randAlphaNum|randAlpha|randNumeric|randAscii|randInt|randBytes|uuidv4|now|unixEpoch|date|dateInZone|htmlDate|htmlDateInZone|genPrivateKey)\b/;
const NAME_LINE = /^\s*(?:-\s+)?name:\s*(.*?)\s*$/;
const ACTION = /\{\{[\s\S]*?\}\}/g;

/** The patterns of a template's `name:` lines that render a random part; none for most templates. */
export function randomNamePatterns(template: string): RandomNamePattern[] {
  if (!RANDOM.test(template)) return [];
  const patterns: RandomNamePattern[] = [];
  for (const line of template.split('\n')) {
    const value = NAME_LINE.exec(line)?.[1];
    if (!value || !RANDOM.test(value)) continue;
    const unquoted = /^(["'])(.*)\1$/.exec(value)?.[2] ?? value;
    let source = '^';
    const random: boolean[] = [];
    let from = 0;
    for (const action of unquoted.matchAll(ACTION)) {
      source += escape(unquoted.slice(from, action.index));
      source += '(.*?)';
      random.push(RANDOM.test(action[0]));
      from = action.index + action[0].length;
    }
    source += `${escape(unquoted.slice(from))}$`;
    patterns.push({ source, random });
  }
  return patterns;
}

/**
 * The name as it stays from render to render: the parts the random actions wrote replaced by `*`
 * (`podinfo-grpc-test-*`). Undefined when no pattern writes this name (then the name is its own identity).
 */
export function stableName(name: string, patterns: readonly RandomNamePattern[] | undefined): string | undefined {
  for (const pattern of patterns ?? []) {
    const match = new RegExp(pattern.source, 'sd').exec(name);
    if (!match?.indices) continue;
    let rebuilt = '';
    let from = 0;
    pattern.random.forEach((random, index) => {
      const [start, end] = match.indices![index + 1] ?? [from, from];
      rebuilt += name.slice(from, start) + (random ? '*' : name.slice(start, end));
      from = end;
    });
    return rebuilt + name.slice(from);
  }
  return undefined;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
