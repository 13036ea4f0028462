import type { welcomeEn } from './welcome-en.ts';

/** Spanish strings of the signed-out home page. */
export const welcomeEs: typeof welcomeEn = {
  title: 'Aprende habilidades y demuéstralas',
  intro:
    'Pathwise es una plataforma abierta para aprender por habilidades: práctica que se adapta a ti, un tutor que te guía y credenciales que cualquiera puede comprobar.',
  join: 'Unirse con un código',
  signIn: 'Iniciar sesión',
  verify: 'Verificar una credencial',
  noAccount: '¿Eres nuevo en Pathwise?',
  createAccount: 'Crear una cuenta',
  whoTitle: 'Qué puedes hacer aquí',
  learnerTitle: 'Estudiantes',
  learnerText:
    'Únete a tu escuela u organización con un código. Una breve prueba de ubicación encuentra lo que ya sabes; después practicas las habilidades para las que estás listo, con un tutor que hace preguntas que te guían en lugar de darte las respuestas. Las credenciales que obtienes son tuyas: puedes descargarlas y compartirlas.',
  teacherTitle: 'Docentes',
  teacherText:
    'Asigna rutas a tus clases y sigue cada clase en su panel: el dominio de cada habilidad, las habilidades que le cuestan a la clase y los estudiantes que necesitan ayuda, con los motivos. Un asistente prepara planes de clase, cuestionarios y rúbricas que tú editas.',
  adminTitle: 'Administradores',
  adminText:
    'Gestiona los miembros de tu organización y cómo se unen, el marco de habilidades y los logros que otorgas. Las credenciales se firman con las claves de tu propia organización, y un registro de auditoría guarda quién cambió qué.',
  employerTitle: 'Empleadores',
  employerText:
    'Comprueba una credencial sin cuenta: su firma, su emisor y si fue revocada o caducó. Con una cuenta, compara un expediente que un estudiante compartió contigo con las habilidades de un puesto.',
  selfHosted: 'Pathwise es abierto y funciona en el propio servidor de tu organización.',
};
