// Types for scripts/workloads.mjs (imported by the TypeScript benchmark body).
export function workload(i: number): string;
export function workloads(count: number): string[];
