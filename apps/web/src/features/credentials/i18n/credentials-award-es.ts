import type { credentialsAwardEn } from './credentials-award-en.ts';

/** Spanish strings of the teacher's award of a credential. */
export const credentialsAwardEs: typeof credentialsAwardEn = {
  link: {
    open: 'Otorgar una credencial',
    forLearner: 'Otorgar una credencial a {{name}}',
    forClass: 'Otorgar una credencial a un estudiante de esta clase',
  },
  title: 'Otorgar una credencial',
  intro:
    'Elige el logro y el estudiante, y describe la evidencia que aprobaste. La credencial se firma y se emite al instante, y se avisa al estudiante.',
  backHome: '← Volver a tu inicio',
  backTimeline: '← Volver a la cronología de {{name}}',
  noClass:
    'Todavía no impartes ninguna clase. Crea una clase y añade estudiantes, y luego otorga desde aquí.',
  openClasses: 'Abrir clases',
  noAchievement: 'Esta organización todavía no tiene logros. Los define un administrador.',
  form: {
    title: 'Otorgar',
    achievement: 'Logro',
    chooseAchievement: 'Elige un logro',
    evidenceGroup: 'Se otorgan por evidencia que aprueba un docente',
    otherGroup: 'Otros logros (también se obtienen practicando)',
    asks: 'Pide: {{narrative}}',
    asksAny: 'Pide evidencia que apruebe un docente.',
    byPractice:
      'Los estudiantes también lo obtienen practicando; otórgalo cuando tu evidencia muestre lo mismo.',
    className: 'Clase',
    learner: 'Estudiante',
    chooseLearner: 'Elige un estudiante',
    noLearners: 'Esta clase todavía no tiene estudiantes.',
    narrative: 'Evidencia',
    narrativeHint: 'Qué hizo el estudiante y por qué cumple los criterios. Se incluye en la credencial.',
    url: 'Enlace al trabajo (opcional)',
    urlHint:
      'Una dirección web que empiece por https:// o http://, p. ej. el proyecto en una carpeta compartida.',
    submit: 'Otorgar la credencial',
    problemTitle: 'No se otorgó la credencial',
  },
  check: {
    achievement: 'Elige el logro que quieres otorgar.',
    learner: 'Elige el estudiante.',
    narrative: 'Describe la evidencia que aprobaste.',
    url: 'Escribe una dirección web que empiece por https:// o http://, o deja el campo vacío.',
  },
  refused: {
    notLearner: 'Esta persona no es (o ya no es) estudiante de esta organización.',
    notAwardable: 'Este logro ya no se puede otorgar: se eliminó. Vuelve a cargar la página.',
    alreadyHeld: '{{learner}} ya tiene «{{achievement}}».',
  },
  result: {
    title: 'Credencial emitida',
    awarded: 'Se emitió «{{achievement}}» a {{learner}}.',
    told: 'Se avisa a {{learner}} en su expediente, donde puede descargarla y compartirla.',
    evidence: 'Evidencia: {{narrative}}',
    stackedTitle: 'También emitida: ya tiene todas sus partes',
    another: 'Otorgar otra credencial',
  },
};
