// plain-secret's findings held against the repository's text: dropped when the render generated every credential they
// list or took it from a test fixture, pointed at the line that commits one otherwise. Files come through an injected
// reader (no I/O here).
import { basename } from 'node:path/posix';
import { ciValuesFiles } from '../discover/index.js';
import type { Resource, SourceLocation, Target } from '../model.js';
import { innerValue, listOnly, plainSecretKeys, plainSecretVerdict, secretValues, traceSecretValues, type Provenance, type SecretValue, type SourceText } from './provenance.js';

/** The rule whose findings are traced. */
export const PLAIN_SECRET = 'plain-secret';

export interface SecretRepository {
  /** Every repository-relative file (the discovery's listing); asked once, when a finding first needs it. */
  files(): Iterable<string>;
  /** A file's text, undefined when it cannot be read. */
  read(file: string): string | undefined;
}

export type SecretVerdict = { report: false } | { report: true; location?: SourceLocation; message?: string };

/** Decides a plain-secret finding on `resource`, from its message (which lists the plain keys). */
export type SecretTracer = (resource: Resource, message: string) => SecretVerdict;

export function createSecretTracer(repository: SecretRepository): SecretTracer {
  let everything: string[] | undefined;
  return (resource, message) => {
    // The credentials decide; the identifiers listed beside them (a user name) are no secret alone, and their lines
    // are not where the secret is committed.
    const credentials = (plainSecretKeys(message) ?? []).filter((key) => !key.identifier);
    const values = secretValues(resource.object, credentials);
    // A message we cannot read back, or values that are gone: the finding stands as the rule made it.
    if (values.length === 0) return { report: true };
    const sources = sourceFiles(resource).flatMap((file): SourceText[] => {
      const text = repository.read(file);
      return text === undefined ? [] : [{ file, text, ...(isTestFixture(file, resource.target) && { fixture: true }) }];
    });
    everything ??= [...repository.files()].flatMap((file) => repository.read(file) ?? []);
    const known = [...renderSettings(resource.target), ...everything];
    const whole = traceSecretValues(values, sources, known);
    const provenances = values.some((value) => value.inner) ? byInnerCredential(whole, traceSecretValues(values.map(innerCredential), sources, known)) : whole;
    const verdict = plainSecretVerdict(provenances);
    // Reported for the values committed for a deployment: the message lists those only (a randAlphaNum key, or a ci
    // file's test password, beside a committed password is no committed secret).
    const kept = provenances.filter((provenance) => provenance.origin !== 'generated' && provenance.origin !== 'fixture');
    if (!verdict.report || kept.length === provenances.length) return verdict;
    return { ...verdict, message: listOnly(message, credentials.filter((key) => kept.some((provenance) => provenance.field === key.field && provenance.key === key.key))) };
  };
}

/**
 * Where a committed value is looked for, in the order that decides it: the user's values files last-first (helm
 * lets the last win), the deploying object (a HelmRelease's `spec.values`, an Application's `valuesObject`), the
 * charts' values.yaml, the file the object comes from (template or manifest), then the other files it was built
 * from (helpers, patches).
 */
export function sourceFiles(resource: Resource): string[] {
  const { target, document } = resource;
  const isValues = (file: string) => /(^|[-_.])values([-_.][^/]*)?\.(ya?ml|json)$/i.test(basename(file));
  const ordered = [
    ...[...(target.helm?.valuesFiles ?? [])].reverse(),
    ...(target.deployedBy ? [target.deployedBy.file] : []),
    ...document.relatedFiles.filter(isValues),
    document.sourceFile,
    ...document.relatedFiles.filter((file) => !isValues(file)),
  ];
  return [...new Set(ordered)];
}

/**
 * A configuration file kept in a Secret, traced whole and by the credential plain-secret names inside it. Committed
 * whole (a manifest's block, a values-file block, base64 in `data`), it is reported there, at the credential's line
 * when that file shows it below where the file starts; else the credential decides: committed at its line,
 * generated, or a test fixture, whatever the file around it is built from (a chart's `toYaml` of its values).
 */
function byInnerCredential(whole: Provenance[], inner: Provenance[]): Provenance[] {
  return whole.map((provenance, index) => {
    const credential = inner[index]!;
    if (provenance.origin === 'committed' || provenance.origin === 'fixture') {
      const inside = credential.origin === provenance.origin && credential.file === provenance.file && credential.line >= provenance.line;
      return inside ? credential : provenance;
    }
    return credential;
  });
}

/** The value to trace for the credential inside a configuration file (base64 again in `data`), else the value. */
function innerCredential(value: SecretValue & { inner?: string }): SecretValue {
  if (!value.inner) return value;
  const config = value.field === 'data' ? Buffer.from(value.value, 'base64').toString('utf8') : value.value;
  const inner = innerValue(config, value.inner);
  if (inner === undefined) return value;
  return { field: value.field, key: value.key, value: value.field === 'data' ? Buffer.from(inner).toString('base64') : inner };
}

/**
 * chart-testing's values (`<chart>/ci/<name>-values.yaml`): `ct install` deploys them into a throw-away cluster, the
 * gate renders them to reach the chart's other paths, and nothing deploys them for real.
 */
function isTestFixture(file: string, target: Target): boolean {
  return target.kind === 'helm' && target.chart === undefined && ciValuesFiles(target.path, [file]).length > 0;
}

/** Text a render takes from its settings, not from a file: a value made of these is not generated. */
function renderSettings(target: Target): string[] {
  const helm = target.helm;
  return [helm?.releaseName, helm?.namespace, ...(helm?.values ?? []), ...(helm?.set ?? []), target.kustomize?.namespace, ...Object.values(target.substitute ?? {})].filter(
    (text): text is string => typeof text === 'string' && text !== '',
  );
}
