import { Anchor, Paper, Tabs } from '@mantine/core';
import { IconAward, IconCertificate, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from '../../components/not-found-page.tsx';
import { Page } from '../../components/page.tsx';
import { homePathOf } from '../../session/home-path.ts';
import { useSession } from '../../session/session-context.tsx';
import { AchievementsPanel } from './achievements-panel.tsx';
import { IssuedCredentialsPanel } from './issued-credentials-panel.tsx';
import { IssuerKeysPanel } from './issuer-keys-panel.tsx';

const TABS = ['achievements', 'issued', 'issuer'] as const;
type Tab = (typeof TABS)[number];
const ICONS = { achievements: IconAward, issued: IconCertificate, issuer: IconKey };

/**
 * `/o/:orgSlug/achievements`, for administrators: the achievements (criteria, stacking, validity), the
 * credentials issued with revocation, and the issuer key with its rotation, as tabs (`?tab=`).
 */
export function AchievementsAdminPage() {
  const { t } = useTranslation();
  const { orgSlug } = useParams();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const membership = me?.memberships.find((m) => m.orgSlug === orgSlug && m.role === 'admin');
  if (!membership) return <NotFoundPage />;
  const requested = params.get('tab');
  const tab: Tab = TABS.find((name) => name === requested) ?? 'achievements';
  const orgId = membership.orgId;
  return (
    <Page
      title={t('credentials.admin.title')}
      intro={
        <>
          <Anchor component={Link} to={homePathOf(membership)} size="sm" display="block" mb={4}>
            {t('credentials.admin.backHome')}
          </Anchor>
          {t('credentials.admin.intro')}
        </>
      }
    >
      <Paper withBorder radius="lg" p={{ base: 'sm', sm: 'lg' }}>
        <Tabs
          value={tab}
          onChange={(next) =>
            setParams(next && next !== 'achievements' ? { tab: next } : {}, { replace: true })
          }
          keepMounted={false}
        >
          <Tabs.List
            aria-label={t('credentials.admin.tabsLabel')}
            mb="lg"
            style={{ overflowX: 'auto', flexWrap: 'nowrap' }}
          >
            {TABS.map((name) => {
              const Icon = ICONS[name];
              return (
                <Tabs.Tab key={name} value={name} leftSection={<Icon size={18} aria-hidden="true" />}>
                  {t(`credentials.admin.tabs.${name}`)}
                </Tabs.Tab>
              );
            })}
          </Tabs.List>
          <Tabs.Panel value="achievements">
            <AchievementsPanel orgId={orgId} />
          </Tabs.Panel>
          <Tabs.Panel value="issued">
            <IssuedCredentialsPanel orgId={orgId} />
          </Tabs.Panel>
          <Tabs.Panel value="issuer">
            <IssuerKeysPanel orgId={orgId} />
          </Tabs.Panel>
        </Tabs>
      </Paper>
    </Page>
  );
}
