// Where a reviewer fixes a Helm finding: values by chart and list position, parent overrides, the template otherwise.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import type { RenderedDocument, Resource, Target } from '../../src/model.js';
import { createLocator } from '../../src/manifests/source.js';
import { splitDocuments } from '../../src/manifests/split.js';

const fixtures = join(import.meta.dirname, '../fixtures');
const chart = 'locations/umbrella';
const helm = [join(homedir(), '.cache/kube-policy-gate/tools/bin/helm'), 'helm'].find((path) => path === 'helm' || existsSync(path))!;
const read = (path: string) => {
  try {
    return readFileSync(join(fixtures, path), 'utf8');
  } catch {
    return undefined;
  }
};
const files = ['templates/deploy.yaml', 'charts/sub/templates/deploy.yaml', 'values.yaml', 'charts/sub/values.yaml'].map((file) => `${chart}/${file}`);

function render(): Resource[] {
  const target: Target = { kind: 'helm', path: chart, helm: { releaseName: 'r', valuesFiles: [] } };
  const output = execFileSync(helm, ['template', 'r', join(fixtures, chart)], { encoding: 'utf8' });
  return splitDocuments(output)
    .filter((document) => document.text.includes('kind:'))
    .map((document) => {
      const source = /# Source: umbrella\/(.+)/.exec(document.text)![1]!;
      const rendered: RenderedDocument = { text: document.text, firstLine: 1, sourceFile: `${chart}/${source}`, relatedFiles: files, textIsSource: false };
      const object = load(document.text) as Record<string, any>;
      return { object, apiVersion: object.apiVersion, kind: object.kind, name: object.metadata.name, target, document: rendered };
    });
}

describe.skipIf(!existsSync(helm) && helm !== 'helm')('Helm locations', () => {
  const resources = render();
  const locate = createLocator(read);
  const web = resources.find((resource) => resource.name === 'web')!;
  const sub = resources.find((resource) => resource.name === 'sub')!;
  const at = (resource: Resource, path: (string | number)[]) => {
    const { file, line } = locate(resource, path);
    return `${file.slice(chart.length + 1)}:${line}`;
  };

  it('points a missing field at the values key the chart exposes for the block', () => {
    expect(at(web, ['spec', 'template', 'spec', 'securityContext'])).toBe('values.yaml:7');
  });

  it('follows the rendered list position past an item a condition left out', () => {
    expect(at(web, ['spec', 'template', 'spec', 'containers', 0, 'securityContext'])).toBe('values.yaml:5');
  });

  it('points an image at the tag the values give it', () => {
    expect(at(web, ['spec', 'template', 'spec', 'containers', 0, 'image'])).toBe('values.yaml:10');
  });

  it("reads a subchart's values, overridden by the parent's key for it", () => {
    expect(at(sub, ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged'])).toBe('values.yaml:13');
    expect(at(sub, ['spec', 'template', 'spec', 'automountServiceAccountToken'])).toBe('charts/sub/values.yaml:1');
  });

  it('keeps a field the template writes on the template line', () => {
    expect(at(web, ['metadata', 'name'])).toBe('templates/deploy.yaml:4');
  });
});
