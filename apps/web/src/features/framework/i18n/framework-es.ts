import type { frameworkEn } from './framework-en.ts';

/** Spanish strings of the skills framework page, under `framework`. */
export const frameworkEs: typeof frameworkEn = {
  link: {
    title: 'Marco de habilidades',
    text: 'Las habilidades que dominan los estudiantes, cómo se agrupan en ejes y cuáles van primero.',
    open: 'Abrir el marco de habilidades',
  },
  title: 'Marco de habilidades',
  intro:
    'Cada habilidad de tu organización por eje, con las habilidades que se dominan antes. Añade una habilidad, o cambia sus nombres, su lugar o sus requisitos previos; un cambio que formaría un ciclo de requisitos se rechaza.',
  backHome: '← Volver a la administración',
  strandCaption: 'Habilidades del eje {{name}}, con sus requisitos previos',
  columns: {
    skill: 'Habilidad',
    partOf: 'Forma parte de',
    prerequisites: 'Requisitos previos',
    actions: 'Acciones',
  },
  none: 'Ninguno',
  level: 'nivel {{level}}',
  newSkill: 'Nueva habilidad',
  edit: 'Editar',
  editLabel: 'Editar {{name}}',
  empty:
    'Esta organización aún no tiene habilidades. Añade una con «Nueva habilidad», o importa un conjunto de datos o un marco CASE.',
  pathways: {
    title: 'Rutas',
    caption: 'Rutas y las habilidades a las que llevan',
    name: 'Ruta',
    goals: 'Habilidades meta',
    covered: 'Habilidades que abarca',
    intro:
      'Una ruta es una meta: las habilidades que un estudiante se propone dominar. Sus requisitos previos se suman; «Habilidades que abarca» las cuenta todas.',
    empty: 'Aún no hay rutas.',
    new: 'Nueva ruta',
    preview: 'Vista previa como estudiante',
    previewLabel: 'Vista previa como estudiante: {{name}}',
  },
  pathwayForm: {
    title: 'Editar la ruta «{{name}}»',
    newTitle: 'Nueva ruta',
    id: 'Identificador de la ruta',
    idHint: 'Un código corto que no cambia, sin espacios ni barras, p. ej. geometria-basica.',
    goals: 'Habilidades meta',
    goalsHint:
      'Las habilidades que un estudiante de esta ruta se propone dominar. Sus requisitos previos se suman.',
    goalsRequired: 'Elige al menos una habilidad meta.',
    unknownGoal:
      'Una habilidad meta elegida aquí ya no existe. Vuelve a cargar la página e inténtalo de nuevo. No se cambió nada.',
    create: 'Crear la ruta',
    created: 'Se creó la ruta «{{name}}».',
  },
  case: {
    title: 'Importar un marco CASE',
    intro:
      'Añade las habilidades de un paquete CASE 1.0 (CFPackage en JSON): los elementos pasan a ser habilidades, «es hijo de» la jerarquía, «precede a» los requisitos previos, «equivale a» y «está relacionado con» las correspondencias. Todo o nada; importar de nuevo el mismo paquete reemplaza sus habilidades.',
    file: 'Paquete CASE (JSON)',
    choose: 'Elige un archivo',
    clear: 'Quitar el archivo',
    import: 'Importar el marco',
    fileRequired: 'Elige un archivo de paquete CASE.',
    notJson: 'Este archivo no es JSON. No se importó nada.',
    refusedTitle: 'No se importó nada',
    broken: 'Problemas encontrados en el paquete: {{count}}. Los primeros:',
    done: 'Se importó «{{title}}»: {{skills}} habilidades ({{created}} nuevas, {{updated}} reemplazadas), {{prerequisites}} requisitos previos, {{crosswalks}} correspondencias.',
    skipped:
      'Asociaciones dejadas fuera (ejemplos, enlaces fuera del paquete: sin lugar en un marco de habilidades): {{count}}.',
    copiedLanguage:
      'El marco está escrito en un solo idioma: su texto llena el inglés y el español. Traduce los nombres de una habilidad con Editar.',
  },
  form: {
    title: 'Editar «{{name}}»',
    newTitle: 'Nueva habilidad',
    id: 'Identificador de la habilidad',
    idHint: 'Un código corto que no cambia, sin espacios ni barras, p. ej. geo.angulos.',
    idRequired: 'Escribe un identificador.',
    idPattern: 'Usa como máximo 200 caracteres, sin espacios ni barras.',
    idTaken: 'Este identificador ya está en uso. Elige otro.',
    parent: 'Forma parte de',
    parentHint: 'El eje o la habilidad bajo la que va. Arriba del todo, es un eje propio.',
    topLevel: 'Ninguna: un eje propio',
    create: 'Crear la habilidad',
    created: 'Se creó «{{name}}».',
    unknownParent:
      'La habilidad elegida en «Forma parte de» ya no existe. Vuelve a cargar la página e inténtalo de nuevo. No se cambió nada.',
    nameEn: 'Nombre en inglés',
    nameEs: 'Nombre en español',
    descriptionEn: 'Descripción en inglés',
    descriptionEs: 'Descripción en español',
    prerequisites: 'Requisitos previos',
    prerequisitesHint: 'Las habilidades que un estudiante domina antes de esta.',
    nothingFound: 'Ninguna habilidad con ese nombre',
    save: 'Guardar',
    cancel: 'Cancelar',
    nameRequired: 'Escribe un nombre.',
    problemTitle: 'No se guardó',
    cycle:
      'Estos requisitos previos formarían un ciclo: {{cycle}}. Cada habilidad necesitaría primero la siguiente, así que nadie podría empezar. No se cambió nada: quita uno de ellos.',
    hierarchyCycle: 'Esto pondría una habilidad dentro de sí misma: {{cycle}}. No se cambió nada.',
    unknownSkill:
      'Una habilidad indicada aquí ya no existe. Vuelve a cargar la página e inténtalo de nuevo. No se cambió nada.',
    saved: 'Se guardó «{{name}}».',
  },
};
