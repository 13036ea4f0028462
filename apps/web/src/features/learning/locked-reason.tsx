import { Trans } from 'react-i18next';
import { useLocalized } from '../../i18n/use-localized.ts';
import type { SkillRef } from './learning-api.ts';

/** Names joined as the language does it: "A, B and C" / "A, B y C". */
export function useNameList(): (refs: readonly SkillRef[]) => string {
  const { locale, pick } = useLocalized();
  const format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return (refs) => format.format(refs.map((r) => pick(r.name)));
}

/** Why a skill is locked: "Master *Combine like terms* first." (and where to start, when that differs). */
export function LockedReason({ missing, startWith }: { missing: SkillRef[]; startWith: SkillRef[] }) {
  const names = useNameList();
  const sameStart =
    startWith.length === missing.length && startWith.every((s) => missing.some((m) => m.id === s.id));
  return (
    <>
      <Trans
        i18nKey="learning.map.lockedReason"
        values={{ skills: names(missing) }}
        components={[<strong key="s" />]}
      />
      {startWith.length > 0 && !sameStart ? (
        <>
          {' '}
          <Trans
            i18nKey="learning.map.startWith"
            values={{ skills: names(startWith) }}
            components={[<strong key="s" />]}
          />
        </>
      ) : null}
    </>
  );
}
