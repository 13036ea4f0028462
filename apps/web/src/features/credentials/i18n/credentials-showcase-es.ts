import type { credentialsShowcaseEn } from './credentials-showcase-en.ts';

/** Spanish strings of showing a credential off (certificate, LinkedIn, embeddable badge). */
export const credentialsShowcaseEs: typeof credentialsShowcaseEn = {
  certificate: 'Descargar el certificado de {{name}} (PDF)',
  prepare: 'Añadir {{name}} a LinkedIn o a mi web',
  note: 'El código QR del certificado, la entrada de LinkedIn y la insignia llevan a un enlace que muestra esta credencial verificada. Funciona durante un año; está en tus enlaces para compartir, más abajo, donde puedes revocarlo.',
  linkedIn: 'Añadir {{name}} a mi perfil de LinkedIn',
  linkedInHint:
    'Abre el formulario de LinkedIn ya rellenado; no se envía nada a LinkedIn hasta que lo guardes allí.',
  embed: 'HTML de la insignia de {{name}}, para pegar en tu web',
  embedAlt: 'Credencial verificada: {{name}}, emitida por {{issuer}}',
  embedText: 'Credencial verificada: {{name}}',
  until: 'El enlace funciona hasta el {{date}}.',
};
