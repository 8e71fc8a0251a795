// What discovery tells the user besides targets: nothing found, links not followed, directories not walked. Findings, not log lines.
import type { Finding, Target } from '../model.js';
import { isWithin } from './helm.js';
import { isSelected, parseSelection } from './select.js';
import { MANIFEST_EXTENSIONS, type SkippedDirectory, type SkippedLink } from './walk.js';

export function discoveryFindings(
  targets: Target[],
  skippedLinks: SkippedLink[],
  paths: string[],
  skippedDirectories: SkippedDirectory[] = [],
  { allowEmpty = false } = {},
): Finding[] {
  const selection = parseSelection(paths);
  // Only links that could hold manifests, or any file of a chart or kustomization (a template, a helper, a file a
  // generator reads): a link to a README outside the checkout is none of our business.
  const rendered = targets.filter((target) => target.kind !== 'manifests').map((target) => target.path);
  const relevant = skippedLinks.filter(
    (link) => (link.directory || MANIFEST_EXTENSIONS.test(link.path) || rendered.some((path) => isWithin(link.path, path))) && isSelected(link.path, selection),
  );
  const findings = relevant.map(({ path, reason }) => skippedLink(path, reason));
  for (const directory of skippedDirectories) {
    const files = directory.files.filter((file) => isSelected(file, selection));
    if (files.length) findings.push(notChecked(directory.path, files.length));
  }
  if (targets.length === 0) findings.unshift(noTargets(paths, allowEmpty));
  return findings;
}

/** An error unless allow-empty: a gate that checked nothing must not show green. */
function noTargets(paths: string[], allowEmpty: boolean): Finding {
  const where = paths.length ? paths.join(', ') : 'the repository';
  return {
    ruleId: 'no-targets',
    severity: allowEmpty ? 'notice' : 'error',
    title: 'Nothing to check',
    message: `no kustomization, Helm chart or Kubernetes manifest was found in ${where}${allowEmpty ? '' : '; set allow-empty to true if that is expected'}`,
    target: { kind: 'manifests', path: '.' },
  };
}

// A warning, not a notice: a link out of the checkout or into .git is how a pull request would hide a manifest or leak a file.
function skippedLink(path: string, reason: string): Finding {
  return {
    ruleId: 'skipped-link',
    severity: 'warning',
    title: 'Not checked: symbolic link',
    message: `${path} is ${reason}; it was not followed and not checked`,
    target: { kind: 'manifests', path },
    location: { file: path, line: 1 },
  };
}

function notChecked(path: string, count: number): Finding {
  const files = count === 1 ? '1 YAML or JSON file that was' : `${count} YAML or JSON files that were`;
  return {
    ruleId: 'not-checked',
    severity: 'notice',
    title: 'Not checked: dependency directory',
    message:
      `${path}/ holds ${files} not checked: dependency directories are skipped unless \`paths\` names them; ` +
      `to check them, add \`${path}\` to \`paths\` (keep \`.\` or your other entries to check the rest too)`,
    target: { kind: 'manifests', path },
    location: { file: path, line: 1 },
  };
}
