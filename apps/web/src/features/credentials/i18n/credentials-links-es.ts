import type { credentialsLinksEn } from './credentials-links-en.ts';

/** Spanish strings of the learner's share links list. */
export const credentialsLinksEs: typeof credentialsLinksEn = {
  until: 'Funciona hasta el {{date}}',
  address: 'Dirección de {{name}}',
  copyLabel: 'Copiar la dirección de {{name}}',
  copied: 'Dirección de «{{name}}» copiada.',
  copyFailed: 'No se pudo copiar. Selecciona la dirección y cópiala tú.',
  noAddress:
    'Este enlace se creó antes de que los enlaces pudieran copiarse de nuevo. Sigue funcionando; para enviarlo otra vez, crea un enlace nuevo.',
  rename: 'Cambiar nombre',
  renameLabel: 'Cambiar el nombre del enlace {{name}}',
  newName: 'Nombre nuevo de {{name}}',
  save: 'Guardar el nombre',
  cancel: 'Cancelar',
  renamed: 'Ahora se llama «{{name}}».',
  tooLong: 'Usa como máximo 100 caracteres.',
};
