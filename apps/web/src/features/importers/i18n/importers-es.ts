import type { importersEn } from './importers-en.ts';

/** Spanish texts of the content importers page. */
export const importersEs: typeof importersEn = {
  tab: 'Importar contenido',
  title: 'Importar contenido',
  intro:
    'Añade problemas de un conjunto de datos abierto al banco de ítems: OATutor (problems.jsonl, con bkt-params.json y las imágenes de su carpeta figures), MathCAMPS (problems.jsonl con standards.json) o GSM8K Socratic (JSONL).',
  casePointer: 'Un marco de habilidades (un paquete CASE 1.0) se importa en',
  casePointerLink: 'la página del marco de habilidades',
  format: 'Conjunto de datos',
  formats: {
    oatutor: 'OATutor (Álgebra elemental)',
    mathcamps: 'MathCAMPS (estándares Common Core)',
    gsm8k: 'GSM8K Socratic (problemas con preguntas guía)',
  },
  problems: 'Archivo de problemas (JSONL)',
  companionOatutor: 'Parámetros BKT (bkt-params.json, opcional)',
  companionMathcamps: 'Estándares (standards.json, obligatorio)',
  choose: 'Elige un archivo',
  clear: 'Quitar la selección',
  figures: 'Figuras (las imágenes de la carpeta figures)',
  figuresHint:
    'Selecciona todos los archivos de la carpeta figures del conjunto de datos. Un problema cuya figura no esté entre ellos se rechaza y aparece en el informe con su línea.',
  chooseFigures: 'Elige las imágenes',
  figuresChosen: 'Imágenes elegidas: {{count}}',
  acceptPartial: 'Importar los registros correctos cuando haya registros con errores',
  acceptPartialHint: 'Si no, un archivo con algún registro erróneo no importa nada.',
  submit: 'Importar',
  stages: {
    reading: 'Leyendo los archivos…',
    uploading: 'Subiendo…',
    queued: 'Esperando al servidor…',
    parsing: 'Comprobando {{total}} registros…',
    writing: 'Guardando los ítems: {{done}} de {{total}}',
    saving: 'Guardando los {{total}} ítems de una vez…',
    done: 'Hecho',
    failed: 'La importación se detuvo',
  },
  progressLabel: 'Progreso de la importación',
  imported:
    'Se importaron {{imported}} de {{records}} registros ({{skills}} habilidades, {{figures}} figuras), itinerario {{pathway}}.',
  nothingWritten: 'No se importó nada: {{count}} problema(s) en {{records}} registros.',
  rejectedTitle: 'Registros rechazados',
  line: 'Línea',
  field: 'Campo',
  message: 'Problema',
  attribution: 'Atribución (se muestra con estos ítems)',
  missingFile: 'Elige primero el archivo de problemas.',
};
