/** English strings of the skills framework page, merged into the app's catalogue under `framework`. */
export const frameworkEn = {
  link: {
    title: 'Skills framework',
    text: 'The skills learners master, how they group into strands, and which skills come first.',
    open: 'Open the skills framework',
  },
  title: 'Skills framework',
  intro:
    'Every skill of your organization by strand, with the skills to master first. Change a skill’s names or its prerequisites; a change that would make a loop of prerequisites is refused.',
  backHome: '← Back to administration',
  strandCaption: 'Skills of the strand {{name}}, with their prerequisites',
  columns: { skill: 'Skill', partOf: 'Part of', prerequisites: 'Prerequisites', actions: 'Actions' },
  none: 'None',
  level: 'level {{level}}',
  edit: 'Edit',
  editLabel: 'Edit {{name}}',
  empty: 'This organization has no skills yet. Import a dataset or a CASE framework to start.',
  pathways: {
    title: 'Pathways',
    caption: 'Pathways and the skills they lead to',
    name: 'Pathway',
    goals: 'Goal skills',
  },
  case: {
    title: 'Import a CASE framework',
    intro:
      'Add the skills of a CASE 1.0 package (CFPackage JSON): items become skills, "is child of" the hierarchy, "precedes" the prerequisites, "exact match" and "is related to" the crosswalks. All or nothing; importing the same package again replaces its skills.',
    file: 'CASE package (JSON)',
    choose: 'Choose a file',
    clear: 'Clear the file',
    import: 'Import framework',
    fileRequired: 'Choose a CASE package file.',
    notJson: 'This file is not JSON. Nothing was imported.',
    refusedTitle: 'Nothing was imported',
    broken: 'Problems found in the package: {{count}}. The first ones:',
    done: 'Imported “{{title}}”: {{skills}} skills ({{created}} new, {{updated}} replaced), {{prerequisites}} prerequisites, {{crosswalks}} crosswalks.',
    skipped:
      'Associations left out (examples, links outside the package: no place in a skills framework): {{count}}.',
    copiedLanguage:
      'The framework is written in one language: its text fills both English and Spanish. Translate a skill’s names with Edit.',
  },
  form: {
    title: 'Edit “{{name}}”',
    nameEn: 'Name in English',
    nameEs: 'Name in Spanish',
    descriptionEn: 'Description in English',
    descriptionEs: 'Description in Spanish',
    prerequisites: 'Prerequisites',
    prerequisitesHint: 'The skills a learner masters before this one.',
    nothingFound: 'No skill by that name',
    save: 'Save',
    cancel: 'Cancel',
    nameRequired: 'Enter a name.',
    problemTitle: 'Not saved',
    cycle:
      'These prerequisites would make a loop: {{cycle}}. Each skill would need the next one first, so no one could start. Nothing was changed: remove one of them.',
    hierarchyCycle: 'This would put a skill inside itself: {{cycle}}. Nothing was changed.',
    unknownSkill: 'A skill named here no longer exists. Reload the page and try again. Nothing was changed.',
    saved: 'Saved “{{name}}”.',
  },
};
