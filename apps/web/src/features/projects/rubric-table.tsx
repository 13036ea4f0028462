import { useTranslation } from 'react-i18next';
import { LEVELS } from './pass-rule.ts';
import type { ProjectLevel, ProjectSpec } from './projects-api.ts';

/** The rubric as a table (criteria × levels); with `levels`, each criterion's chosen level is marked in words. */
export function RubricTable({ spec, levels }: { spec: ProjectSpec; levels?: readonly ProjectLevel[] }) {
  const { t } = useTranslation();
  return (
    <section
      className="pw-heatmap"
      aria-label={t('projects.rubric.caption')}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
    >
      <table>
        <caption className="pw-figcaption" style={{ textAlign: 'left' }}>
          {t('projects.rubric.caption')} — {passRuleText(t, spec)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('projects.rubric.criterion')}</th>
            {LEVELS.map((l) => (
              <th key={l} scope="col">
                {t(`projects.levels.${l}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.criteria.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: criteria are positional (one level per criterion, by index) and never reorder
            <tr key={`${i}-${c.name}`}>
              <th scope="row">{c.name}</th>
              {LEVELS.map((l) => (
                <td key={l} data-chosen={levels?.[i] === l || undefined}>
                  {c.levels[l]}
                  {levels?.[i] === l ? <strong> ({t('projects.rubric.chosen')})</strong> : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The pass rule in words. */
export function passRuleText(
  t: (key: string, o?: Record<string, unknown>) => string,
  spec: ProjectSpec,
): string {
  return spec.passRule.kind === 'every_criterion_at_least'
    ? t('projects.rule.everyAtLeast', { level: t(`projects.levels.${spec.passRule.level ?? 'proficient'}`) })
    : t('projects.rule.minimumTotal', { total: spec.passRule.total ?? 0, max: spec.criteria.length * 4 });
}
