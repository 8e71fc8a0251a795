// Where a Secret's plain value comes from: committed in the repository (and on which line), committed only as a test
// fixture (a chart's chart-testing `ci/*-values.yaml`), or made by the chart at render time (randAlphaNum,
// genSignedCert, the fallback of a `lookup` that finds nothing offline). plain-secret judges the rendered object and
// cannot tell them apart; the repository's text can.
import { isScalar, LineCounter, parseAllDocuments, visit } from 'yaml';

/** One plain value of a Secret as rendered: `data` values are base64, `stringData` values are the text itself. */
export interface SecretValue {
  field: 'data' | 'stringData';
  key: string;
  value: string;
}

/** A file the render read (values files, chart files, manifests), repository-relative, with its text. */
export interface SourceText {
  file: string;
  text: string;
  /** A test fixture (chart-testing's `ci/*-values.yaml`): rendered for the chart's other paths, deployed by nothing. */
  fixture?: boolean;
}

type Field = SecretValue['field'];

export type Provenance =
  | { field: Field; key: string; origin: 'committed'; file: string; line: number }
  | { field: Field; key: string; origin: 'fixture'; file: string; line: number }
  | { field: Field; key: string; origin: 'generated'; token: string }
  | { field: Field; key: string; origin: 'undecided' };

/**
 * Each value's origin. `committed`: the value (its text, its base64, or a YAML scalar equal to it) is in a source,
 * at the line given: the first source in `sources` order that has it, so pass them in the order that decides a
 * value (the user's values files last-first, as helm lets the last one win, then the charts' values.yaml, the
 * templates). `fixture`: only test fixtures hold it (a value that a file which deploys holds too is `committed`
 * there, wherever helm took it from). `generated`: it holds random-looking text (8 or more letters and digits of two
 * kinds or more) that no source and no text of `known` contains (render settings: release name, namespace, inline
 * values; and the rest of the repository), so the render made it. `undecided`: neither (built from committed parts,
 * `user:password`; or bytes that are not text): still reported.
 */
export function traceSecretValues(values: SecretValue[], sources: SourceText[], known: Iterable<string> = []): Provenance[] {
  const scalars = new ScalarIndex();
  const texts = [...sources.map((source) => source.text), ...known];
  return values.map(({ field, key, value }) => {
    const { raw, encoded } = forms(field, value);
    const deployed = sources.filter((source) => !source.fixture);
    const fixture = locate(raw, encoded, sources.filter((source) => source.fixture), scalars);
    if (fixture) {
      // A fixture's value counts as deployed only where a file that deploys sets it: a YAML value equal to it, not a
      // word of a comment or a key (`value: /` does not deploy the test Secret's `value`).
      const also = locate(raw, encoded, deployed, scalars, true);
      return also ? { field, key, origin: 'committed', ...also } : { field, key, origin: 'fixture', ...fixture };
    }
    const found = locate(raw, encoded, deployed, scalars);
    if (found) return { field, key, origin: 'committed', ...found };
    const token = raw === undefined ? undefined : unknownRandomToken(raw, texts);
    return token === undefined ? { field, key, origin: 'undecided' } : { field, key, origin: 'generated', token };
  });
}

/**
 * What becomes of a plain-secret finding: dropped when every value it lists was generated at render time or comes
 * from a test fixture; else reported, at the line of the first value committed in a source when there is one ("where
 * it is committed").
 */
export function plainSecretVerdict(provenances: Provenance[]): { report: false } | { report: true; location?: { file: string; line: number } } {
  if (provenances.length > 0 && provenances.every((provenance) => provenance.origin === 'generated' || provenance.origin === 'fixture')) return { report: false };
  const committed = provenances.find((provenance) => provenance.origin === 'committed');
  return committed?.origin === 'committed' ? { report: true, location: { file: committed.file, line: committed.line } } : { report: true };
}

