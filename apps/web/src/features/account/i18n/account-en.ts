/** English strings of the account page, merged into the app's catalogue under `account`. */
export const accountEn = {
  menu: 'My account and data',
  title: 'Your account',
  intro: 'Your details, a copy of everything Pathwise holds about you, and deleting your account.',
  details: {
    title: 'Your details',
    name: 'Name',
    email: 'Email',
  },
  download: {
    title: 'Download your data',
    text: 'One file (JSON) with everything Pathwise holds about you in every organization: your profile and memberships, your learning (answers, mastery, reviews, tutor conversations), your learning records, your credentials as signed documents, your share links and who viewed them, your notifications, consents and the actions you took. Passwords and security keys are never included.',
    button: 'Download my data',
  },
  delete: {
    title: 'Delete your account',
    text: 'Your name, email and everything you did while learning are erased in every organization, and you are signed out. Each organization only records that an account was deleted. This cannot be undone.',
    credentials:
      'Credentials you earned stay verifiable: anyone you gave one to can still check it. Download your data first: it holds your credential files, and Pathwise keeps no copy for you.',
    button: 'Delete my account',
    dialogTitle: 'Delete your account?',
    dialogText:
      'Everything about you is erased and you are signed out. Credentials already issued stay verifiable. Did you download your data first?',
    password: 'Your password, to confirm',
    confirm: 'Delete my account for good',
    cancel: 'Cancel',
    wrongPassword: 'This is not your current password.',
    onlyAdmin:
      'You are the only administrator of {{organizations}}. Make another member an administrator first, then delete your account.',
  },
  deleted:
    'Your account was deleted. Your credentials stay verifiable. You can create a new account with the same email at any time.',
} as const;
