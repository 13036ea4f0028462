import { credentialsAdminEn } from './credentials-admin-en.ts';
import { credentialsAwardEn } from './credentials-award-en.ts';
import { credentialsDiscoveryEn } from './credentials-discovery-en.ts';
import { credentialsEvidenceEn } from './credentials-evidence-en.ts';
import { credentialsImageEn } from './credentials-image-en.ts';
import { credentialsLinksEn } from './credentials-links-en.ts';
import { credentialsMeaningEn } from './credentials-meaning-en.ts';
import { credentialsProfilesEn } from './credentials-profiles-en.ts';
import { credentialsPublicProfileEn } from './credentials-public-profile-en.ts';
import { credentialsShowcaseEn } from './credentials-showcase-en.ts';
import { credentialsSkillEn } from './credentials-skill-en.ts';

/** English strings of the credential pages, merged into the app's catalogue under `credentials`. */
export const credentialsEn = {
  admin: credentialsAdminEn,
  award: credentialsAwardEn,
  discovery: credentialsDiscoveryEn,
  evidence: credentialsEvidenceEn,
  profiles: credentialsProfilesEn,
  publicProfile: credentialsPublicProfileEn,
  links: credentialsLinksEn,
  skill: credentialsSkillEn,
  meaning: credentialsMeaningEn,
  showcase: credentialsShowcaseEn,
  image: credentialsImageEn,
  home: {
    nav: 'Credentials',
    record: 'My record and sharing',
    match: 'Match a shared record',
    verify: 'Verify a credential',
  },
  checks: {
    'well-formed': 'Well-formed credential',
    signature: 'Signature',
    'issuer-key': 'Issuer and key',
    'issuer-known': 'Known issuer',
    'revocation-status': 'Revocation status',
    'validity-dates': 'Validity dates',
    'log-inclusion': 'Inclusion in the public issuance log',
    passed: 'passed',
    failed: 'failed',
  },
  verify: {
    title: 'Verify a credential',
    intro:
      'Check a credential file without an account: its signature, its issuer and key, whether it was revoked, its dates, and its place in the public issuance log.',
    fileLabel: 'Credential file (JSON)',
    pasteLabel: 'Or paste the credential',
    submit: 'Verify',
    notJson: 'This is not a JSON file, so it cannot be a credential.',
    resultTitle: 'Result',
  },
  share: {
    title: 'Shared credentials',
    from: 'Shared by {{name}}. The link works until {{date}}.',
    revoked: 'This share link was revoked by the learner.',
    expired: 'This share link expired on {{date}}.',
    notFound: 'There is no share link at this address.',
    state: { active: 'Active', revoked: 'Revoked', expired: 'Expired' },
  },
  record: {
    title: 'My record',
    intro: 'Every credential you earned, the skills behind them, and who you shared them with.',
    backHome: '← Back to your home',
    credentialsTitle: 'Credentials',
    none: 'No credential yet: master the skills of an achievement and it is issued to you.',
    issued: 'Issued {{date}}',
    evidence: 'Evidence: {{narrative}}',
    evidenceLink: 'See the work behind {{name}}',
    download: 'Download {{name}}',
    exportClr: 'Download the whole record (signed CLR 2.0)',
    notificationsTitle: 'New',
    notification: 'You earned “{{name}}”.',
    revoked:
      'Revoked: {{reason}}. It is not issued to you again by practice; only an administrator can re-award it.',
    skillsTitle: 'Skills with evidence',
    skillLine: '{{name}}: estimate {{estimate}} %',
    skillStanding: '{{name}}: {{standing}}',
    shareTitle: 'Share',
    shareIntro: 'Choose credentials and how long the link works. Anyone with the link can verify them.',
    days: 'Days the link works',
    create: 'Create the link',
    created: 'Link created. Copy it now, or later from your links:',
    linksTitle: 'My share links',
    views: '{{count}} views',
    shared: '{{count}} credentials',
    revoke: 'Revoke link {{label}}',
    linkState: { active: 'Active', revoked: 'Revoked', expired: 'Expired' },
  },
  employer: {
    title: 'Match a shared record',
    intro:
      'Paste a share link a learner gave you and pick a job profile: each required skill shows whether a verified credential backs it.',
    profile: 'Job profile',
    link: 'Share link',
    submit: 'Match',
    score: 'Score {{score}} %: {{explanation}}',
    met: 'Met',
    notMet: 'Not met',
    skill: 'Required skill',
    status: 'Status',
    evidence: 'Credentials behind it',
    partial: 'Partly met',
    summary: '{{met}} of {{total}} required skills are backed by a shared, active credential',
    summaryPartial:
      '{{met}} of {{total}} required skills are backed by a shared, active credential, {{partial}} more in part',
    weighted: 'Skills count by their O*NET importance.',
    throughCrosswalk:
      'Through the crosswalk to {{framework}} {{code}} “{{name}}”: {{held}} of the {{mapped}} framework skills mapped to it are held.',
    halfRule: 'A broad skill counts as met when at least half of the skills mapped to it are held.',
    profilesLink: 'Job profiles: see them or build one',
    groupManual: 'Written by hand',
    groupFrom: 'From {{source}}',
    niceTitle: 'Nice to have',
    niceSkill: 'Nice-to-have skill',
    niceSummary:
      '{{met}} of {{total}} nice-to-have skills are backed as well; each counts half in the score.',
    download: 'Download the match (CSV)',
    csv: {
      learner: 'Shared by',
      score: 'Score',
      skill: 'Skill',
      code: 'Code',
      kind: 'Kind',
      weight: 'Weight',
      crosswalk: 'Crosswalk',
      required: 'Required',
      nice: 'Nice to have',
    },
  },
};
