import type { MathNode } from './mathjs.ts';

interface Monomial {
  readonly signature: string;
  readonly explicitConstants: number;
}

type NodeLike = {
  type: string;
  fn?: string;
  args?: MathNode[];
  content?: MathNode;
  name?: string;
  value?: unknown;
};

const view = (node: MathNode): NodeLike => node as unknown as NodeLike;

function unwrap(node: MathNode): MathNode {
  const n = view(node);
  return n.type === 'ParenthesisNode' && n.content ? unwrap(n.content) : node;
}

/** Splits a sum into its terms; a parenthesised sum inside a term makes the term non-monomial later. */
function terms(node: MathNode, out: MathNode[]): MathNode[] {
  const n = view(node);
  if (n.type === 'OperatorNode' && (n.fn === 'add' || n.fn === 'subtract') && n.args?.length === 2) {
    terms(n.args[0]!, out);
    terms(n.args[1]!, out);
  } else if (n.type === 'OperatorNode' && (n.fn === 'unaryMinus' || n.fn === 'unaryPlus') && n.args?.[0]) {
    terms(n.args[0], out);
  } else {
    out.push(node);
  }
  return out;
}

function merge(powers: Map<string, number>, other: Map<string, number>): Map<string, number> | null {
  const merged = new Map(powers);
  for (const [name, power] of other) {
    // NOTE: x·x is equivalent to x² but not written in combined form.
    if (merged.has(name)) return null;
    merged.set(name, power);
  }
  return merged;
}

function monomialPowers(node: MathNode): { powers: Map<string, number>; constants: number } | null {
  const n = view(node);
  if (n.type === 'ConstantNode') return { powers: new Map(), constants: 1 };
  if (n.type === 'SymbolNode' && n.name) return { powers: new Map([[n.name, 1]]), constants: 0 };
  if (n.type === 'ParenthesisNode' && n.content) {
    const inner = unwrap(n.content);
    return view(inner).type === 'OperatorNode' && ['add', 'subtract'].includes(view(inner).fn ?? '')
      ? null
      : monomialPowers(inner);
  }
  if (n.type !== 'OperatorNode' || !n.args) return null;
  const [a, b] = n.args;
  if (n.fn === 'unaryMinus' && a) return monomialPowers(a);
  if (n.fn === 'pow' && a && b) {
    const base = view(unwrap(a));
    const exponent = view(unwrap(b));
    if (base.type !== 'SymbolNode' || !base.name || exponent.type !== 'ConstantNode') return null;
    const power = Number(exponent.value);
    return Number.isInteger(power) && power >= 2
      ? { powers: new Map([[base.name, power]]), constants: 0 }
      : null;
  }
  if (n.fn === 'multiply' && a && b) {
    const left = monomialPowers(a);
    const right = monomialPowers(b);
    const powers = left && right ? merge(left.powers, right.powers) : null;
    return left && right && powers ? { powers, constants: left.constants + right.constants } : null;
  }
  if (n.fn === 'divide' && a && b && view(unwrap(b)).type === 'ConstantNode') return monomialPowers(a);
  return null;
}

function monomial(node: MathNode): Monomial | null {
  const m = monomialPowers(node);
  if (!m) return null;
  const signature = [...m.powers.entries()]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([name, power]) => `${name}^${power}`)
    .join('*');
  return { signature, explicitConstants: m.constants };
}

/**
 * Whether an expression is written as a combined polynomial: a sum of monomials, no parentheses around sums,
 * each monomial appearing once, and at most one numeric factor per term ("5x + 3", not "3x + 2x + 3").
 */
export function isCombinedPolynomial(node: MathNode): boolean {
  const seen = new Set<string>();
  for (const term of terms(unwrap(node), [])) {
    const m = monomial(term);
    if (!m || m.explicitConstants > 1 || seen.has(m.signature)) return false;
    seen.add(m.signature);
  }
  return true;
}
