import { Alert, Anchor, Badge, Drawer, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { useLocalized } from '../../i18n/use-localized.ts';
import { FigureView } from '../learning/figure-view.tsx';
import { MathText } from '../learning/math-text.tsx';
import { type ItemDetail, itemBankPaths, splitStem } from './item-bank-api.ts';
import { ItemActions } from './item-detail-actions.tsx';
import { useSourceLabel } from './source-label.ts';

interface ItemDetailDrawerProps {
  orgId: string;
  /** The open item, or null when the drawer is closed. */
  itemId: string | null;
  onClose(): void;
  /** After the item was archived (the bank reloads). */
  onChanged?(): void;
}

/** One item of the bank in a drawer: the problem, each step with its answer, hints and scaffolds, the credit. */
export function ItemDetailDrawer({ orgId, itemId, onClose, onChanged }: ItemDetailDrawerProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const detail = useApiData<ItemDetail>(itemId ? itemBankPaths.item(orgId, itemId) : null);
  const item = detail.data && detail.data.id === itemId ? detail.data : null;
  const title = item ? splitStem(pick(item.stem)).title : t('itemBank.detail.loading');
  return (
    // NOTE: the header is a `div`: Mantine's default `<header>` counts as a second banner landmark for axe-core.
    <Drawer.Root opened={itemId !== null} onClose={onClose} position="right" size="xl">
      <Drawer.Overlay />
      <Drawer.Content>
        <Drawer.Header component="div">
          <Drawer.Title fw={650} fz="lg">
            <MathText text={title} />
          </Drawer.Title>
          <Drawer.CloseButton aria-label={t('itemBank.detail.close')} />
        </Drawer.Header>
        <Drawer.Body>
          <ErrorAlert error={detail.error} />
          {item ? (
            <Stack gap="md">
              <ItemActions orgId={orgId} item={item} onArchived={() => (onChanged ?? onClose)()} />
              <ItemDetailView item={item} />
            </Stack>
          ) : detail.error ? null : (
            <LoadingState />
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}

/** The body of an open item (also used by its component test). */
export function ItemDetailView({ item }: { item: ItemDetail }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const sourceLabel = useSourceLabel();
  const { rest } = splitStem(pick(item.stem));
  return (
    <Stack gap="md" data-item-detail={item.id}>
      {item.sample ? (
        <Alert variant="light" color="blue">
          {t('itemBank.detail.sample')}
        </Alert>
      ) : null}
      <Group gap="xs" wrap="wrap">
        <Badge variant="light" color="gray" tt="none">
          {t('itemBank.detail.skill')}: {item.skillName ? pick(item.skillName) : item.skillId}
        </Badge>
        <Badge variant="light" color="gray" tt="none">
          {t('itemBank.detail.source')}: {sourceLabel(item.source)}
        </Badge>
        <Badge variant="light" color="gray" tt="none">
          {t('itemBank.detail.difficulty')}:{' '}
          {t('itemBank.detail.difficultyLevel', { level: item.difficulty })}
        </Badge>
        {item.status !== 'published' ? (
          <Badge variant="light" color="orange" tt="none">
            {t(`itemBank.status.${item.status}`)}
          </Badge>
        ) : null}
      </Group>
      {item.authoring ? <AuthoringNote authoring={item.authoring} /> : null}
      <Text size="xs" c="dimmed">
        {t('itemBank.detail.id')}: <code>{item.id}</code>
      </Text>
      <section aria-labelledby="item-problem">
        <Title order={3} size="h4" id="item-problem" mb={4}>
          {t('itemBank.detail.problem')}
        </Title>
        {rest ? (
          <Text style={{ whiteSpace: 'pre-line' }} lh={1.6}>
            <MathText text={rest} />
          </Text>
        ) : null}
        {item.figure ? <FigureView figure={item.figure} /> : null}
      </section>
      <section aria-labelledby="item-steps">
        <Title order={3} size="h4" id="item-steps" mb="xs">
          {t('itemBank.detail.steps')}
        </Title>
        <Stack gap="sm">
          {item.steps.map((step, index) => (
            <StepDetail key={step.id} step={step} number={index + 1} total={item.steps.length} />
          ))}
        </Stack>
      </section>
      {item.attribution ? (
        <Text size="xs" c="dimmed">
          <strong>{t('itemBank.detail.attribution')}:</strong> {item.attribution.text}{' '}
          <Anchor href={item.attribution.url} size="xs" target="_blank" rel="noreferrer">
            {item.attribution.url}
          </Anchor>
        </Text>
      ) : null}
    </Stack>
  );
}

function StepDetail({
  step,
  number,
  total,
}: {
  step: ItemDetail['steps'][number];
  number: number;
  total: number;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const headingId = `item-step-${number}`;
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Title order={4} size="h5" id={headingId}>
          {t('itemBank.detail.step', { number, total })}
        </Title>
        <Text style={{ whiteSpace: 'pre-line' }}>
          <MathText text={pick(step.prompt)} />
        </Text>
        <Text>
          <strong>{t('itemBank.detail.answer')}:</strong> <code>{pick(step.answer.text)}</code>
        </Text>
        {step.guidingQuestion ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            <strong>{t('itemBank.detail.guidingQuestion')}:</strong>{' '}
            <MathText text={pick(step.guidingQuestion)} />
          </Text>
        ) : null}
        <Title order={5} size="h6">
          {t('itemBank.detail.hints')}
        </Title>
        {step.hints.length > 0 ? (
          <List type="ordered" size="sm" spacing={4}>
            {step.hints.map((hint, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: hints are ordered and never move
              <List.Item key={i} style={{ whiteSpace: 'pre-line' }}>
                <MathText text={pick(hint)} />
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">{t('itemBank.detail.noHints')}</Text>
        )}
        {step.scaffolds.length > 0 ? (
          <>
            <Title order={5} size="h6">
              {t('itemBank.detail.scaffolds')}
            </Title>
            <List size="sm" spacing={4}>
              {step.scaffolds.map((scaffold) => (
                <List.Item key={scaffold.id}>
                  <MathText text={pick(scaffold.prompt)} /> — {t('itemBank.detail.answer')}:{' '}
                  <code>{pick(scaffold.answer.text)}</code>
                </List.Item>
              ))}
            </List>
          </>
        ) : null}
        {step.misconceptions.length > 0 ? (
          <>
            <Title order={5} size="h6">
              {t('itemBank.detail.misconceptions')}
            </Title>
            <List size="sm" spacing={4}>
              {step.misconceptions.map((m) => (
                <List.Item key={m.id}>
                  <code>{pick(m.answer.text)}</code>: <MathText text={pick(m.feedback)} />
                </List.Item>
              ))}
            </List>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Who wrote an authored item, its credit, and whether Spanish shows the English text. */
function AuthoringNote({ authoring }: { authoring: NonNullable<ItemDetail['authoring']> }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      {authoring.author ? (
        <Text size="sm">{t('itemBank.detail.author', { name: authoring.author })}</Text>
      ) : null}
      {authoring.attribution ? (
        <Text size="sm" c="dimmed">
          <strong>{t('itemBank.detail.attribution')}:</strong> {authoring.attribution}
        </Text>
      ) : null}
      {authoring.languages.includes('es') ? null : (
        <Text size="sm" c="orange.9">
          {t('itemBank.detail.englishOnly')}
        </Text>
      )}
    </Stack>
  );
}
