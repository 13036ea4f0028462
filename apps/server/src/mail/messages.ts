import type { MailMessage } from './mailer.ts';

type Locale = 'en' | 'es';
const lang = (locale: string): Locale => (locale === 'es' ? 'es' : 'en');

/** The link that proves a person holds their address (sign-up, or "send the link again"). */
export function verificationMail(input: {
  to: string;
  name: string;
  locale: string;
  url: string;
}): MailMessage {
  const text = {
    en: `Hello ${input.name},\n\nConfirm that this is your address for Pathwise by opening this link (valid for 24 hours, once):\n\n${input.url}\n\nIf you did not create a Pathwise account, ignore this message.\n`,
    es: `Hola ${input.name}:\n\nConfirma que esta es tu dirección para Pathwise abriendo este enlace (válido 24 horas, una sola vez):\n\n${input.url}\n\nSi no creaste una cuenta en Pathwise, ignora este mensaje.\n`,
  };
  const subject = { en: 'Confirm your email address', es: 'Confirma tu dirección de correo' };
  const l = lang(input.locale);
  return { to: input.to, subject: subject[l], text: text[l] };
}

/** Told to the holder of an address when someone tries to sign up with it again. */
export function signUpAttemptMail(input: { to: string; locale: string; signInUrl: string }): MailMessage {
  const text = {
    en: `Someone tried to create a Pathwise account with this address, which already has one.\n\nIf it was you, sign in instead: ${input.signInUrl}\nIf it was not you, you can ignore this message: nothing changed in your account.\n`,
    es: `Alguien intentó crear una cuenta de Pathwise con esta dirección, que ya tiene una.\n\nSi fuiste tú, inicia sesión: ${input.signInUrl}\nSi no fuiste tú, puedes ignorar este mensaje: tu cuenta no ha cambiado.\n`,
  };
  const subject = { en: 'Your Pathwise account', es: 'Tu cuenta de Pathwise' };
  const l = lang(input.locale);
  return { to: input.to, subject: subject[l], text: text[l] };
}

/** An invitation to join an organization, with its link. */
export function invitationMail(input: {
  to: string;
  orgName: string;
  role: string;
  url: string;
}): MailMessage {
  return {
    to: input.to,
    subject: `Invitation to ${input.orgName} on Pathwise`,
    text: `You are invited to join ${input.orgName} on Pathwise as ${input.role}.\n\nOpen this link to accept (it also confirms this address is yours):\n\n${input.url}\n\nInvitación a ${input.orgName} en Pathwise. Abre el enlace para aceptarla.\n`,
  };
}

/**
 * A new announcement or message inside Pathwise, for a person who asked to be e-mailed (their setting). Holds the
 * sender's display name, the class and the text as typed (plain text mail), and where to read it; no link that
 * signs anyone in.
 */
export function newMessageMail(input: {
  to: string;
  locale: string;
  kind: 'announcement' | 'message';
  senderName: string;
  className: string;
  subject: string;
  body: string;
  url: string;
}): MailMessage {
  const l = lang(input.locale);
  const what = {
    announcement: {
      en: `${input.senderName} posted an announcement to ${input.className}`,
      es: `${input.senderName} publicó un anuncio en ${input.className}`,
    },
    message: {
      en: `${input.senderName} sent you a message (${input.className})`,
      es: `${input.senderName} te envió un mensaje (${input.className})`,
    },
  }[input.kind][l];
  const footer = {
    en: `Read it and reply in Pathwise: ${input.url}\n\nYou get these e-mails because you turned them on in your account; turn them off there.\n`,
    es: `Léelo y responde en Pathwise: ${input.url}\n\nRecibes estos correos porque los activaste en tu cuenta; puedes desactivarlos allí.\n`,
  }[l];
  const heading = input.subject ? `${input.subject}\n\n` : '';
  return { to: input.to, subject: what, text: `${what}:\n\n${heading}${input.body}\n\n${footer}` };
}

/**
 * An employer asked to contact a learner who made credentials discoverable, for a learner who asked to be e-mailed
 * (the same setting as new messages). Holds who asks (name, organization), the job and their message as typed, and
 * where to answer; nothing is shared with the employer until the learner accepts there.
 */
export function contactRequestMail(input: {
  to: string;
  locale: string;
  employerName: string;
  organizationName: string;
  jobName: string;
  message: string;
  url: string;
}): MailMessage {
  const l = lang(input.locale);
  const subject = {
    en: `${input.employerName} (${input.organizationName}) would like to contact you`,
    es: `${input.employerName} (${input.organizationName}) quiere ponerse en contacto contigo`,
  }[l];
  const job = input.jobName
    ? { en: `About the job: ${input.jobName}\n\n`, es: `Sobre el puesto: ${input.jobName}\n\n` }[l]
    : '';
  const footer = {
    en: `Nothing about you is shared until you accept. Accept or decline on your record in Pathwise: ${input.url}\n\nYou get these e-mails because you turned them on in your account; turn them off there.\n`,
    es: `No se comparte nada tuyo hasta que aceptes. Acepta o rechaza en tu expediente en Pathwise: ${input.url}\n\nRecibes estos correos porque los activaste en tu cuenta; puedes desactivarlos allí.\n`,
  }[l];
  return { to: input.to, subject, text: `${subject}:\n\n${job}${input.message}\n\n${footer}` };
}
