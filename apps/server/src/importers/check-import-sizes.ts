import { MAX_COMPANION_CHARS } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';
import { type CompanionKey, IMPORT_FORMATS, type ImportFormat } from '@pathwise/core/importers';

const COMPANIONS: readonly CompanionKey[] = ['standards', 'bktParams', 'coursePlan'];

/**
 * Refuses (413, naming each file and its cap) an upload whose problems file is over its format's cap or whose
 * companion file is over {@link MAX_COMPANION_CHARS}, before a run is created.
 * @example
 * checkImportSizes({ format: 'gsm8k', problems: text }); // throws payload_too_large past 4 MiB
 */
export function checkImportSizes(
  upload: { format: ImportFormat; problems: string } & Partial<Record<CompanionKey, string>>,
): void {
  const caps: [string, number][] = [
    ['problems', IMPORT_FORMATS[upload.format].maxProblemsChars],
    ...COMPANIONS.map((key): [string, number] => [key, MAX_COMPANION_CHARS]),
  ];
  const over = caps.flatMap(([field, cap]) => {
    const text = upload[field as 'problems' | CompanionKey];
    return typeof text === 'string' && text.length > cap
      ? [
          {
            field: `body/${field}`,
            message: `is ${text.length} characters; at most ${cap} for ${upload.format}`,
          },
        ]
      : [];
  });
  if (over.length > 0)
    throw new AppError(
      'payload_too_large',
      `The import file is too large: ${over.map((o) => `${o.field} ${o.message}`).join('; ')}`,
      over,
    );
}
