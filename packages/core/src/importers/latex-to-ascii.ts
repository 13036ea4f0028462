/** Braced group starting at `open` (an index of "{"); returns its content and the index after "}". */
function group(s: string, open: number): [string, number] {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return [s.slice(open + 1, i), i + 1];
  }
  return [s.slice(open + 1), s.length];
}

function replaceCommand(s: string, name: string, arity: 1 | 2, render: (args: string[]) => string): string {
  let out = s;
  for (let at = out.indexOf(name); at >= 0; at = out.indexOf(name)) {
    let next = at + name.length;
    const args: string[] = [];
    for (let k = 0; k < arity && out[next] === '{'; k++) {
      const [arg, after] = group(out, next);
      args.push(latexToAscii(arg));
      next = after;
    }
    if (args.length < arity) return out.replace(name, ' ');
    out = out.slice(0, at) + render(args) + out.slice(next);
  }
  return out;
}

/**
 * Simple LaTeX math (as written in OATutor answers) to the ASCII math the answer checker reads.
 * @example
 * latexToAscii('$$\\frac{8x}{y}$$'); // '(8x)/(y)'
 */
export function latexToAscii(latex: string): string {
  let s = latex.replace(/\$\$/g, '').trim();
  s = s.replace(/\\left|\\right/g, '').replace(/\\[,;!: ]/g, ' ');
  s = replaceCommand(s, '\\dfrac', 2, ([a, b]) => `(${a})/(${b})`);
  s = replaceCommand(s, '\\frac', 2, ([a, b]) => `(${a})/(${b})`);
  s = replaceCommand(s, '\\sqrt', 1, ([a]) => `sqrt(${a})`);
  s = s.replace(/\^\{([^{}]*)\}/g, '^($1)');
  s = s.replace(/\\cdot|\\times/g, '*').replace(/\\div/g, '/');
  s = s
    .replace(/\\le(q)?/g, '<=')
    .replace(/\\ge(q)?/g, '>=')
    .replace(/\\pi/g, 'pi');
  return s.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
}
