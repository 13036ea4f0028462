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
  verify: {
    notVerified: 'Your email address is not verified yet',
    notVerifiedText:
      'We sent a link to {{email}}. Until you open it, learning records that name you by email are not shown or deleted with your account, and invitations sent to this address can only be accepted through their own link.',
    resend: 'Send the link again',
    resent: 'We sent a new link to {{email}}. It works once, for 24 hours.',
    tooMany: 'You asked for several links already; wait a few minutes and try again.',
    verified: 'Verified',
    pageTitle: 'Confirm your email address',
    checking: 'Confirming your address…',
    done: 'Your address {{email}} is confirmed. Thank you.',
    failed: 'This link does not work: it is unknown, already used or expired.',
    failedHint: 'Sign in and ask for a new link on your account page.',
    missing: 'This page needs the link from the mail we sent you.',
    continue: 'Continue',
  },
  signUpCheckMail:
    'We could not sign you in with this address and password. If the address already has an account, we sent it a message: sign in with its password instead.',
} as const;
