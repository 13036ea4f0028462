/** English strings of showing a credential off (certificate, LinkedIn, embeddable badge), under `credentials.showcase`. */
export const credentialsShowcaseEn = {
  certificate: 'Download the certificate of {{name}} (PDF)',
  prepare: 'Add {{name}} to LinkedIn or to my website',
  note: 'The certificate’s QR code, the LinkedIn entry and the badge point to a link that shows this credential verified. It works for a year; it is in your share links below, where you can revoke it.',
  linkedIn: 'Add {{name}} to my LinkedIn profile',
  linkedInHint: 'Opens LinkedIn’s own form, filled in; nothing is sent to LinkedIn before you save it there.',
  embed: 'HTML of the badge of {{name}}, to paste into your website',
  embedAlt: 'Verified credential: {{name}}, issued by {{issuer}}',
  embedText: 'Verified credential: {{name}}',
  until: 'The link works until {{date}}.',
};
