import { credentialsAdminEs } from './credentials-admin-es.ts';
import { credentialsAwardEs } from './credentials-award-es.ts';
import { credentialsDiscoveryEs } from './credentials-discovery-es.ts';
import type { credentialsEn } from './credentials-en.ts';
import { credentialsEvidenceEs } from './credentials-evidence-es.ts';
import { credentialsImageEs } from './credentials-image-es.ts';
import { credentialsLinksEs } from './credentials-links-es.ts';
import { credentialsMeaningEs } from './credentials-meaning-es.ts';
import { credentialsProfilesEs } from './credentials-profiles-es.ts';
import { credentialsPublicProfileEs } from './credentials-public-profile-es.ts';
import { credentialsShowcaseEs } from './credentials-showcase-es.ts';
import { credentialsSkillEs } from './credentials-skill-es.ts';

/** Spanish strings of the credential pages. */
export const credentialsEs: typeof credentialsEn = {
  admin: credentialsAdminEs,
  award: credentialsAwardEs,
  discovery: credentialsDiscoveryEs,
  evidence: credentialsEvidenceEs,
  profiles: credentialsProfilesEs,
  publicProfile: credentialsPublicProfileEs,
  links: credentialsLinksEs,
  skill: credentialsSkillEs,
  meaning: credentialsMeaningEs,
  showcase: credentialsShowcaseEs,
  image: credentialsImageEs,
  home: {
    nav: 'Credenciales',
    record: 'Mi expediente y compartir',
    match: 'Comparar un expediente compartido',
    verify: 'Verificar una credencial',
  },
  checks: {
    'well-formed': 'Credencial bien formada',
    signature: 'Firma',
    'issuer-key': 'Emisor y clave',
    'issuer-known': 'Emisor conocido',
    'revocation-status': 'Estado de revocación',
    'validity-dates': 'Fechas de validez',
    'log-inclusion': 'Inclusión en el registro público de emisiones',
    passed: 'correcta',
    failed: 'fallida',
  },
  verify: {
    title: 'Verificar una credencial',
    intro:
      'Comprueba una credencial sin cuenta: su firma, su emisor y clave, si fue revocada, sus fechas y su lugar en el registro público de emisiones.',
    fileLabel: 'Archivo de la credencial (JSON)',
    pasteLabel: 'O pega la credencial',
    submit: 'Verificar',
    notJson: 'Esto no es un archivo JSON, así que no puede ser una credencial.',
    resultTitle: 'Resultado',
  },
  share: {
    title: 'Credenciales compartidas',
    from: 'Compartidas por {{name}}. El enlace funciona hasta el {{date}}.',
    revoked: 'El estudiante revocó este enlace.',
    expired: 'Este enlace caducó el {{date}}.',
    notFound: 'No hay ningún enlace compartido en esta dirección.',
    state: { active: 'Activa', revoked: 'Revocada', expired: 'Caducada' },
  },
  record: {
    title: 'Mi expediente',
    intro:
      'Todas las credenciales que obtuviste, las habilidades que las respaldan y con quién las compartiste.',
    backHome: '← Volver al inicio',
    credentialsTitle: 'Credenciales',
    none: 'Aún no tienes credenciales: domina las habilidades de un logro y se te emitirá.',
    issued: 'Emitida el {{date}}',
    evidence: 'Evidencia: {{narrative}}',
    evidenceLink: 'Ver el trabajo que respalda {{name}}',
    download: 'Descargar {{name}}',
    exportClr: 'Descargar todo el expediente (CLR 2.0 firmado)',
    notificationsTitle: 'Novedades',
    notification: 'Obtuviste «{{name}}».',
    revoked:
      'Revocada: {{reason}}. La práctica no te la vuelve a emitir; solo un administrador puede volver a otorgarla.',
    skillsTitle: 'Habilidades con evidencia',
    skillLine: '{{name}}: estimación {{estimate}} %',
    skillStanding: '{{name}} — {{standing}}',
    shareTitle: 'Compartir',
    shareIntro: 'Elige credenciales y cuánto dura el enlace. Cualquiera con el enlace puede verificarlas.',
    days: 'Días que funciona el enlace',
    create: 'Crear el enlace',
    created: 'Enlace creado. Cópialo ahora, o más tarde desde tus enlaces:',
    linksTitle: 'Mis enlaces',
    views: '{{count}} visitas',
    shared: '{{count}} credenciales',
    revoke: 'Revocar el enlace {{label}}',
    linkState: { active: 'Activo', revoked: 'Revocado', expired: 'Caducado' },
  },
  employer: {
    title: 'Comparar un expediente compartido',
    intro:
      'Pega el enlace que te dio un estudiante y elige un perfil de puesto: cada habilidad requerida muestra si una credencial verificada la respalda.',
    profile: 'Perfil de puesto',
    link: 'Enlace compartido',
    submit: 'Comparar',
    score: 'Puntuación {{score}} %: {{explanation}}',
    met: 'Cumplida',
    notMet: 'No cumplida',
    skill: 'Habilidad requerida',
    status: 'Estado',
    partial: 'Cumplida en parte',
    summary:
      '{{met}} de {{total}} habilidades requeridas están respaldadas por una credencial compartida y activa',
    summaryPartial:
      '{{met}} de {{total}} habilidades requeridas están respaldadas por una credencial compartida y activa, {{partial}} más en parte',
    weighted: 'Las habilidades cuentan según su importancia en O*NET.',
    throughCrosswalk:
      'Mediante la correspondencia con {{framework}} {{code}} «{{name}}»: se tienen {{held}} de las {{mapped}} habilidades del marco asociadas.',
    halfRule:
      'Una habilidad amplia cuenta como cumplida cuando se tiene al menos la mitad de las habilidades asociadas.',
    evidence: 'Credenciales que la respaldan',
    profilesLink: 'Perfiles de puesto: verlos o crear uno',
    groupManual: 'Escritos a mano',
    groupFrom: 'De {{source}}',
    niceTitle: 'Deseables',
    niceSkill: 'Habilidad deseable',
    niceSummary:
      '{{met}} de {{total}} habilidades deseables también están respaldadas; cada una cuenta la mitad en la puntuación.',
    download: 'Descargar la comparación (CSV)',
    csv: {
      learner: 'Compartido por',
      score: 'Puntuación',
      skill: 'Habilidad',
      code: 'Código',
      kind: 'Tipo',
      weight: 'Peso',
      crosswalk: 'Correspondencia',
      required: 'Requerida',
      nice: 'Deseable',
    },
  },
};
