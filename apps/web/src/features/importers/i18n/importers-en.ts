/** English texts of the content importers page. */
export const importersEn = {
  tab: 'Import content',
  title: 'Import content',
  intro:
    'Add problems from an open dataset to the item bank: OATutor (problems.jsonl, with bkt-params.json and the image files of its figures folder), MathCAMPS (problems.jsonl with standards.json) or GSM8K Socratic (JSONL).',
  format: 'Dataset',
  formats: {
    oatutor: 'OATutor (Elementary Algebra)',
    mathcamps: 'MathCAMPS (Common Core)',
    gsm8k: 'GSM8K Socratic',
  },
  problems: 'Problems file (JSONL)',
  companionOatutor: 'BKT parameters (bkt-params.json, optional)',
  companionMathcamps: 'Standards (standards.json, required)',
  choose: 'Choose a file',
  figures: 'Figures (the image files of the figures folder)',
  figuresHint:
    'Select every file in the dataset’s figures folder. A problem whose figure is not among them is rejected and listed in the report with its line.',
  chooseFigures: 'Choose the image files',
  figuresChosen: 'Image files chosen: {{count}}',
  acceptPartial: 'Import the good records when some are broken',
  acceptPartialHint: 'Otherwise a file with any broken record imports nothing.',
  submit: 'Import',
  stages: {
    reading: 'Reading the files…',
    uploading: 'Uploading…',
    queued: 'Waiting for the server…',
    parsing: 'Checking {{total}} records…',
    writing: 'Writing the items: {{done}} of {{total}}',
    done: 'Done',
    failed: 'The import stopped',
  },
  progressLabel: 'Import progress',
  imported:
    'Imported {{imported}} of {{records}} records ({{skills}} skills, {{figures}} figures), pathway {{pathway}}.',
  nothingWritten: 'Nothing was imported: {{count}} problem(s) in {{records}} records.',
  rejectedTitle: 'Rejected records',
  line: 'Line',
  field: 'Field',
  message: 'Problem',
  attribution: 'Attribution (shown with these items)',
  missingFile: 'Choose the problems file first.',
};
