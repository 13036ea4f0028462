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
  verify: {
    notVerified: 'Tu dirección de correo aún no está verificada',
    notVerifiedText:
      'Enviamos un enlace a {{email}}. Hasta que lo abras, los registros de aprendizaje que te nombran por tu correo no se muestran ni se borran con tu cuenta, y las invitaciones enviadas a esta dirección solo se aceptan con su propio enlace.',
    resend: 'Enviar el enlace de nuevo',
    resent: 'Enviamos un nuevo enlace a {{email}}. Funciona una vez, durante 24 horas.',
    tooMany: 'Ya pediste varios enlaces; espera unos minutos e inténtalo de nuevo.',
    verified: 'Verificada',
    pageTitle: 'Confirma tu dirección de correo',
    checking: 'Confirmando tu dirección…',
    done: 'Tu dirección {{email}} está confirmada. Gracias.',
    failed: 'Este enlace no funciona: es desconocido, ya se usó o caducó.',
    failedHint: 'Inicia sesión y pide un nuevo enlace en la página de tu cuenta.',
    missing: 'Esta página necesita el enlace del correo que te enviamos.',
    continue: 'Continuar',
  },
  signUpCheckMail:
    'No pudimos iniciar tu sesión con esta dirección y contraseña. Si la dirección ya tiene una cuenta, le enviamos un mensaje: inicia sesión con su contraseña.',
};
