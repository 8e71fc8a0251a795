// What discovery tells the user besides targets: nothing found, links not followed. Findings, not log lines.
import type { Finding, Target } from '../model.js';
import { isSelected, parseSelection } from './select.js';
import type { SkippedLink } from './walk.js';

export function discoveryFindings(targets: Target[], skippedLinks: SkippedLink[], paths: string[]): Finding[] {
  const selection = parseSelection(paths);
  // Only links that could hold manifests: a link to a README outside the checkout is none of our business.
  const relevant = skippedLinks.filter((link) => (link.directory || /\.ya?ml$/i.test(link.path)) && isSelected(link.path, selection));
  const findings = relevant.map(({ path, reason }) => skippedLink(path, reason));
  if (targets.length === 0) findings.unshift(noTargets(paths));
  return findings;
}

function noTargets(paths: string[]): Finding {
  const where = paths.length ? paths.join(', ') : 'the repository';
  return {
    ruleId: 'no-targets',
    severity: 'notice',
    title: 'Nothing to check',
    message: `no kustomization, Helm chart or Kubernetes manifest was found in ${where}`,
    target: { kind: 'manifests', path: '.' },
  };
}

function skippedLink(path: string, reason: string): Finding {
  return {
    ruleId: 'skipped-link',
    severity: 'notice',
    title: 'Not checked: symbolic link',
    message: `${path} is ${reason}; it was not checked`,
    target: { kind: 'manifests', path },
    location: { file: path, line: 1 },
  };
}
