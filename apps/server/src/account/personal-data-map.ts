import type { PersonColumn } from '@pathwise/db';

/** What the data export and the account erasure do with one column that can point at a person. */
export type PersonalDataRule =
  | {
      /** Where the rows appear in the export, as a dotted path of the export document. */
      exportedAs: string;
      /** What deleting the account does to them. */
      onDelete: string;
    }
  | {
      /** Why these rows are not in the export. */
      excluded: string;
      onDelete: string;
    };

/**
 * Every column of the schema that can name a person, and the decision about it. The coverage test lists the live
 * schema's columns (`listPersonColumns`) and fails on any column missing here, so a new table that stores people
 * cannot ship without a decision about export and erasure.
 */
export const PERSONAL_DATA_MAP: Readonly<Record<PersonColumn, PersonalDataRule>> = {
  'users.email': {
    exportedAs: 'profile',
    onDelete: 'erased (tombstone address), name erased, password unusable',
  },
  'memberships.user_id': { exportedAs: 'memberships', onDelete: 'deleted' },
  'sessions.user_id': {
    excluded: 'session token hashes and CSRF tokens are secrets; they end with the account',
    onDelete: 'deleted',
  },
  'email_verification_tokens.user_id': {
    excluded:
      'verification links are secrets (stored hashed); whether the address is verified is in the profile',
    onDelete: 'deleted',
  },
  'email_verification_tokens.email': {
    excluded: 'the address a verification link was sent to: the profile address, or an earlier one of it',
    onDelete: 'deleted',
  },
  'invitations.email': {
    exportedAs: 'invitations',
    onDelete: 'deleted (addressed to the person), once the address is verified; before, only accepted ones',
  },
  'invitations.accepted_by': { exportedAs: 'invitations', onDelete: 'deleted' },
  'invitations.invited_by': {
    excluded: "invitations the person sent carry other people's addresses",
    onDelete: 'kept, pointing at the tombstone',
  },
  'join_codes.created_by': {
    excluded: "the organization's join codes, used by other people",
    onDelete: 'kept, pointing at the tombstone',
  },
  'api_tokens.created_by': {
    exportedAs: 'apiTokens',
    onDelete: 'revoked (name, role and dates only are exported, never the hash)',
  },
  'audit_events.actor_user_id': {
    exportedAs: 'auditEntries',
    onDelete: 'kept: the audit trail; the id names nobody once the profile is erased',
  },
  'xapi_statements.agents': {
    exportedAs: 'xapi.statements',
    onDelete: 'deleted (with orphaned attachments)',
  },
  'xapi_statements.related_agents': {
    excluded:
      "statements that name the person only as instructor, team or authority belong to other learners' records",
    onDelete: 'kept',
  },
  'xapi_documents.agent_key': { exportedAs: 'xapi.documents', onDelete: 'deleted' },
  'xapi_credentials.created_by': {
    excluded: "the organization's LRS integration keys; their secrets are never exported",
    onDelete: 'kept, pointing at the tombstone',
  },
  'enrollments.user_id': { exportedAs: 'learning.enrollments', onDelete: 'deleted' },
  'learner_states.user_id': { exportedAs: 'learning.learnerStates', onDelete: 'deleted' },
  'learner_skill_states.user_id': { exportedAs: 'learning.skillStates', onDelete: 'deleted' },
  'mastery_history.user_id': { exportedAs: 'learning.masteryHistory', onDelete: 'deleted' },
  'served_items.user_id': { exportedAs: 'learning.servedItems', onDelete: 'deleted' },
  'attempts.user_id': { exportedAs: 'learning.attempts', onDelete: 'deleted' },
  'review_cards.user_id': { exportedAs: 'learning.reviewCards', onDelete: 'deleted' },
  'tutor_turns.user_id': { exportedAs: 'learning.tutorTurns', onDelete: 'deleted' },
  'classes.created_by': {
    excluded: "the organization's classes, with other people in them",
    onDelete: 'kept, pointing at the tombstone',
  },
  'class_members.user_id': { exportedAs: 'classes.memberships', onDelete: 'deleted' },
  'interventions.learner_id': { exportedAs: 'classes.interventionsAboutMe', onDelete: 'deleted' },
  'interventions.teacher_id': {
    excluded: 'interventions a teacher recorded are about other learners',
    onDelete: 'kept, pointing at the tombstone',
  },
  'learner_activity_daily.user_id': { exportedAs: 'analytics.dailyActivity', onDelete: 'deleted' },
  'analytics_consents.user_id': { exportedAs: 'analytics.consents', onDelete: 'deleted' },
  'risk_scores.user_id': { exportedAs: 'analytics.riskScores', onDelete: 'deleted' },
  'risk_history.user_id': { exportedAs: 'analytics.riskHistory', onDelete: 'deleted' },
  'issued_credentials.user_id': {
    exportedAs: 'credentials.issued',
    onDelete: 'unlinked; stored copy and evidence erased; slot and log index kept so it stays verifiable',
  },
  'issued_credentials.awarded_by': {
    excluded: 'credentials a teacher awarded belong to the learners who hold them',
    onDelete: 'kept, pointing at the tombstone',
  },
  'credential_notifications.user_id': { exportedAs: 'credentials.notifications', onDelete: 'deleted' },
  'share_links.user_id': {
    exportedAs: 'credentials.shareLinks',
    onDelete: 'deleted with their view log (token hashes are never exported)',
  },
  'discovery_settings.user_id': {
    exportedAs: 'credentials.discovery',
    onDelete: 'deleted (the secret behind their pseudonyms is never exported)',
  },
  'public_profiles.user_id': {
    exportedAs: 'credentials.publicProfiles',
    onDelete: 'deleted: the address answers 404 at once',
  },
  'contact_requests.learner_id': {
    exportedAs: 'credentials.contactRequestsReceived',
    onDelete: 'deleted (a share link made on accepting goes with the share links)',
  },
  'contact_requests.employer_id': {
    exportedAs: 'credentials.contactRequestsSent',
    onDelete: 'deleted; the export names the learner only by the pseudonym the employer knew',
  },
  'announcements.author_id': {
    exportedAs: 'messages.announcementsPosted',
    onDelete: 'kept for the class, pointing at the tombstone',
  },
  'announcement_reads.user_id': { exportedAs: 'messages.announcementsRead', onDelete: 'deleted' },
  'message_threads.learner_id': { exportedAs: 'messages.threads', onDelete: 'deleted with their messages' },
  'message_threads.teacher_id': {
    exportedAs: 'messages.threads',
    onDelete: "kept: the learner's conversation, pointing at the tombstone",
  },
  'messages.sender_id': {
    exportedAs: 'messages.sent',
    onDelete: "deleted with the learner's threads; in threads kept for a learner, pointing at the tombstone",
  },
  'user_settings.user_id': { exportedAs: 'messages.settings', onDelete: 'deleted' },
  'assignments.created_by': {
    excluded: "the class's assignments, set for other people",
    onDelete: 'kept, pointing at the tombstone',
  },
  'assignment_overrides.user_id': {
    exportedAs: 'assignments.gradebookOverrides',
    onDelete: 'deleted with their class memberships',
  },
  'item_set_serves.user_id': {
    exportedAs: 'assignments.itemSetServes',
    onDelete: 'deleted with their served items',
  },
  'assignment_overrides.set_by': {
    excluded: 'overrides a teacher set are about other learners',
    onDelete: 'kept, pointing at the tombstone',
  },
  'project_submissions.user_id': {
    exportedAs: 'projects.submissions',
    onDelete: 'deleted (versions, files, assessments)',
  },
  'project_assessments.assessed_by': {
    excluded: 'assessments a teacher made are of other learners',
    onDelete: 'kept, pointing at the tombstone',
  },
  'import_runs.created_by': {
    excluded: "the organization's content import runs",
    onDelete: 'kept, pointing at the tombstone',
  },
  'items.created_by': {
    excluded: "items a teacher wrote belong to the organization's item bank",
    onDelete: 'kept, pointing at the tombstone (the author shows as the erased name)',
  },
  'lessons.author_id': {
    excluded: "lessons a teacher saved belong to the organization's lessons",
    onDelete: 'kept, pointing at the tombstone',
  },
  'lesson_versions.created_by': {
    excluded: "versions of the organization's lessons",
    onDelete: 'kept, pointing at the tombstone',
  },
};
