import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { canonicalAnswer } from '../content/answer/check-answer.ts';
import { findItem } from '../content/catalog/item-families.ts';
import { classifyMessage, proposedAnswer } from './classify-message.ts';
import { hintLadder, ladderDone } from './hint-ladder.ts';
import { type TutorRequest, tutorReply } from './tutor-engine.ts';
import { tutorPhrases } from './tutor-phrases.ts';
import type { TutorTurn } from './tutor-turn.ts';

const item = findItem('alg.distributive.basic/3/2')!;
const step = item.steps[0]!;

function ask(
  message: string,
  history: TutorTurn[] = [],
  attempts: string[] = [],
  locale: 'en' | 'es' = 'en',
) {
  const request: TutorRequest = { item, stepIndex: 0, attempts, history, message, locale };
  const reply = tutorReply(request);
  history.push({ role: 'learner', text: message }, reply.turn);
  return reply;
}

describe('classifyMessage', () => {
  test('recognises requests for the answer, giving up and asking for help, in English and Spanish', () => {
    for (const m of [
      'just tell me the answer',
      'what is x?',
      'What is the answer',
      'dime la respuesta',
      '¿Cuál es la respuesta?',
      '¿cuánto vale x?',
    ]) {
      assert.equal(classifyMessage(m), 'ask-answer', m);
    }
    for (const m of ['I give up', "I can't do this", 'me rindo', 'No puedo, es muy difícil'])
      assert.equal(classifyMessage(m), 'give-up', m);
    for (const m of ['hint please', "I'm stuck", 'necesito una pista', 'no entiendo'])
      assert.equal(classifyMessage(m), 'hint', m);
    assert.equal(classifyMessage(''), 'open');
  });

  test('extracts a proposed answer from a question', () => {
    assert.equal(proposedAnswer('Is it 4?'), '4');
    assert.equal(proposedAnswer('¿Es x = 4?'), 'x = 4');
    assert.equal(proposedAnswer('I think it is 2x + 6'), '2x + 6');
  });
});

describe('tutorReply', () => {
  test('opens with the guiding question, then climbs the ladder from general to specific', () => {
    const history: TutorTurn[] = [];
    const ladder = hintLadder(step);
    const opening = ask('', history);
    assert.equal(opening.move, 'guiding-question');
    assert.equal(opening.text, step.guidingQuestion.en);
    const moves = ladder.slice(1).map(() => ask('hint', history).move);
    assert.deepEqual(
      moves,
      ladder.slice(1).map((r) => r.kind),
    );
    assert.ok(history.at(-1)!.text.includes(step.hints.at(-1)!.en) || history.at(-1)!.move === 'scaffold');
    assert.equal(ask('hint', history).move, 'ladder-exhausted');
  });

  test('refuses to give the answer and still helps; encourages a learner who gives up', () => {
    const history: TutorTurn[] = [];
    const refusal = ask('just tell me the answer', history);
    assert.equal(refusal.intent, 'ask-answer');
    assert.ok(refusal.text.startsWith(tutorPhrases.refuse[0].en));
    assert.equal(refusal.move, 'guiding-question');
    const giveUp = ask('I give up', history);
    assert.equal(giveUp.intent, 'give-up');
    assert.ok(tutorPhrases.encourage.some((p) => giveUp.text.startsWith(p.en)));
    assert.equal(giveUp.move, 'hint');
  });

  test('reacts to a typed misconception with feedback about it', () => {
    const firstOnly = step.misconceptions.find((m) => m.id === 'distributed-to-first-term-only')!;
    const reply = ask(`is it ${canonicalAnswer(firstOnly.answer)}?`);
    assert.equal(reply.intent, 'guess');
    assert.equal(reply.move, 'misconception');
    assert.ok(reply.text.startsWith(firstOnly.feedback.en));
  });

  test('reacts to a misconception in the latest answer-box attempt when opened', () => {
    const signError = step.misconceptions.find((m) => m.id === 'distributed-sign-error')!;
    const history: TutorTurn[] = [];
    const reply = ask('', history, [canonicalAnswer(signError.answer)], 'es');
    assert.equal(reply.move, 'misconception');
    assert.ok(reply.text.startsWith(signError.feedback.es));
    assert.equal(ask('', history, [canonicalAnswer(signError.answer)], 'es').move, 'guiding-question');
  });

  test('answers a right guess and a plain wrong guess the same way, so the chat confirms nothing', () => {
    const right = ask(`is it ${canonicalAnswer(step.answer)}?`);
    const wrong = ask('is it 100x + 1?');
    assert.equal(right.move, 'check-it-yourself');
    assert.equal(right.text, wrong.text);
  });

  test('checks the answer to a scaffold question and moves on, or asks again', () => {
    const history: TutorTurn[] = [];
    let reply = ask('', history);
    while (reply.move !== 'scaffold') reply = ask('hint', history);
    const scaffold = step.scaffolds.find((s) => s.id === reply.turn.scaffoldId)!;
    const wrongAnswer = ask('12345', history);
    assert.equal(wrongAnswer.move, 'scaffold-retry');
    assert.ok(wrongAnswer.text.endsWith(scaffold.prompt.en));
    const rightAnswer = ask(canonicalAnswer(scaffold.answer), history);
    assert.equal(rightAnswer.intent, 'scaffold-answer');
    assert.ok(rightAnswer.text.startsWith(tutorPhrases.scaffoldRight.en));
  });

  test('replies in the learner’s language', () => {
    assert.equal(ask('', [], [], 'es').text, step.guidingQuestion.es);
  });
});

describe('ladderDone', () => {
  test('holds once the last rung of the step was given, not before', () => {
    const rungs = hintLadder(step).length;
    assert.ok(rungs >= 3);
    assert.equal(ladderDone(step, []), false);
    assert.equal(ladderDone(step, [{ rung: rungs - 2 }, {}]), false);
    assert.equal(ladderDone(step, [{ rung: 0 }, { rung: rungs - 1 }]), true);
  });
});
