// The single-file build of mathjs (see mathjs.ts) has no types of its own: it is the same API as the package entry.
declare module 'mathjs/lib/browser/math.js' {
  const math: typeof import('mathjs');
  export default math;
}
