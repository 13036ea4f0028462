import { isDuration } from '../formats/duration.ts';
import { isIri } from '../formats/iri.ts';
import { isLanguageTag } from '../formats/language-tag.ts';
import { parseTimestamp } from '../formats/timestamp.ts';
import { isUuid } from '../formats/uuid.ts';
import { childPath, isPlainObject, type Problem } from '../model/result.ts';

/** Which data model rules apply: 2.0 adds contextAgents/contextGroups and requires time zones. */
export type ModelVersion = '1.0' | '2.0';

/**
 * Collects problems while a validator walks a document. Every `expect*` helper records a problem and returns
 * undefined when the value does not fit, so one walk reports everything.
 */
export class Checker {
  readonly problems: Problem[] = [];

  constructor(readonly model: ModelVersion) {}

  /** Records one problem. */
  report(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** An object whose keys are all in `allowed`; unknown keys (including wrong case) are reported. */
  object(
    value: unknown,
    path: string,
    allowed: readonly string[],
    what = 'an object',
  ): Record<string, unknown> | undefined {
    if (!isPlainObject(value)) {
      this.report(path, value === null ? 'must not be null' : `must be ${what}`);
      return undefined;
    }
    for (const key of Object.keys(value)) {
      if (allowed.includes(key)) continue;
      const sameIgnoringCase = allowed.find((name) => name.toLowerCase() === key.toLowerCase());
      this.report(
        childPath(path, key),
        sameIgnoringCase
          ? `is not allowed (property names are case sensitive: "${sameIgnoringCase}")`
          : 'is not allowed',
      );
    }
    return value;
  }

  /** A JSON object with free keys (language maps, extensions). */
  map(value: unknown, path: string, what: string): Record<string, unknown> | undefined {
    if (isPlainObject(value)) return value;
    this.report(path, value === null ? 'must not be null' : `must be ${what}`);
    return undefined;
  }

  /** Reports `key` as required when absent; returns whether it is present. */
  required(record: Record<string, unknown>, key: string, path: string): boolean {
    if (key in record) return true;
    this.report(childPath(path, key), 'is required');
    return false;
  }

  /** A string; narrows the type for the caller. */
  string(value: unknown, path: string): value is string {
    if (typeof value === 'string') return true;
    this.report(path, value === null ? 'must not be null' : 'must be a string');
    return false;
  }

  /** A JSON boolean (the strings "true"/"false" are not). */
  boolean(value: unknown, path: string): void {
    if (typeof value !== 'boolean')
      this.report(path, value === null ? 'must not be null' : 'must be a boolean');
  }

  /** A finite JSON number (numeric strings are not). */
  number(value: unknown, path: string): value is number {
    if (typeof value === 'number' && Number.isFinite(value)) return true;
    this.report(path, value === null ? 'must not be null' : 'must be a number');
    return false;
  }

  /** A string passing `test`, described as `what` in the problem. */
  formatted(value: unknown, path: string, test: (text: string) => boolean, what: string): void {
    if (this.string(value, path) && !test(value)) this.report(path, `must be ${what}`);
  }

  /** An absolute IRI. */
  iri(value: unknown, path: string): void {
    this.formatted(value, path, isIri, 'an absolute IRI with a scheme');
  }

  /** A UUID in standard string form. */
  uuid(value: unknown, path: string): void {
    this.formatted(value, path, isUuid, 'a UUID in standard string form');
  }

  /** An ISO 8601 timestamp; 2.0 also requires a time zone. */
  timestamp(value: unknown, path: string): void {
    if (!this.string(value, path)) return;
    const parsed = parseTimestamp(value);
    if (parsed === null) this.report(path, 'must be an ISO 8601 timestamp');
    else if (!parsed.hasZone && this.model === '2.0') this.report(path, 'must include a time zone');
  }

  /** An ISO 8601 duration. */
  duration(value: unknown, path: string): void {
    this.formatted(value, path, isDuration, 'an ISO 8601 duration');
  }

  /** An RFC 5646 language tag. */
  languageTag(value: unknown, path: string): void {
    this.formatted(value, path, isLanguageTag, 'an RFC 5646 language tag');
  }

  /** A language map: RFC 5646 tags to strings. */
  languageMap(value: unknown, path: string): void {
    const map = this.map(value, path, 'a language map');
    if (!map) return;
    for (const [tag, text] of Object.entries(map)) {
      const at = childPath(path, tag);
      if (!isLanguageTag(tag)) this.report(at, 'must be an RFC 5646 language tag');
      this.string(text, at);
    }
  }

  /** An extensions map: IRI keys, any values (including null). */
  extensions(value: unknown, path: string): void {
    const map = this.map(value, path, 'an extensions object');
    if (!map) return;
    for (const key of Object.keys(map)) {
      if (!isIri(key)) this.report(childPath(path, key), 'extension keys must be IRIs');
    }
  }

  /** An array; each element is checked by `each`. */
  array(
    value: unknown,
    path: string,
    each: (item: unknown, itemPath: string, index: number) => void,
  ): unknown[] | undefined {
    if (!Array.isArray(value)) {
      this.report(path, value === null ? 'must not be null' : 'must be an array');
      return undefined;
    }
    for (const [index, item] of value.entries()) each(item, childPath(path, index), index);
    return value;
  }

  /** Runs `check` on `record[key]` when the key is present. */
  optional(
    record: Record<string, unknown>,
    key: string,
    path: string,
    check: (value: unknown, at: string) => void,
  ): void {
    if (key in record) check(record[key], childPath(path, key));
  }
}
