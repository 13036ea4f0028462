import type { accountEn } from './account-en.ts';

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** Spanish strings of the account page. */
export const accountEs: Strings<typeof accountEn> = {
  menu: 'Mi cuenta y mis datos',
  title: 'Tu cuenta',
  intro: 'Tus datos, una copia de todo lo que Pathwise guarda sobre ti y la eliminación de tu cuenta.',
  details: {
    title: 'Tus datos',
    name: 'Nombre',
    email: 'Correo electrónico',
  },
  download: {
    title: 'Descarga tus datos',
    text: 'Un archivo (JSON) con todo lo que Pathwise guarda sobre ti en cada organización: tu perfil y tus membresías, tu aprendizaje (respuestas, dominio, repasos, conversaciones con el tutor), tus registros de aprendizaje, tus credenciales como documentos firmados, tus enlaces para compartir y quién los vio, tus avisos, tus consentimientos y las acciones que realizaste. Nunca incluye contraseñas ni claves de seguridad.',
    button: 'Descargar mis datos',
  },
  delete: {
    title: 'Elimina tu cuenta',
    text: 'Tu nombre, tu correo y todo lo que hiciste al aprender se borran en cada organización, y se cierra tu sesión. Cada organización solo registra que se eliminó una cuenta. No se puede deshacer.',
    credentials:
      'Las credenciales que obtuviste siguen siendo verificables: quien tenga una puede seguir comprobándola. Descarga antes tus datos: contienen tus archivos de credenciales, y Pathwise no guarda una copia para ti.',
    button: 'Eliminar mi cuenta',
    dialogTitle: '¿Eliminar tu cuenta?',
    dialogText:
      'Se borra todo lo tuyo y se cierra tu sesión. Las credenciales ya emitidas siguen siendo verificables. ¿Descargaste antes tus datos?',
    password: 'Tu contraseña, para confirmar',
    confirm: 'Eliminar mi cuenta definitivamente',
    cancel: 'Cancelar',
    wrongPassword: 'Esta no es tu contraseña actual.',
    onlyAdmin:
      'Eres la única persona administradora de {{organizations}}. Nombra antes a otro miembro administrador y después elimina tu cuenta.',
  },
  deleted:
    'Tu cuenta se eliminó. Tus credenciales siguen siendo verificables. Puedes crear una cuenta nueva con el mismo correo cuando quieras.',
};
