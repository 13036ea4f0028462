import type { credentialsEvidenceEn } from './credentials-evidence-en.ts';

/** Spanish strings of a credential's evidence worded from its facts. */
export const credentialsEvidenceEs: typeof credentialsEvidenceEn = {
  title: 'Evidencia',
  placement: 'Acreditada por la prueba de ubicación el {{date}}',
  placementUndated: 'Acreditada por la prueba de ubicación',
  practice: 'Dominada el {{date}} con práctica',
  mastered: 'Dominada el {{date}}',
  undated: 'Dominada en Pathwise',
  items_one: '{{count}} ítem respondido',
  items_other: '{{count}} ítems respondidos',
  right_one: '{{count}} correcto',
  right_other: '{{count}} correctos',
  sentence: '{{how}}.',
  counted: '{{how}}: {{items}}, {{right}}.',
  stackedName: 'Credenciales reunidas',
  stacked: 'Obtenida al tener {{parts}}.',
  part: '«{{name}}» (emitida el {{date}})',
  partUndated: '«{{name}}»',
  line: '{{name}}: {{text}}',
  and: '{{list}} y {{last}}',
};
