/// <reference path="./mathjs-bundle.d.ts" />
import type * as MathJs from 'mathjs';
import bundle from 'mathjs/lib/browser/math.js';

/**
 * mathjs, loaded from its single-file build. Its package entry is about a thousand modules that build every
 * function at load: 2.4 s to import in plain Node on this machine kind and 4 s under tsx, paid by every process
 * that checks an answer (the server, the CLI, each test file); the single file loads in under a second. Every
 * module of core takes mathjs from here, so parsed nodes and `instanceof` checks share one instance.
 */
export const math: typeof MathJs = bundle;

export const { fraction, parse, FunctionNode, OperatorNode, ParenthesisNode, SymbolNode } = math;
export type { Fraction, MathNode } from 'mathjs';
