import type { LearnerIntent } from './tutor-turn.ts';

const askAnswer =
  /\b(tell|give|show|send) me (the |your )?(answer|solution|result)|\bjust (tell|give|say)|\bwhat('s| is) (the )?(answer|solution|result)|\bwhat('s| is| does) [a-z]( equal)?\b|\bsolve it( for me)?\b|\bdo it for me\b|\b(dime|dame|damela|dimela|di) (la )?(respuesta|solucion)|\bcual es (la )?(respuesta|solucion|el resultado)|\bcuanto (es|vale) [a-z]\b|\bcual es [a-z]\b|\bresuelvelo\b|\bhazlo tu\b|\b(answer|respuesta|solucion|solution)\s*[?!]*$/;
const giveUp =
  /\bgive up\b|\bi quit\b|\bi can'?t\b|\bcannot do\b|\btoo (hard|difficult)\b|\bhopeless\b|\bme rindo\b|\bno puedo\b|\b(muy|demasiado) dificil\b|\bimposible\b|\bi'?m done\b/;
const wantsHint =
  /\bhint\b|\bhelp\b|\bstuck\b|\bclue\b|\bnext step\b|\bpista\b|\bayuda\b|\bayudame\b|\batascad[oa]\b|\bno se\b|\bdon'?t know\b|\bno entiendo\b|\bdon'?t (get|understand)\b|\bconfused\b|\bconfundid[oa]\b|\bhow do i\b|\bcomo (lo )?hago\b/;

const guessPrefix =
  /^(so |then |entonces |y )?(is it|is the answer|could it be|would it be|maybe|perhaps|i think( it'?s| it is| that)?|is|it'?s|es|sera|seria|la respuesta es|the answer is|creo que( es)?|quizas|tal vez)\s+/;

/** Lowercases and strips accents and curly quotes. */
export function foldMessage(message: string): string {
  return message
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase()
    .trim();
}

/** The part of a message that may be a proposed answer ("is it 4?" → "4"), or null. */
export function proposedAnswer(message: string): string | null {
  let text = foldMessage(message).replace(/^[¿¡\s]+/, '');
  text = text.replace(/[?!.\s]+$/, '');
  for (let i = 0; i < 3; i++) text = text.replace(guessPrefix, '');
  text = text.trim();
  return text === '' || text.length > 60 ? null : text;
}

/**
 * Classifies a learner's chat message by keywords (English and Spanish). Whether a message is a guess is
 * decided by the engine, which can check it against the step.
 */
export function classifyMessage(message: string): Exclude<LearnerIntent, 'guess' | 'scaffold-answer'> {
  const text = foldMessage(message);
  if (text === '') return 'open';
  if (askAnswer.test(text)) return 'ask-answer';
  if (giveUp.test(text)) return 'give-up';
  if (wantsHint.test(text)) return 'hint';
  return 'other';
}
