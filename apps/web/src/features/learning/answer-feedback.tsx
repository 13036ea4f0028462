import { Alert } from '@mantine/core';
import { IconAlertTriangle, IconBulb, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/use-localized.ts';
import type { AnswerResult } from './learning-api.ts';
import { MathText } from './math-text.tsx';

/** The verdict on an answer: right, not yet (with the misconception's feedback when one fired), or unreadable. */
export function AnswerFeedback({ result, placement }: { result: AnswerResult; placement: boolean }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const message = <MathText text={pick(result.message)} />;
  if (result.result === 'invalid') {
    return (
      <Alert
        color="blue"
        variant="light"
        icon={<IconInfoCircle aria-hidden="true" />}
        title={t('learning.feedback.invalidTitle')}
      >
        {message} {t('learning.feedback.notCounted')}
      </Alert>
    );
  }
  if (result.result === 'correct') {
    return (
      <Alert
        color="green"
        variant="light"
        icon={<IconCircleCheck aria-hidden="true" />}
        title={t('learning.feedback.correctTitle')}
      >
        {message}
      </Alert>
    );
  }
  if (placement) {
    return (
      <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden="true" />}>
        {message}
      </Alert>
    );
  }
  return (
    <Alert
      color="orange"
      variant="light"
      icon={result.misconception ? <IconBulb aria-hidden="true" /> : <IconAlertTriangle aria-hidden="true" />}
      title={t(
        result.misconception ? 'learning.feedback.misconceptionTitle' : 'learning.feedback.incorrectTitle',
      )}
    >
      {message}
    </Alert>
  );
}
