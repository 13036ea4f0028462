import { childPath } from '../model/result.ts';
import type { Checker } from './checker.ts';

/** Validates a Result object, including the Score ranges of Data 2.4.5.1. */
export function checkResult(c: Checker, value: unknown, path: string): void {
  const result = c.object(value, path, [
    'score',
    'success',
    'completion',
    'response',
    'duration',
    'extensions',
  ]);
  if (!result) return;
  c.optional(result, 'score', path, (v, at) => checkScore(c, v, at));
  c.optional(result, 'success', path, (v, at) => c.boolean(v, at));
  c.optional(result, 'completion', path, (v, at) => c.boolean(v, at));
  c.optional(result, 'response', path, (v, at) => c.string(v, at));
  c.optional(result, 'duration', path, (v, at) => c.duration(v, at));
  c.optional(result, 'extensions', path, (v, at) => c.extensions(v, at));
}

function checkScore(c: Checker, value: unknown, path: string): void {
  const score = c.object(value, path, ['scaled', 'raw', 'min', 'max']);
  if (!score) return;
  const [scaled, raw, min, max] = ['scaled', 'raw', 'min', 'max'].map((key) =>
    readNumber(c, score, key, path),
  );
  if (scaled !== undefined && (scaled < -1 || scaled > 1))
    c.report(childPath(path, 'scaled'), 'must be between -1 and 1');
  if (min !== undefined && max !== undefined && min >= max)
    c.report(childPath(path, 'min'), 'must be less than "max"');
  if (raw !== undefined && min !== undefined && raw < min)
    c.report(childPath(path, 'raw'), 'must not be less than "min"');
  if (raw !== undefined && max !== undefined && raw > max)
    c.report(childPath(path, 'raw'), 'must not be greater than "max"');
}

function readNumber(
  c: Checker,
  score: Record<string, unknown>,
  key: string,
  path: string,
): number | undefined {
  if (!(key in score)) return undefined;
  return c.number(score[key], childPath(path, key)) ? (score[key] as number) : undefined;
}