/**
 * A key plain-secret lists; `inner`: the key inside a configuration file that holds its credential
 * (`stringData.agent.yaml[password]`); `identifier` when it is listed beside the credentials (a user name, a database).
 */
export interface ListedKey {
  field: Field;
  key: string;
  inner?: string;
  identifier?: true;
}

const LISTED = /^(plain-text values committed to the repository \()([^)]*)(\))/;

/**
 * The values plain-secret lists in its message (`plain-text values committed to the repository (stringData.z,
 * data.a, beside data.user): …`), the identifiers after `beside`. Secret keys hold only letters, digits, `-`, `_`
 * and `.`, so the list reads back unambiguously; undefined when the message is not one of plain-secret's.
 */
export function plainSecretKeys(message: string): ListedKey[] | undefined {
  const list = LISTED.exec(message)?.[2];
  if (!list) return undefined;
  const [credentials = '', identifiers] = list.split(', beside ');
  const read = (entries: string, identifier: boolean) =>
    entries.split(', ').map((entry) => {
      const match = /^(data|stringData)\.([-._a-zA-Z0-9]+?)(?:\[([-._a-zA-Z0-9]+)\])?$/.exec(entry);
      return match ? { field: match[1] as Field, key: match[2]!, ...(match[3] && { inner: match[3] }), ...(identifier && { identifier: true as const }) } : undefined;
    });
  const keys = [...read(credentials, false), ...(identifiers === undefined ? [] : read(identifiers, true))];
  return keys.every((key): key is ListedKey => key !== undefined) ? keys : undefined;
}

/** plain-secret's message listing only `kept` of the credentials it named (the identifiers stay beside them). */
export function listOnly(message: string, kept: ListedKey[]): string {
  const listed = LISTED.exec(message);
  if (!listed) return message;
  const identifiers = listed[2]!.split(', beside ')[1];
  const list = kept.map(({ field, key, inner }) => `${field}.${key}${inner ? `[${inner}]` : ''}`).join(', ') + (identifiers === undefined ? '' : `, beside ${identifiers}`);
  return `${listed[1]}${list}${listed[3]}${message.slice(listed[0].length)}`;
}

/** The listed values of a rendered Secret object; a key whose value is not a string is left out. */
export function secretValues(object: Record<string, unknown>, keys: readonly ListedKey[]): (SecretValue & Pick<ListedKey, 'inner'>)[] {
  return keys.flatMap(({ field, key, inner }) => {
    const map = object[field];
    const value = map !== null && typeof map === 'object' ? (map as Record<string, unknown>)[key] : undefined;
    return typeof value === 'string' ? [{ field, key, value, ...(inner && { inner }) }] : [];
  });
}

/**
 * The value `inner` (the key plain-secret names inside a configuration file kept in a Secret) has on the first line
 * that sets it: `password: "x"`, `"password": "x",`, `password = x`. What is committed is that value, not the file
 * around it (which a chart may build from several places); undefined when no line sets it.
 */
