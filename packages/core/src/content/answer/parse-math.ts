import type { InvalidReason } from './check-result.ts';
import { FunctionNode, type MathNode, OperatorNode, ParenthesisNode, parse, SymbolNode } from './mathjs.ts';

/** A parsed, restricted math expression (no assignment, function calls other than sqrt, matrices, units …). */
export type ParsedMath =
  | { readonly ok: true; readonly node: MathNode }
  | { readonly ok: false; readonly reason: InvalidReason };

const allowedOperators = new Set(['add', 'subtract', 'multiply', 'divide', 'pow', 'unaryMinus', 'unaryPlus']);

/** Checks a node tree against the allowed grammar, rewriting `x(x+1)` (a "call" of a variable) as a product. */
function restrict(node: MathNode, variables: ReadonlySet<string>): MathNode | InvalidReason {
  if (node.type === 'ConstantNode') {
    const value = (node as unknown as { value: unknown }).value;
    return typeof value === 'number' && Number.isFinite(value) ? node : 'unsupported';
  }
  if (node.type === 'SymbolNode') {
    return variables.has((node as unknown as { name: string }).name) ? node : 'unknown-variable';
  }
  if (node.type === 'ParenthesisNode') {
    const inner = restrict((node as unknown as { content: MathNode }).content, variables);
    return typeof inner === 'string' ? inner : new ParenthesisNode(inner);
  }
  if (node.type === 'OperatorNode') {
    const op = node as unknown as { fn: string; op: string; args: MathNode[]; implicit?: boolean };
    if (!allowedOperators.has(op.fn)) return 'unsupported';
    const args: MathNode[] = [];
    for (const arg of op.args) {
      const r = restrict(arg, variables);
      if (typeof r === 'string') return r;
      args.push(r);
    }
    return new OperatorNode(op.op as '+', op.fn as 'add', args, op.implicit === true);
  }
  if (node.type === 'FunctionNode') {
    const fn = node as unknown as { fn: { name?: string }; args: MathNode[] };
    const name = fn.fn.name ?? '';
    const args: MathNode[] = [];
    for (const arg of fn.args) {
      const r = restrict(arg, variables);
      if (typeof r === 'string') return r;
      args.push(r);
    }
    const [only] = args;
    if (name === 'sqrt' && only && args.length === 1) return new FunctionNode('sqrt', [only]);
    if (variables.has(name) && only && args.length === 1) {
      return new OperatorNode('*', 'multiply', [new SymbolNode(name), new ParenthesisNode(only)], true);
    }
    return variables.has(name) ? 'syntax' : 'unsupported';
  }
  return 'unsupported';
}

/** Finds a division whose denominator is a constant equal to zero. */
function hasZeroDivision(node: MathNode): boolean {
  let found = false;
  node.traverse((n) => {
    const op = n as unknown as { type: string; fn?: string; args?: MathNode[] };
    if (found || op.type !== 'OperatorNode' || op.fn !== 'divide') return;
    const denominator = op.args?.[1];
    if (!denominator || hasSymbol(denominator)) return;
    try {
      if (denominator.evaluate() === 0) found = true;
    } catch {
      found = true;
    }
  });
  return found;
}

/** Whether a node mentions any variable. */
export function hasSymbol(node: MathNode): boolean {
  return node.filter((n) => n.type === 'SymbolNode').length > 0;
}

/**
 * Parses normalized ASCII math, allowing only numbers, the given variables, + − × ÷, powers, parentheses and sqrt.
 * @example
 * parseMath('2x+', ['x']); // { ok: false, reason: 'syntax' }
 */
export function parseMath(input: string, variables: readonly string[]): ParsedMath {
  if (input.trim() === '') return { ok: false, reason: 'empty' };
  if (/[=<>!]/.test(input)) return { ok: false, reason: 'unexpected-relation' };
  if (/[;[\]'"?:&|@#~`]/.test(input)) return { ok: false, reason: 'unsupported' };
  let node: MathNode;
  try {
    node = parse(input);
  } catch {
    return { ok: false, reason: 'syntax' };
  }
  const restricted = restrict(node, new Set(variables));
  if (typeof restricted === 'string') return { ok: false, reason: restricted };
  if (hasZeroDivision(restricted)) return { ok: false, reason: 'division-by-zero' };
  return { ok: true, node: restricted };
}
