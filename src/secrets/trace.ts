// plain-secret's findings held against the repository's text: dropped when the render generated every value they
// list, pointed at the line that commits a value otherwise. Files come through an injected reader (no I/O here).
import { basename } from 'node:path/posix';
import type { Resource, SourceLocation, Target } from '../model.js';
import { plainSecretKeys, plainSecretVerdict, secretValues, traceSecretValues, type SourceText } from './provenance.js';

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
    const keys = plainSecretKeys(message);
    const values = keys ? secretValues(resource.object, keys) : [];
    // A message we cannot read back, or values that are gone: the finding stands as the rule made it.
    if (values.length === 0) return { report: true };
    const sources = sourceFiles(resource).flatMap((file): SourceText[] => {
      const text = repository.read(file);
      return text === undefined ? [] : [{ file, text }];
    });
    everything ??= [...repository.files()].flatMap((file) => repository.read(file) ?? []);
    const provenances = traceSecretValues(values, sources, [...renderSettings(resource.target), ...everything]);
    const verdict = plainSecretVerdict(provenances);
    // Reported for the values that are not generated: the message lists those only (a randAlphaNum key beside a
    // committed password is no committed secret).
    const generated = new Set(provenances.filter((provenance) => provenance.origin === 'generated').map((provenance) => `${provenance.field}.${provenance.key}`));
    if (!verdict.report || generated.size === 0) return verdict;
    const listed = /^(plain-text values committed to the repository \()([^)]*)(\))/.exec(message);
    if (!listed) return verdict;
    const kept = listed[2]!.split(', ').filter((entry) => !generated.has(entry));
    return { ...verdict, message: `${listed[1]}${kept.join(', ')}${listed[3]}${message.slice(listed[0].length)}` };
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

/** Text a render takes from its settings, not from a file: a value made of these is not generated. */
function renderSettings(target: Target): string[] {
  const helm = target.helm;
  return [helm?.releaseName, helm?.namespace, ...(helm?.values ?? []), ...(helm?.set ?? []), target.kustomize?.namespace, ...Object.values(target.substitute ?? {})].filter(
    (text): text is string => typeof text === 'string' && text !== '',
  );
}
