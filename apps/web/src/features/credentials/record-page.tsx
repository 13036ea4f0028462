import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  NumberInput,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type {
  CreatedShareLink,
  LearnerRecord,
  Membership,
  ShareLinkList,
  ShareLinkSummary,
} from '@pathwise/contracts';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/api-client.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { CopyField } from '../../components/copy-field.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NotFoundPage } from '../../components/not-found-page.tsx';
import { Page } from '../../components/page.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { StandingIcon, useStandingText } from '../learning/skill-status-icon.tsx';
import { learnPaths, useLearnerOrg } from '../learning/use-learner-org.ts';
import { credentialPaths } from './credentials-api.ts';

const STATE_COLOR = { active: 'teal.9', revoked: 'red.9', expired: 'gray.7' } as const;

/** `/o/:orgSlug/record`: the learner's credentials and skills with evidence, downloads, and share links. */
export function RecordPage() {
  const membership = useLearnerOrg();
  if (!membership) return <NotFoundPage />;
  return <RecordView membership={membership} />;
}

function RecordView({ membership }: { membership: Membership }) {
  const { t, i18n } = useTranslation();
  const record = useApiData<LearnerRecord>(credentialPaths.record(membership.orgId));
  const unread = record.data?.notifications.some((n) => !n.read) ?? false;
  useEffect(() => {
    // NOTE: seen once is read: the "New" list stays on this visit and is gone on the next. Best effort: a failure
    // only means the list shows again.
    if (unread) api('POST', credentialPaths.notificationsRead(membership.orgId)).catch(() => {});
  }, [unread, membership.orgId]);
  const links = useApiData<ShareLinkList>(credentialPaths.shareLinks(membership.orgId));
  const date = (iso: string) => formatDate(iso, i18n.language);
  const standingText = useStandingText();
  const lang = i18n.language.startsWith('es') ? 'es' : 'en';
  return (
    <Page
      title={t('credentials.record.title')}
      intro={
        <>
          <Anchor component={Link} to={learnPaths.home(membership.orgSlug)} size="sm" display="block" mb={4}>
            {t('credentials.record.backHome')}
          </Anchor>
          {t('credentials.record.intro')}
        </>
      }
    >
      {record.loading && !record.data ? <LoadingState /> : null}
      <ErrorAlert error={record.error} />
      {record.data ? (
        <Stack gap="xl">
          {record.data.notifications.some((n) => !n.read) ? (
            <section aria-labelledby="record-new">
              <Title order={2} size="h3" id="record-new">
                {t('credentials.record.notificationsTitle')}
              </Title>
              <List>
                {record.data.notifications
                  .filter((n) => !n.read)
                  .map((n) => (
                    <List.Item key={n.id}>
                      {t('credentials.record.notification', { name: n.achievementName })}
                    </List.Item>
                  ))}
              </List>
            </section>
          ) : null}
          <section aria-labelledby="record-credentials">
            <Title order={2} size="h3" id="record-credentials" mb="sm">
              {t('credentials.record.credentialsTitle')}
            </Title>
            {record.data.credentials.length === 0 ? <Text>{t('credentials.record.none')}</Text> : null}
            <Stack gap="sm">
              {record.data.credentials.map((c) => (
                <Paper key={c.id} withBorder p="sm" data-testid="credential">
                  <Group justify="space-between">
                    <div>
                      <Text fw={600}>{c.achievementName}</Text>
                      <Text size="sm" c="dimmed">
                        {t('credentials.record.issued', { date: date(c.issuedAt) })}
                      </Text>
                      {c.state === 'revoked' ? (
                        <Text size="sm" data-testid="credential-revoked">
                          {t('credentials.record.revoked', { reason: c.revocationReason ?? '' })}
                        </Text>
                      ) : null}
                      {(c.evidence ?? []).map((e, i) => (
                        <Text size="sm" key={e.id ?? i}>
                          {e.narrative ? t('credentials.record.evidence', { narrative: e.narrative }) : null}{' '}
                          {e.id?.startsWith('http') ? (
                            <Anchor href={e.id} target="_blank" rel="noreferrer">
                              {t('credentials.record.evidenceLink', { name: c.achievementName })}
                            </Anchor>
                          ) : null}
                        </Text>
                      ))}
                    </div>
                    <Group gap="xs">
                      <Badge color={STATE_COLOR[c.state]}>{t(`credentials.share.state.${c.state}`)}</Badge>
                      <Anchor href={credentialPaths.file(membership.orgId, c.id)} download size="sm">
                        {t('credentials.record.download', { name: c.achievementName })}
                      </Anchor>
                    </Group>
                  </Group>
                </Paper>
              ))}
            </Stack>
            {record.data.credentials.length > 0 ? (
              <Anchor href={credentialPaths.clr(membership.orgId)} download display="block" mt="sm">
                {t('credentials.record.exportClr')}
              </Anchor>
            ) : null}
          </section>
          <section aria-labelledby="record-skills">
            <Title order={2} size="h3" id="record-skills" mb="sm">
              {t('credentials.record.skillsTitle')}
            </Title>
            <List>
              {record.data.skills.map((s) => (
                <List.Item key={s.skillId} icon={<StandingIcon status={s.status} size={16} />}>
                  {t('credentials.record.skillStanding', {
                    name: s.name[lang],
                    standing: standingText(s.status, s.estimate),
                  })}
                </List.Item>
              ))}
            </List>
          </section>
          <ShareSection membership={membership} record={record.data} onShared={links.reload} />
          <LinksSection membership={membership} links={links.data?.links ?? []} reload={links.reload} />
        </Stack>
      ) : null}
    </Page>
  );
}

