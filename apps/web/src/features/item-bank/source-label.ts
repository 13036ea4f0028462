import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The display name of an item source: the demo families, the items teachers wrote, an importable dataset's name,
 * or the source as stored.
 */
export function useSourceLabel(): (source: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (source: string) =>
      source === 'demo' || source === 'authored'
        ? t(`itemBank.sources.${source}`)
        : // An import format's name comes from the import page's texts; any other source shows as stored.
          i18n.exists(`importers.formats.${source}`)
          ? t(`importers.formats.${source}`)
          : source,
    [t, i18n],
  );
}
