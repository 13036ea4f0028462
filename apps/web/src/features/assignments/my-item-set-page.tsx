import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { Membership } from '@pathwise/contracts';
import { IconArrowRight } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NotFoundPage } from '../../components/not-found-page.tsx';
import { Page } from '../../components/page.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { useLocalized } from '../../i18n/use-localized.ts';
import { ItemView } from '../learning/item-view.tsx';
import { learnPaths, useLearnerOrg } from '../learning/use-learner-org.ts';
import {
  assignmentPaths,
  type ItemSetView,
  itemSetApi,
  type SetAnswerResult,
  type SetItemServed,
} from './assignments-api.ts';

const STATE_BADGE = {
  unanswered: { color: 'gray', variant: 'light' },
  right: { color: 'green', variant: 'light' },
  wrong: { color: 'red.9', variant: 'outline' },
} as const;

/** `/o/:orgSlug/my/item-sets/:assignmentId`: the learner answers an assigned set of items, one at a time. */
export function MyItemSetPage() {
  const membership = useLearnerOrg();
  const { assignmentId = '' } = useParams();
  if (!membership) return <NotFoundPage />;
  return <ItemSetWork membership={membership} assignmentId={assignmentId} />;
}

/**
 * The set: its class, due date and instructions, each item's state (answered right, wrong, or not yet), then the
 * first item not answered yet, checked as practice checks it. Once its first try is known the learner may go on
 * (or try again); after the last one, the results. Coming back resumes at the first item not answered.
 */
function ItemSetWork({ membership, assignmentId }: { membership: Membership; assignmentId: string }) {
  const { t } = useTranslation();
  const { locale, pick } = useLocalized();
  const { orgId } = membership;
  const view = useApiData<ItemSetView>(assignmentPaths.itemSet(orgId, assignmentId));
  const [current, setCurrent] = useState<SetItemServed | null>(null);
  const [last, setLast] = useState<SetAnswerResult | null>(null);
  const [itemDone, setItemDone] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [served, setServed] = useState(0);
  const started = useRef(false);
  const nextButton = useRef<HTMLButtonElement>(null);

  const next = useCallback(async () => {
    setError(null);
    setLast(null);
    setItemDone(false);
    try {
      setCurrent(await itemSetApi.next(orgId, assignmentId));
      setServed((n) => n + 1);
    } catch (caught) {
      setCurrent(null);
      setError(caught);
    }
  }, [orgId, assignmentId]);

  useEffect(() => {
    if (started.current || !view.data) return;
    started.current = true;
    if (view.data.answered < view.data.total) void next();
  }, [view.data, next]);
  useEffect(() => {
    if (itemDone) nextButton.current?.focus();
  }, [itemDone]);

  const judge = async (stepId: string, answer: string, language: 'en' | 'es') => {
    if (!current) throw new Error('no item');
    const result = await itemSetApi.answer(orgId, assignmentId, {
      servedId: current.item.servedId,
      stepId,
      answer,
      locale: language,
    });
    if (result.itemAnswered && !last?.itemAnswered) void view.reload();
    setLast(result);
    return result;
  };
  const finish = () => {
    setCurrent(null);
    void view.reload();
  };

  const data = view.data;
  const tally = last ?? data;
  const answeredNow = last?.itemAnswered ?? false;
  const more = last ? last.answered < last.total : true;
  const done = data !== undefined && !current && data.answered >= data.total;
  return (
    <Page title={data?.title ?? t('assignments.itemSet.title')}>
      <Anchor component={Link} to={learnPaths.home(membership.orgSlug)}>
        {t('assignments.itemSet.back')}
      </Anchor>
      <ErrorAlert error={view.error} />
      {!data ? (
        view.error ? null : (
          <LoadingState />
        )
      ) : (
        <Stack gap="lg">
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {data.className} ·{' '}
              <time dateTime={data.dueAt}>
                {t('assignments.itemSet.due', { date: formatDate(data.dueAt, locale, true) })}
              </time>
            </Text>
            {data.instructions ? <Text style={{ whiteSpace: 'pre-wrap' }}>{data.instructions}</Text> : null}
            {tally ? (
              <Text fw={600}>
                {t('assignments.itemSet.tally', {
                  answered: tally.answered,
                  correct: tally.correct,
                  total: tally.total,
                })}
              </Text>
            ) : null}
          </Stack>
          <Stack gap={4} component="section" aria-labelledby="set-items-heading">
            <Title order={2} size="h4" id="set-items-heading">
              {t('assignments.itemSet.listTitle')}
            </Title>
            <Stack component="ol" gap={4} m={0} pl="lg">
              {data.items.map((item) => (
                <li key={item.position} data-set-item-state={item.state}>
                  <Group gap="xs">
                    <Text size="sm">
                      {t('assignments.itemSet.itemLabel', {
                        n: item.position + 1,
                        skill: pick(item.skill.name),
                      })}
                    </Text>
                    <Badge size="sm" {...STATE_BADGE[item.state]}>
                      {t(`assignments.itemSet.state.${item.state}`)}
                    </Badge>
                  </Group>
                </li>
              ))}
            </Stack>
          </Stack>
          {done ? (
            <Alert color="green" variant="light" title={t('assignments.itemSet.doneTitle')}>
              {t('assignments.itemSet.doneText', { total: data.total, correct: data.correct })}
            </Alert>
          ) : null}
          {current ? (
            <Stack gap="md" component="section" aria-labelledby="set-current-heading">
              <Title order={2} size="h3" id="set-current-heading">
                {t('assignments.itemSet.current', {
                  n: current.position + 1,
                  total: current.total,
                  skill: pick(current.skill.name),
                })}
              </Title>
              <ItemView
                key={current.item.servedId}
                orgId={orgId}
                item={current.item}
                placement={false}
                focusFirst={served > 1}
                judge={judge}
                onDone={() => setItemDone(true)}
              />
              {answeredNow ? (
                <Stack gap="xs" align="start">
                  {itemDone ? null : <Text size="sm">{t('assignments.itemSet.firstTry')}</Text>}
                  <Button
                    ref={nextButton}
                    onClick={() => (more ? void next() : finish())}
                    rightSection={<IconArrowRight size={18} aria-hidden="true" />}
                  >
                    {t(more ? 'assignments.itemSet.next' : 'assignments.itemSet.finish')}
                  </Button>
                </Stack>
              ) : null}
            </Stack>
          ) : null}
          <ErrorAlert error={error} />
        </Stack>
      )}
    </Page>
  );
}
