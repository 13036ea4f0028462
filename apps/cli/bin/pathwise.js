#!/usr/bin/env node
// The `pathwise` command. Pathwise ships TypeScript sources without a build step, so this shim registers tsx's
// loader in this process (no second process, signals and exit codes stay ours) and loads the real entry point.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
