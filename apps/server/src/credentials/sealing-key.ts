import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfigurationKey } from '@pathwise/open-badges';
import type { Config } from '../runtime/config.ts';

const cache = new WeakMap<Config, Buffer>();

/**
 * The key that seals issuer private keys at rest: ISSUER_KEY_SECRET when set; in embedded mode a key generated
 * once into `DATA_DIR/issuer-key-secret` (mode 0600); in tests without a data folder, one key per process.
 */
export function sealingKey(config: Config): Buffer {
  const known = cache.get(config);
  if (known) return known;
  const key = config.issuerKeySecret
    ? parseConfigurationKey(config.issuerKeySecret)
    : config.dataDir.startsWith('memory://') || config.testMode
      ? processKey
      : fileKey(config.dataDir);
  cache.set(config, key);
  return key;
}

const processKey = randomBytes(32);

function fileKey(dataDir: string): Buffer {
  const path = join(dataDir, 'issuer-key-secret');
  try {
    return parseConfigurationKey(readFileSync(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  // NOTE: flag 'wx' fails when another process wrote the file first; it is then read back.
  try {
    writeFileSync(path, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return parseConfigurationKey(readFileSync(path, 'utf8'));
}
