import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { assignmentPagePaths } from './assignments-api.ts';

/** The class dashboard's way to the class's gradebook and assignments. */
export function GradebookLink({ orgSlug, classId }: { orgSlug: string; classId: string }) {
  const { t } = useTranslation();
  return (
    <Button component={Link} variant="light" to={assignmentPagePaths.gradebook(orgSlug, classId)}>
      {t('assignments.gradebook.link')}
    </Button>
  );
}
