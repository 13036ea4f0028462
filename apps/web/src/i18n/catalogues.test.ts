// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { es } from './es.ts';

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.includes('.test.') ? [path] : [];
  });
}

const english = flatten(en);
const spanish = flatten(es);

describe('translation catalogues', () => {
  it('Spanish has exactly the keys of English', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('no message is empty, and each language uses the same {{placeholders}}', () => {
    for (const [key, text] of english) {
      expect(text.trim(), key).not.toBe('');
      expect(spanish.get(key)?.trim(), key).not.toBe('');
      expect(placeholders(spanish.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('Spanish is translated, not copied (beyond names and words both languages share)', () => {
    // A message made only of placeholders and punctuation reads the same in both ('{{part}}: {{reason}}').
    const words = (text: string) => /\p{L}/u.test(text.replace(/\{\{[^}]*\}\}/g, ''));
    const same = [...english]
      .filter(([key, text]) => spanish.get(key) === text && words(text))
      .map(([key]) => key);
    expect(same.sort()).toEqual(['app.name', 'audit.system', 'language.en', 'language.es'].sort());
  });

  it('every literal key the code asks for exists in English', () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const missing: string[] = [];
    for (const file of sourceFiles(root)) {
      const code = readFileSync(file, 'utf8');
      for (const match of code.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) {
        const key = match[1] ?? '';
        // A counted message has its plural forms instead (`key_one`, `key_other`).
        const known = english.has(key) || (english.has(`${key}_one`) && english.has(`${key}_other`));
        if (!known) missing.push(`${file.slice(root.length)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
