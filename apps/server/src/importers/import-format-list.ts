import type { ImportFormatList } from '@pathwise/contracts';
import { IMPORT_FORMAT_NAMES, IMPORT_FORMATS } from '@pathwise/core/importers';

/** The import formats as the web page offers them: every entry of the registry, in its order. */
export function importFormatList(): ImportFormatList {
  return {
    formats: IMPORT_FORMAT_NAMES.map((name) => {
      const f = IMPORT_FORMATS[name];
      return {
        name,
        label: f.label,
        problemsFile: f.problemsFile,
        companions: f.companions.map((c) => ({ ...c })),
        figures: f.figures,
        maxProblemsChars: f.maxProblemsChars,
        attribution: { ...f.attribution },
      };
    }),
  };
}
