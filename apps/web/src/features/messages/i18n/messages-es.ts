import type { messagesEn } from './messages-en.ts';

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** Spanish strings of messages and announcements (same keys as English). */
export const messagesEs: Strings<typeof messagesEn> = {
  inbox: {
    title: 'Mensajes',
    unread: '{{count}} sin leer',
    announcementsTitle: 'Anuncios',
    noAnnouncements: 'Todavía no hay anuncios.',
    threadsTitle: 'Conversaciones',
    noThreads: 'Todavía no hay mensajes. Tus docentes pueden escribirte aquí.',
    open: 'Abrir',
    markRead: 'Marcar como leído',
    read: 'Leído',
    new: 'Nuevo',
  },
  announcement: {
    from: 'De {{name}} · {{className}} · {{when}}',
    unknownAuthor: 'Alguien que ya no está',
  },
  thread: {
    with: 'Conversación con {{name}} ({{className}})',
    back: 'Volver a los mensajes',
    you: 'Tú',
    reply: 'Tu respuesta',
    send: 'Enviar',
    sent: 'Mensaje enviado.',
    empty: 'Todavía no hay mensajes en esta conversación.',
    unreadCount: '{{count}} sin leer',
    last: 'Último: {{text}}',
  },
  classPanel: {
    title: 'Mensajes y anuncios',
    announceTitle: 'Publicar un anuncio',
    subject: 'Asunto (opcional)',
    body: 'Anuncio',
    bodyHelp: 'Texto sin formato, hasta 5000 caracteres. Lo ve cada estudiante de la clase.',
    post: 'Publicar anuncio',
    posted: 'Anuncio publicado.',
    listTitle: 'Anuncios de esta clase',
    messageTitle: 'Escribir a un estudiante',
    learner: 'Estudiante',
    pickLearner: 'Elige un estudiante de esta clase',
    message: 'Mensaje',
    send: 'Enviar mensaje',
    sent: 'Mensaje enviado.',
    noLearners: 'Esta clase todavía no tiene estudiantes.',
    threadsTitle: 'Tus conversaciones en esta clase',
  },
  settings: {
    title: 'Avisos',
    emailMessages: 'Enviarme por correo los mensajes y anuncios nuevos',
    emailMessagesHelp:
      'Desactivado salvo que lo actives. Incluye las solicitudes de contacto de empleadores. El correo va a la dirección de tu cuenta.',
    on: 'Recibirás un correo por cada mensaje o anuncio nuevo.',
    off: 'No recibirás correos por mensajes ni anuncios nuevos.',
  },
};
