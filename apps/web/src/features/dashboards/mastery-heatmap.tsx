import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-localized.ts';
import type { ClassDashboard } from './dashboards-api.ts';

// Light backgrounds only, so that the dark figures keep AA contrast on every cell.
const SCALE = ['#ffe3e3', '#ffec99', '#fff3bf', '#d3f9d8', '#8ce99a'];

function shade(estimate: number): string {
  return SCALE[Math.min(SCALE.length - 1, Math.floor(estimate * SCALE.length))]!;
}

/**
 * Learners × skills as a real table (readable by screen readers as it is): each cell the learner's standing as on
 * their own pages, shaded by the estimate when one was measured, "Not started" or "Credited" when none was.
 */
export function MasteryHeatmap({
  data,
  onPage,
}: {
  data: Pick<ClassDashboard, 'skills' | 'heatmap'>;
  onPage: (offset: number) => void;
}) {
  const { t } = useTranslation();
  const { pick, percent } = useLocalized();
  const { learners, total, offset } = data.heatmap;
  return (
    <div>
      {/* A wide table scrolls sideways; the region takes focus so keyboard users can scroll it too (WCAG 2.1.1). */}
      <section
        className="pw-heatmap"
        data-testid="heatmap"
        aria-label={t('dashboards.dashboard.heatmapCaption')}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        tabIndex={0}
      >
        <table>
          <caption className="pw-figcaption" style={{ textAlign: 'left' }}>
            {t('dashboards.dashboard.heatmapCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboards.dashboard.learner')}</th>
              {data.skills.map((s) => (
                <th key={s.id} scope="col">
                  {pick(s.name)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {learners.map((l) => (
              <tr key={l.userId}>
                <th scope="row">{l.name}</th>
                {data.skills.map((s) => {
                  const cell = l.cells[s.id];
                  // A cell says its standing in words or as a measured percentage; colour is never alone.
                  if (!cell || cell.estimate === null) {
                    // No percentage: never started, credited, or known from the placement and not practised since.
                    const words =
                      cell?.status === 'credited'
                        ? t('dashboards.dashboard.cellCredited')
                        : cell?.status === 'mastered' || cell?.status === 'mastered-review-due'
                          ? t('dashboards.dashboard.cellMastered')
                          : null;
                    return (
                      <td key={s.id} style={{ background: words ? '#e6fcf5' : '#f8f9fa' }}>
                        {words ? `${words} ✓` : t('dashboards.dashboard.cellNotStarted')}
                        {cell?.status === 'mastered-review-due' ? (
                          <>
                            <br />
                            <small>{t('dashboards.dashboard.cellReviewDue')}</small>
                          </>
                        ) : null}
                      </td>
                    );
                  }
                  return (
                    <td key={s.id} style={{ background: shade(cell.estimate) }}>
                      {`${percent(cell.estimate)}${cell.mastered ? ' ✓' : ''}`}
                      {cell.status === 'mastered-review-due' ? (
                        <>
                          <br />
                          <small>{t('dashboards.dashboard.cellReviewDue')}</small>
                        </>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <Text size="sm" mt="xs">
        {t('dashboards.dashboard.legendStanding')}
      </Text>
      <Group mt="xs" gap="sm">
        <Text size="sm">
          {t('dashboards.dashboard.page', {
            from: total === 0 ? 0 : offset + 1,
            to: offset + learners.length,
            total,
          })}
        </Text>
        <Button
          size="xs"
          variant="default"
          disabled={offset === 0}
          onClick={() => onPage(Math.max(0, offset - 40))}
        >
          {t('dashboards.dashboard.previous')}
        </Button>
        <Button
          size="xs"
          variant="default"
          disabled={offset + learners.length >= total}
          onClick={() => onPage(offset + 40)}
        >
          {t('dashboards.dashboard.next')}
        </Button>
      </Group>
    </div>
  );
}
