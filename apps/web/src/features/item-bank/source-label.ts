import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const IMPORTED = new Set(['oatutor', 'mathcamps', 'gsm8k']);

/** The display name of an item source: the demo families, an importable dataset's name, or the source as stored. */
export function useSourceLabel(): (source: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (source: string) =>
      source === 'demo'
        ? t('itemBank.sources.demo')
        : IMPORTED.has(source)
          ? t(`importers.formats.${source}`)
          : source,
    [t],
  );
}