export function innerValue(config: string, inner: string): string | undefined {
  const escaped = inner.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const entry = new RegExp(`(?:^|[\\s"'{,])${escaped}["']?\\s*[:=]\\s*("[^"]*"|'[^']*'|[^\\s,}\\]]+)`);
  for (const line of config.split('\n')) {
    const value = entry.exec(line)?.[1];
    if (value) return /^["']/.test(value) ? value.slice(1, -1) : value;
  }
  return undefined;
}

/** The value as text (undefined when `data` holds bytes that are not UTF-8) and as base64. */
function forms(field: Field, value: string): { raw?: string; encoded: string } {
  if (field === 'stringData') return { raw: value, encoded: Buffer.from(value).toString('base64') };
  const encoded = value.replace(/\s+/g, '');
  const bytes = Buffer.from(encoded, 'base64');
  // Node's decoder skips what is not base64; a value that does not encode back was never base64: it is the text.
  if (bytes.toString('base64') !== encoded) return { raw: value, encoded: value };
  try {
    return { raw: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoded };
  } catch {
    return { encoded };
  }
}

/** `valuesOnly`: in YAML files, only a value scalar equal to it counts (no word of a comment, no key). */
function locate(raw: string | undefined, encoded: string, sources: SourceText[], scalars: ScalarIndex, valuesOnly = false): { file: string; line: number } | undefined {
  const needles = [raw, encoded].filter((needle): needle is string => needle !== undefined && needle.trim() !== '');
  for (const { file, text } of sources) {
    const offsets = needles.map((needle) => wordOffset(text, needle));
    // A YAML scalar equal to the value names the line of its key; it also finds values YAML escapes or folds.
    if (/\.(ya?ml|json)$/i.test(file) && (offsets.some((offset) => offset !== -1) || mayBeEscaped(raw, text))) {
      const line = scalars.lineOf(file, text, needles, valuesOnly);
      if (line !== undefined) return { file, line };
      if (valuesOnly) continue;
    }
    const offset = offsets.find((candidate) => candidate !== -1);
    if (offset !== undefined) return { file, line: lineAt(text, offset) };
  }
  return undefined;
}

/** The first occurrence not inside a longer word (`admin` is not found in `adminUser`), or -1. */
function wordOffset(text: string, needle: string): number {
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (!isWordCharacter(text[at - 1]) || !isWordCharacter(needle[0])) {
      if (!isWordCharacter(text[at + needle.length]) || !isWordCharacter(needle[needle.length - 1])) return at;
    }
  }
  return -1;
}

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[A-Za-z0-9+/=_]/.test(character);
}

/** A value YAML would write differently (quotes, escapes, several lines) whose longest word the file holds. */
function mayBeEscaped(raw: string | undefined, text: string): boolean {
  if (raw === undefined || !/["'\\\n\t]/.test(raw)) return false;
  const longest = (raw.match(/[A-Za-z0-9]+/g) ?? []).reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.length >= 4 && text.includes(longest);
}

/** String scalars of YAML files, parsed once each, with their lines. */
class ScalarIndex {
  private readonly files = new Map<string, Scalar[]>();

  lineOf(file: string, text: string, needles: string[], valuesOnly = false): number | undefined {
    let scalars = this.files.get(file);
    if (!scalars) {
      scalars = readScalars(text);
      this.files.set(file, scalars);
    }
    return scalars.find((scalar) => needles.includes(scalar.value) && !(valuesOnly && scalar.isKey))?.line;
  }
}

interface Scalar {
  value: string;
  line: number;
  /** A mapping's key, not a value. */
  isKey: boolean;
}

function readScalars(text: string): Scalar[] {
  const lineCounter = new LineCounter();
  const scalars: Scalar[] = [];
  // A template that is not YAML yields what parsed before the error; nothing is lost but a location.
  for (const document of parseAllDocuments(text, { version: '1.1', lineCounter, uniqueKeys: false, prettyErrors: false })) {
    visit(document, {
      Scalar(key, node) {
        if (!isScalar(node) || !node.range) return;
        const value = typeof node.value === 'string' ? node.value : (node.source ?? String(node.value));
        scalars.push({ value, line: lineCounter.linePos(node.range[0]).line, isKey: key === 'key' });
      },
    });
  }
  return scalars;
}

/**
 * A run of letters and digits that looks random (8 or more characters, two kinds of letters or digits or more) and
 * that no source holds: what randAlphaNum, uuidv4, genSignedCert and bcrypt write, and a committed value never is.
 */
function unknownRandomToken(raw: string, texts: string[]): string | undefined {
  for (const token of new Set(raw.match(/[A-Za-z0-9]{8,}/g) ?? [])) {
    const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((kind) => kind.test(token)).length;
    if (kinds >= 2 && !texts.some((text) => text.includes(token))) return token;
  }
  return undefined;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}
