#!/usr/bin/env node
import { createRequire as __kpgCreateRequire } from 'node:module';
const require = __kpgCreateRequire(import.meta.url);

// src/bin.ts
import { enableCompileCache } from "node:module";
enableCompileCache?.();
await import("./chunks/cli-CNE4WYUS.js");
