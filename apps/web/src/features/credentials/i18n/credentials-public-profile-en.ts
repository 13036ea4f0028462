/**
 * English strings of the learner's public profile (issue 14), under `credentials.publicProfile`: the settings on
 * the record page, and the public page at `/profile/:handle`.
 */
export const credentialsPublicProfileEn = {
  title: 'Public profile',
  intro:
    'A page about you that anyone with its address can open, to show off your credentials: the name you choose, a headline, who issued them, and the credentials you pick, each checked again whenever someone opens the page. Your email address and your other credentials are never on it. Nothing is public until you turn it on.',
  stateOff: 'Off: there is no public page about you.',
  stateOnNone: 'On: your public page shows your name only. Choose credentials to show.',
  stateOn_one: 'On: your public page shows {{count}} credential.',
  stateOn_other: 'On: your public page shows {{count}} credentials.',
  change: 'Change my public profile',
  toggle: 'Anyone with the address can see my public profile',
  offNote: 'Turning it off stops its address at once. Turning it on again gives it a new address.',
  nameLabel: 'Name shown',
  nameAccount: 'My account name ({{name}})',
  nameOther: 'Another name',
  displayName: 'Name to show',
  displayNameHint: '1 to 80 characters.',
  headline: 'Headline (optional)',
  headlineHint: 'One line about you, at most 140 characters, such as “Apprentice bookkeeper”.',
  credentials: 'Credentials shown',
  credentialsHint:
    'Only active credentials can be shown. One that is revoked or expires later leaves the page by itself.',
  noneActive: 'You have no active credential to show yet.',
  save: 'Save public profile',
  cancel: 'Cancel',
  tooLong: 'Use at most {{max}} characters.',
  savedOff: 'Saved: your public profile is off.',
  savedOnNone: 'Saved: your public profile is on and shows your name only.',
  savedOn_one: 'Saved: your public profile shows {{count}} credential.',
  savedOn_other: 'Saved: your public profile shows {{count}} credentials.',
  address: 'Address of my public profile',
  copyLabel: 'Copy the address of my public profile',
  copied: 'Copied the address of your public profile.',
  copyFailed: 'Could not copy. Select the address and copy it yourself.',
  open: 'Open my public page',
  newAddress: 'Get a new address',
  newAddressHint:
    'The current address stops working at once: only people you send the new one to can open the page.',
  renewed: 'Your public profile has a new address. The old one no longer works.',
  page: {
    loading: 'Public profile',
    issuedBy: 'Credentials issued by {{org}}',
    checkedNote:
      'Each credential below was checked when you opened this page: its signature, who issued it, and that it is neither revoked nor expired.',
    credentialsTitle: 'Credentials',
    none: 'No credential is shown on this profile.',
    imageAlt: 'Badge: {{name}}',
    issued: 'Issued {{date}}',
    validUntil: 'Valid until {{date}}',
    checksLabel: 'Checks of {{name}}',
  },
};
