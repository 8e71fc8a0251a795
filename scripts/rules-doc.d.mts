// Types of rules-doc.mjs for the TypeScript tests that render the rules reference.
import type { RuleInfo } from '../src/policy/bundle.js';

export function renderRulesDoc(rules: RuleInfo[]): string;
export function renderReadmeTable(rules: RuleInfo[]): string;
export function replaceBetweenMarkers(text: string, content: string): string;
export const MARKERS: { START: string; END: string };
export function versionRange(rule: RuleInfo): string;
