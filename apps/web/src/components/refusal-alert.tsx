import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode, Ref } from 'react';

/**
 * Why a form was refused, announced at once; the form moves focus here (through `ref`) after a refused submit.
 *
 * @example
 * {refusal ? <RefusalAlert ref={alert} title={t('framework.form.problemTitle')}>{refusal}</RefusalAlert> : null}
 */
export function RefusalAlert(props: { ref?: Ref<HTMLDivElement>; title: string; children: ReactNode }) {
  return (
    <Alert
      ref={props.ref}
      tabIndex={-1}
      role="alert"
      color="red"
      variant="light"
      title={props.title}
      icon={<IconAlertCircle aria-hidden="true" />}
    >
      {props.children}
    </Alert>
  );
}
