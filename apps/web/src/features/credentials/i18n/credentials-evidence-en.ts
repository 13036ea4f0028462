/**
 * English strings of a credential's evidence worded from its facts (what happened: each skill mastered, when, how,
 * on how many items; the credentials it stacks on). The English wording is the one signed into the credential.
 */
export const credentialsEvidenceEn = {
  title: 'Evidence',
  placement: 'Credited from placement on {{date}}',
  placementUndated: 'Credited from placement',
  practice: 'Mastered on {{date}} through practice',
  mastered: 'Mastered on {{date}}',
  undated: 'Mastered on Pathwise',
  items_one: '{{count}} item answered',
  items_other: '{{count}} items answered',
  right_one: '{{count}} right',
  right_other: '{{count}} right',
  sentence: '{{how}}.',
  counted: '{{how}}: {{items}}, {{right}}.',
  stackedName: 'Stacked credentials',
  stacked: 'Earned by holding {{parts}}.',
  part: '“{{name}}” (issued {{date}})',
  partUndated: '“{{name}}”',
  line: '{{name}}: {{text}}',
  and: '{{list}} and {{last}}',
};