function ShareSection(props: {
  membership: Membership;
  record: LearnerRecord;
  onShared: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const active = props.record.credentials.filter((c) => c.state === 'active');
  const [chosen, setChosen] = useState<string[]>([]);
  const [days, setDays] = useState<number>(30);
  const [url, setUrl] = useState<string | null>(null);
  const action = useAction();
  async function submit(event: FormEvent) {
    event.preventDefault();
    await action.run(async () => {
      const created = await api<CreatedShareLink>(
        'POST',
        credentialPaths.shareLinks(props.membership.orgId),
        {
          credentialIds: chosen,
          days,
        },
      );
      setUrl(created.url);
      await props.onShared();
    });
  }
  if (active.length === 0) return null;
  return (
    <section aria-labelledby="record-share">
      <Title order={2} size="h3" id="record-share">
        {t('credentials.record.shareTitle')}
      </Title>
      <Text mb="sm">{t('credentials.record.shareIntro')}</Text>
      <form onSubmit={submit}>
        <Stack maw={560}>
          <Checkbox.Group
            value={chosen}
            onChange={setChosen}
            label={t('credentials.record.credentialsTitle')}
          >
            <Stack gap={6} mt={6}>
              {active.map((c) => (
                <Checkbox key={c.id} value={c.id} label={c.achievementName} />
              ))}
            </Stack>
          </Checkbox.Group>
          <NumberInput
            label={t('credentials.record.days')}
            value={days}
            min={1}
            max={365}
            onChange={(v) => setDays(Number(v) || 1)}
            w={200}
          />
          <Button type="submit" loading={action.busy} disabled={chosen.length === 0} w="fit-content">
            {t('credentials.record.create')}
          </Button>
          <ErrorAlert error={action.error} />
          {url ? (
            <div role="status">
              <CopyField label={t('credentials.record.created')} value={url} />
            </div>
          ) : null}
        </Stack>
      </form>
    </section>
  );
}

function LinksSection(props: {
  membership: Membership;
  links: ShareLinkSummary[];
  reload: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const action = useAction();
  if (props.links.length === 0) return null;
  return (
    <section aria-labelledby="record-links">
      <Title order={2} size="h3" id="record-links" mb="sm">
        {t('credentials.record.linksTitle')}
      </Title>
      <ErrorAlert error={action.error} />
      <Stack gap="xs">
        {props.links.map((l) => (
          <Group key={l.id} justify="space-between" data-testid="share-link">
            <Text>
              {l.label || formatDate(l.expiresAt, i18n.language)} ·{' '}
              {t('credentials.record.shared', { count: l.credentialIds.length })} ·{' '}
              {t('credentials.record.views', { count: l.views })}
            </Text>
            <Group gap="xs">
              <Badge color={STATE_COLOR[l.state]}>{t(`credentials.record.linkState.${l.state}`)}</Badge>
              {l.state === 'active' ? (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() =>
                    action.run(async () => {
                      await api('DELETE', credentialPaths.shareLink(props.membership.orgId, l.id));
                      await props.reload();
                    })
                  }
                >
                  {t('credentials.record.revoke', {
                    label: l.label || formatDate(l.expiresAt, i18n.language),
                  })}
                </Button>
              ) : null}
            </Group>
          </Group>
        ))}
      </Stack>
    </section>
  );
}
