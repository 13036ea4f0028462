import type { credentialsPublicProfileEn } from './credentials-public-profile-en.ts';

/** Spanish strings of the learner's public profile, under `credentials.publicProfile`. */
export const credentialsPublicProfileEs: typeof credentialsPublicProfileEn = {
  title: 'Perfil público',
  intro:
    'Una página sobre ti que cualquiera con su dirección puede abrir, para mostrar tus credenciales: el nombre que elijas, un titular, quién las emitió y las credenciales que escojas, cada una comprobada de nuevo cada vez que alguien abre la página. Tu correo y tus demás credenciales nunca aparecen. No se publica nada hasta que lo actives.',
  stateOff: 'Desactivado: no hay ninguna página pública sobre ti.',
  stateOnNone: 'Activado: tu página pública solo muestra tu nombre. Elige credenciales para mostrar.',
  stateOn_one: 'Activado: tu página pública muestra {{count}} credencial.',
  stateOn_other: 'Activado: tu página pública muestra {{count}} credenciales.',
  change: 'Cambiar mi perfil público',
  toggle: 'Cualquiera con la dirección puede ver mi perfil público',
  offNote:
    'Al desactivarlo, su dirección deja de funcionar al instante. Al activarlo de nuevo, recibe una dirección nueva.',
  nameLabel: 'Nombre que se muestra',
  nameAccount: 'El nombre de mi cuenta ({{name}})',
  nameOther: 'Otro nombre',
  displayName: 'Nombre para mostrar',
  displayNameHint: 'De 1 a 80 caracteres.',
  headline: 'Titular (opcional)',
  headlineHint: 'Una línea sobre ti, de 140 caracteres como máximo, como «Aprendiz de contabilidad».',
  credentials: 'Credenciales que se muestran',
  credentialsHint:
    'Solo se pueden mostrar credenciales vigentes. Si una se revoca o caduca más adelante, desaparece de la página sola.',
  noneActive: 'Todavía no tienes ninguna credencial vigente para mostrar.',
  save: 'Guardar el perfil público',
  cancel: 'Cancelar',
  tooLong: 'Usa {{max}} caracteres como máximo.',
  savedOff: 'Guardado: tu perfil público está desactivado.',
  savedOnNone: 'Guardado: tu perfil público está activado y solo muestra tu nombre.',
  savedOn_one: 'Guardado: tu perfil público muestra {{count}} credencial.',
  savedOn_other: 'Guardado: tu perfil público muestra {{count}} credenciales.',
  address: 'Dirección de mi perfil público',
  copyLabel: 'Copiar la dirección de mi perfil público',
  copied: 'Se copió la dirección de tu perfil público.',
  copyFailed: 'No se pudo copiar. Selecciona la dirección y cópiala tú.',
  open: 'Abrir mi página pública',
  newAddress: 'Obtener una dirección nueva',
  newAddressHint:
    'La dirección actual deja de funcionar al instante: solo podrán abrir la página las personas a quienes envíes la nueva.',
  renewed: 'Tu perfil público tiene una dirección nueva. La anterior ya no funciona.',
  page: {
    loading: 'Perfil público',
    issuedBy: 'Credenciales emitidas por {{org}}',
    checkedNote:
      'Cada credencial de esta página se comprobó al abrirla: su firma, quién la emitió y que no está revocada ni caducada.',
    credentialsTitle: 'Credenciales',
    none: 'Este perfil no muestra ninguna credencial.',
    imageAlt: 'Insignia: {{name}}',
    issued: 'Emitida el {{date}}',
    validUntil: 'Válida hasta el {{date}}',
    checksLabel: 'Comprobaciones de {{name}}',
  },
};
