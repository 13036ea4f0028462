/** English strings of the learner's share links list (copy again, rename), under `credentials.links`. */
export const credentialsLinksEn = {
  until: 'Works until {{date}}',
  address: 'Address of {{name}}',
  copyLabel: 'Copy the address of {{name}}',
  copied: 'Copied the address of “{{name}}”.',
  copyFailed: 'Could not copy. Select the address and copy it yourself.',
  noAddress:
    'This link was made before links could be copied again. It still works; to send it again, make a new link.',
  rename: 'Rename',
  renameLabel: 'Rename link {{name}}',
  newName: 'New name for {{name}}',
  save: 'Save the name',
  cancel: 'Cancel',
  renamed: 'Renamed to “{{name}}”.',
  tooLong: 'Use at most 100 characters.',
};
