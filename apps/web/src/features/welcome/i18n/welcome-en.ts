/** English strings of the signed-out home page (`/`), merged into the app's catalogue under `welcome`. */
export const welcomeEn = {
  title: 'Learn skills, and prove them',
  intro:
    'Pathwise is an open platform for skills-based learning: practice that adapts to you, a tutor that guides, and credentials that anyone can check.',
  join: 'Join with a code',
  signIn: 'Sign in',
  verify: 'Verify a credential',
  noAccount: 'New to Pathwise?',
  createAccount: 'Create an account',
  whoTitle: 'What you can do here',
  learnerTitle: 'Learners',
  learnerText:
    'Join your school or organization with a code. A short placement finds what you already know; then you practise the skills you are ready for, with a tutor that asks guiding questions instead of giving answers. The credentials you earn are yours to download and share.',
  teacherTitle: 'Teachers',
  teacherText:
    'Assign pathways to your classes and follow each class on its dashboard: mastery per skill, the skills the class finds hard, and the learners who need help, with the reasons. An assistant drafts lesson plans, quizzes and rubrics for you to edit.',
  adminTitle: 'Administrators',
  adminText:
    'Manage the members of your organization and how they join, the skills framework and the achievements you award. Credentials are signed with your organization’s own keys, and an audit trail records who changed what.',
  employerTitle: 'Employers',
  employerText:
    'Check a credential without an account: its signature, its issuer, and whether it was revoked or expired. With an account, match a record that a learner shared with you against the skills of a job.',
  selfHosted: 'Pathwise is open and runs on your organization’s own server.',
};
