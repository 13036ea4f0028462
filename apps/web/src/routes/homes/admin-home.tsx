import { Anchor, Paper, Tabs, Text } from '@mantine/core';
import {
  IconDatabaseImport,
  IconHistory,
  IconKey,
  IconMail,
  IconTicket,
  IconUsers,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { accountPaths } from '../../features/account/account-api.ts';
import { AchievementsAdminLink } from '../../features/credentials/achievements-admin-link.tsx';
import { DashboardLinks } from '../../features/dashboards/dashboard-links.tsx';
import { FrameworkAdminLink } from '../../features/framework/framework-admin-link.tsx';
import { ImportPanel } from '../../features/importers/import-panel.tsx';
import { ItemBankLink } from '../../features/item-bank/item-bank-link.tsx';
import { AuditPanel } from '../admin/audit-panel.tsx';
import { InvitationsPanel } from '../admin/invitations-panel.tsx';
import { JoinCodesPanel } from '../admin/join-codes-panel.tsx';
import { MembersPanel } from '../admin/members-panel.tsx';
import { TokensPanel } from '../admin/tokens-panel.tsx';
import { HomePage, type HomeProps } from './home-page.tsx';

const TABS = ['members', 'invitations', 'joinCodes', 'tokens', 'audit', 'imports'] as const;
type Tab = (typeof TABS)[number];
const ICONS = {
  members: IconUsers,
  invitations: IconMail,
  joinCodes: IconTicket,
  tokens: IconKey,
  audit: IconHistory,
  imports: IconDatabaseImport,
};

/** The administrator's home: members, invitations, join codes, API tokens and the audit trail, as tabs. */
export function AdminHome(props: HomeProps) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: Tab = TABS.find((name) => name === requested) ?? 'members';
  const orgId = props.membership.orgId;
  return (
    <HomePage {...props} intro={t('home.admin.intro', { orgName: props.membership.orgName })}>
      <DashboardLinks orgSlug={props.membership.orgSlug} admin />
      <AchievementsAdminLink orgSlug={props.membership.orgSlug} />
      <FrameworkAdminLink orgSlug={props.membership.orgSlug} />
      <ItemBankLink orgSlug={props.membership.orgSlug} />
      <Paper withBorder radius="lg" p={{ base: 'sm', sm: 'lg' }}>
        <Tabs
          value={tab}
          onChange={(next) => setParams(next && next !== 'members' ? { tab: next } : {}, { replace: true })}
          keepMounted={false}
        >
          <Tabs.List
            aria-label={t('home.admin.tabsLabel')}
            mb="lg"
            style={{ overflowX: 'auto', flexWrap: 'nowrap' }}
          >
            {TABS.map((name) => {
              const Icon = ICONS[name];
              return (
                <Tabs.Tab key={name} value={name} leftSection={<Icon size={18} aria-hidden="true" />}>
                  {t(name === 'imports' ? 'importers.tab' : `home.admin.${name}`)}
                </Tabs.Tab>
              );
            })}
          </Tabs.List>
          <Tabs.Panel value="members">
            <MembersPanel orgId={orgId} myUserId={props.me.user.id} />
          </Tabs.Panel>
          <Tabs.Panel value="invitations">
            <InvitationsPanel orgId={orgId} />
          </Tabs.Panel>
          <Tabs.Panel value="joinCodes">
            <JoinCodesPanel orgId={orgId} roles={['learner', 'teacher']} />
          </Tabs.Panel>
          <Tabs.Panel value="tokens">
            <TokensPanel orgId={orgId} />
          </Tabs.Panel>
          <Tabs.Panel value="audit">
            <AuditPanel orgId={orgId} />
          </Tabs.Panel>
          <Tabs.Panel value="imports">
            <ImportPanel orgId={orgId} />
          </Tabs.Panel>
        </Tabs>
      </Paper>
      <Text c="dimmed" size="sm">
        <strong>{t('home.admin.privacyTitle')}:</strong> {t('home.admin.privacyText')}{' '}
        <Anchor component={Link} to={accountPaths.account}>
          {t('home.openAccount')}
        </Anchor>
      </Text>
      <Text c="dimmed" size="sm">
        <strong>{t('home.admin.laterTitle')}:</strong> {t('home.admin.laterText')}
      </Text>
    </HomePage>
  );
}
