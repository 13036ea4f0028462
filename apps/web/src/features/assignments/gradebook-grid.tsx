import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format-date.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import {
  type Assignment,
  type AssignmentProgress,
  assignmentTitle,
  type Gradebook,
} from './assignments-api.ts';
import { StatusBadge } from './status-badge.tsx';

/** The cell a teacher chose to override. */
export interface CellChoice {
  learner: { userId: string; name: string };
  assignment: Assignment;
  cell: AssignmentProgress;
}

/**
 * Learners × assignments as a real table: each cell the status in words, "Late" when it is, the share of skills
 * mastered (of an item set: of its items answered right, and how many are answered), and the teacher's override
 * with its reason (text, never markup) when there is one.
 */
export function GradebookGrid({
  book,
  onEdit,
  assessHref,
}: {
  book: Gradebook;
  onEdit?: (choice: CellChoice) => void;
  /** Where a project's assessment page is (given by the page, inside the router). */
  assessHref?: (assignmentId: string) => string;
}) {
  const { t } = useTranslation();
  const { locale, pick, percent } = useLocalized();
  return (
    <section
      className="pw-heatmap"
      aria-label={t('assignments.gradebook.caption')}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
    >
      <table>
        <caption className="pw-figcaption" style={{ textAlign: 'left' }}>
          {t('assignments.gradebook.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('assignments.gradebook.learner')}</th>
            {book.assignments.map((a) => (
              <th key={a.id} scope="col">
                {assignmentTitle(a, pick)}
                <br />
                <small>{t('assignments.gradebook.dueOn', { date: formatDate(a.dueAt, locale) })}</small>
                {a.kind === 'project' && assessHref ? (
                  <>
                    <br />
                    <Link to={assessHref(a.id)}>{t('projects.gradebook.open')}</Link>
                  </>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {book.learners.map((l) => (
            <tr key={l.userId}>
              <th scope="row">{l.name}</th>
              {book.assignments.map((a, i) => {
                const cell = l.cells[i];
                if (!cell) return <td key={a.id} />;
                return (
                  <td key={a.id} data-status={cell.status}>
                    <Stack gap={4} align="start">
                      <StatusBadge status={cell.status} late={cell.late} />
                      {cell.project !== undefined ? (
                        <Text size="sm">{t(`projects.status.${cell.project ?? 'none'}`)}</Text>
                      ) : (
                        <Text size="sm">{percent(cell.mastery)}</Text>
                      )}
                      {cell.items ? (
                        <Text size="xs">{t('assignments.gradebook.items', { ...cell.items })}</Text>
                      ) : null}
                      {cell.override ? (
                        <Text size="xs" fs="italic">
                          {t('assignments.gradebook.overridden', { reason: cell.override.reason })}
                          {cell.override.grade ? (
                            <>
                              <br />
                              {t('assignments.gradebook.grade', { grade: cell.override.grade })}
                            </>
                          ) : null}
                        </Text>
                      ) : null}
                      {onEdit ? (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          aria-label={t('assignments.gradebook.editLabel', {
                            learner: l.name,
                            assignment: assignmentTitle(a, pick),
                          })}
                          onClick={() => onEdit({ learner: l, assignment: a, cell })}
                        >
                          {t('assignments.gradebook.edit')}
                        </Button>
                      ) : null}
                    </Stack>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
