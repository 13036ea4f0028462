import type { credentialsProfilesEn } from './credentials-profiles-en.ts';

/** Spanish strings of the employer's job profile pages (`/o/:orgSlug/job-profiles…`), under `credentials.profiles`. */
export const credentialsProfilesEs: typeof credentialsProfilesEn = {
  title: 'Perfiles de puesto',
  intro:
    'Los puestos con los que comparas expedientes compartidos: creados a partir de una ocupación de O*NET o ESCO, o escritos a mano con las habilidades de tu marco.',
  back: '← Perfiles de puesto',
  newFromOccupation: 'Nuevo a partir de una ocupación',
  newByHand: 'Nuevo a mano',
  openMatch: 'Comparar un expediente compartido',
  none: 'Todavía no hay perfiles de puesto. Crea uno a partir de una ocupación o escríbelo a mano.',
  columns: {
    name: 'Perfil',
    source: 'Origen',
    skills: 'Habilidades',
    created: 'Creado',
    actions: 'Acciones',
  },
  byHandSource: 'A mano',
  counts: '{{required}} requeridas, {{nice}} deseables',
  matchWith: 'Comparar un expediente compartido con {{name}}',
  choice: { required: 'Requerida', niceToHave: 'Deseable', omit: 'No incluir' },
  chosen: 'Elegidas: {{required}} requeridas, {{nice}} deseables.',
  name: 'Nombre del perfil',
  save: 'Guardar el perfil',
  saved: 'Guardado «{{name}}».',
  matchSaved: 'Comparar con él un expediente compartido',
  chooseOne: 'Elige al menos una habilidad como requerida o deseable.',
  occupation: {
    title: 'Nuevo perfil de puesto a partir de una ocupación',
    intro:
      'Busca ocupaciones de O*NET (Estados Unidos) o ESCO (Unión Europea), mira las habilidades que cada una indica y elige lo que pide el puesto.',
    sourceLabel: 'Ocupaciones de',
    onet: 'O*NET (Estados Unidos)',
    esco: 'ESCO (Unión Europea)',
    query: 'Ocupación',
    queryHint: 'Palabras del nombre del puesto, en inglés; por ejemplo «bookkeeping» o «data analyst».',
    search: 'Buscar',
    resultsTitle: 'Ocupaciones encontradas',
    found_one: '{{count}} ocupación coincide con «{{query}}».',
    found_other: '{{count}} ocupaciones coinciden con «{{query}}».',
    foundSome:
      '{{total}} ocupaciones coinciden con «{{query}}»; se muestran las {{shown}} mejores. Añade una palabra para acotarlas.',
    none: 'Ninguna ocupación coincide con «{{query}}». Prueba con menos palabras o con palabras más generales.',
    tryBroader: 'Buscar «{{query}}»',
    alsoCalled: 'También llamada «{{title}}»',
    skillCount_one: '{{count}} habilidad valorada',
    skillCount_other: '{{count}} habilidades valoradas',
    noSkills: 'Esta ocupación no tiene habilidades valoradas en los datos.',
    preview: 'Ver las habilidades de {{title}}',
    missing:
      'Este servidor no tiene datos de ocupaciones de {{sources}}, así que no se encuentra nada. Puedes escribir un perfil a mano.',
    skillsTitle: 'Habilidades',
    knowledgeTitle: 'Conocimientos',
    essentialTitle: 'Habilidades esenciales',
    optionalTitle: 'Habilidades opcionales',
    onetHint:
      'O*NET valora de 1 a 5 la importancia de cada habilidad y conocimiento para esta ocupación. Las valoradas con 3 o más empiezan como requeridas.',
    escoHint:
      'ESCO indica las habilidades esenciales para esta ocupación y las opcionales. Las esenciales empiezan como requeridas y las opcionales como deseables.',
    importance: 'Importancia {{value}} de 5',
    crosswalkNone: 'Ninguna habilidad de tu marco corresponde todavía a ella.',
    crosswalk_one: 'La habilidad de tu marco que cuenta para ella: {{names}}.',
    crosswalk_other: 'Las {{count}} habilidades de tu marco que cuentan para ella: {{names}}.',
    crosswalkMore: '{{names}} y {{count}} más',
    relation: {
      broadMatch: 'Cada una es parte de ella.',
      narrowMatch: 'Cada una la abarca.',
      exactMatch: 'La misma habilidad.',
      closeMatch: 'La misma habilidad.',
    },
    attribution:
      'Ocupaciones y habilidades de O*NET 29.2 (Departamento de Trabajo de EE. UU., CC BY 4.0) y ESCO v1.2.0 (Comisión Europea); modificadas para este servicio.',
  },
  byHand: {
    title: 'Nuevo perfil de puesto a mano',
    intro:
      'Pon nombre al puesto y elige, entre las habilidades de tu marco, las que son requeridas y las que son deseables.',
    noSkills: 'El marco de tu organización todavía no tiene habilidades, así que no hay nada que elegir.',
    otherSkills: 'Otras habilidades',
    nameRequired: 'Ponle un nombre al perfil.',
  },
};
