import type { credentialsMeaningEn } from './credentials-meaning-en.ts';

/** Spanish strings of a credential's meaning-first view, under `credentials.meaning`. */
export const credentialsMeaningEs: typeof credentialsMeaningEn = {
  imageAlt: 'Insignia de {{name}}',
  unnamed: 'Una credencial sin nombre',
  criteria: 'Se obtiene al',
  skills: 'Habilidades que certifica',
  issuer: 'Emitida por',
  issuerClaimed: '{{name}} (lo afirma ella misma: nadie de confianza para este sitio lo respalda)',
  issuerUnnamed: 'Un emisor que no da su nombre',
  site: 'Sitio: {{url}}',
  issuedOn: 'Emitida el',
  validUntil: 'Válida hasta',
  noExpiry: 'No caduca',
  issuedTo: 'Emitida a',
  recipientPrivate: 'Sin nombre en la credencial: identifica a su titular de forma privada',
  theIssuer: 'su emisor',
  checking: 'Comprobando que es auténtica…',
  verdict: {
    verified: 'Emitida por {{issuer}}, no revocada, no caducada.',
    verifiedLogged: 'Emitida por {{issuer}}, no revocada, no caducada, anotada en su registro público.',
    unknownIssuer:
      'La firma es válida, pero nadie de confianza para este sitio respalda al emisor, y este no da su nombre: no se puede confirmar quién la emitió.',
    unknownIssuerNamed:
      'La firma es válida, pero nadie de confianza para este sitio respalda al emisor: el nombre «{{issuer}}» es solo lo que la credencial afirma, y cualquiera puede crear una clave y firmar con cualquier nombre.',
    malformed:
      'Esto no es una credencial que esta página pueda leer, así que no se puede confirmar nada de ella.',
    'signature-mismatch': 'La firma no coincide: la credencial se modificó después de emitirse.',
    'issuer-unresolved':
      'No se encontraron las claves del emisor, así que nadie puede confirmar quién firmó esta credencial.',
    'key-not-issuers':
      'Esta credencial se firmó con una clave que no es de su emisor: la firmó alguien distinto de {{issuer}}.',
    'issuer-unknown': 'Nadie de confianza para este sitio respalda a su emisor.',
    revoked: 'Su emisor revocó esta credencial.',
    revokedOn: 'Su emisor revocó esta credencial el {{date}}.',
    suspended: 'Su emisor ha suspendido esta credencial.',
    'status-unavailable':
      'No se puede confirmar si esta credencial fue revocada: no se pudo leer la lista de revocación de su emisor.',
    expired: 'Esta credencial caducó el {{date}}.',
    'not-yet-valid': 'Esta credencial no es válida antes del {{date}}.',
    'proof-date': 'Su firma tiene una fecha futura, así que no se hizo cuando dice.',
    'not-logged':
      'No consta que {{issuer}} emitiera esta credencial: no está en su registro público, así que nunca se emitió tal como está.',
    'log-proof-invalid':
      'La prueba de que esta credencial está en el registro público de su emisor no se sostiene.',
    checkFailed: 'No se pudo verificar esta credencial: la comprobación «{{check}}» falló.',
    notVerified: 'No se pudo verificar esta credencial.',
  },
  alsoFailed: 'Otras comprobaciones que fallaron: {{list}}.',
  checksSummary: 'Cómo se comprobó: {{count}} comprobaciones técnicas',
  checksLabel: 'Comprobaciones de {{name}}',
  technical: 'Técnico: {{term}} · {{message}}',
  checks: {
    'well-formed': {
      title: 'Credencial legible',
      ok: 'Es una credencial en el formato estándar (una credencial verificable del W3C).',
      malformed: 'No es una credencial en el formato estándar.',
    },
    signature: {
      title: 'Sin cambios desde que se firmó',
      ok: 'La firma coincide con el contenido: nada cambió después de firmarse.',
      'signature-mismatch':
        'La firma no coincide con el contenido: se modificó después de firmarse, o no se puede leer la clave que la firmó.',
    },
    'issuer-key': {
      title: 'Firmada por su emisor',
      ok: 'Se firmó con una de las claves publicadas de su emisor.',
      'issuer-unresolved': 'No se encontraron las claves publicadas del emisor.',
      'key-not-issuers': 'Se firmó con una clave que no es de su emisor.',
    },
    'issuer-known': {
      title: 'Emisor conocido aquí',
      ok: 'Este sitio conoce al emisor y quién lo respalda.',
      'issuer-unknown':
        'Nadie de confianza para este sitio respalda al emisor, así que su nombre es solo lo que la credencial afirma.',
    },
    'revocation-status': {
      title: 'No revocada',
      ok: 'Su emisor no la ha revocado.',
      revoked: 'Su emisor la revocó.',
      suspended: 'Su emisor la suspendió.',
      'status-unavailable': 'No se pudo leer su estado de revocación.',
    },
    'validity-dates': {
      title: 'Dentro de sus fechas',
      ok: 'Es válida hoy.',
      expired: 'Su validez terminó.',
      'not-yet-valid': 'Su validez aún no empezó.',
      'proof-date': 'Su firma tiene una fecha futura, o su fecha no se puede leer.',
    },
    'log-inclusion': {
      title: 'En el registro público de su emisor',
      ok: 'Su emisor la anotó en su registro público de emisiones.',
      'not-logged': 'No está en el registro público de su emisor.',
      'log-proof-invalid': 'La prueba de que está en el registro público de su emisor no se sostiene.',
    },
    okGeneric: 'Esta comprobación fue correcta.',
    failedGeneric: 'Esta comprobación falló.',
  },
};
