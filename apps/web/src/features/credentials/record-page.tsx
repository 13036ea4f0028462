import { Anchor, Button, Checkbox, List, NumberInput, Stack, Text, Title } from '@mantine/core';
import type { CreatedShareLink, LearnerRecord, Membership, ShareLinkList } from '@pathwise/contracts';
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
import { StandingIcon, useStandingText } from '../learning/skill-status-icon.tsx';
import { learnPaths, useLearnerOrg } from '../learning/use-learner-org.ts';
import { credentialPaths } from './credentials-api.ts';
import { DiscoverySection } from './discovery-section.tsx';
import { PublicProfileSection } from './public-profile-section.tsx';
import { RecordCredentialList } from './record-credential-card.tsx';
import { ShareLinksSection } from './share-links-section.tsx';

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
            <RecordCredentialList
              credentials={record.data.credentials}
              orgId={membership.orgId}
              onShared={links.reload}
            />
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
          <ShareLinksSection
            links={links.data?.links ?? []}
            onRename={async (id, label) => {
              await api('PATCH', credentialPaths.shareLink(membership.orgId, id), { label });
              await links.reload();
            }}
            onRevoke={async (id) => {
              await api('DELETE', credentialPaths.shareLink(membership.orgId, id));
              await links.reload();
            }}
          />
          <PublicProfileSection membership={membership} credentials={record.data.credentials} />
          <DiscoverySection
            membership={membership}
            credentials={record.data.credentials}
            onShared={links.reload}
          />
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
