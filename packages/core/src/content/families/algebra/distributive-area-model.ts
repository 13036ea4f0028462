import { type Localized, text } from '../../../language/localized.ts';
import type { AnswerSpec } from '../../answer/answer-spec.ts';
import { linear } from '../../math-format.ts';
import { defineFamily, misconception, num, scaffold, step } from '../family-kit.ts';

const expr = (value: string): AnswerSpec => ({
  kind: 'expression',
  value,
  variables: ['x'],
  form: 'combined',
});

/**
 * A rectangle of width k along whose length lie two parts: one of unknown length x and one of length c (`join`),
 * or a rectangle x long from which a strip c long is taken off (`cut`).
 */
interface Place {
  /** Two parts side by side: the whole is k(x + c). */
  readonly join: (k: number, c: number) => Localized;
  /** What the first step asks for in the `join` story. */
  readonly joinArea: Localized;
  /** The area of the part that is c long, for the scaffold. */
  readonly joinPart: Localized;
  /** The second step of the `join` story, once x is known. */
  readonly joinValue: (v: number) => Localized;
  /** A strip taken off: what is left is k(x − c). */
  readonly cut: (k: number, c: number) => Localized;
  readonly cutArea: Localized;
  readonly cutPart: Localized;
  readonly cutValue: (v: number) => Localized;
}

const places: readonly Place[] = [
  {
    join: (k, c) =>
      text(
        `A rectangular garden is $${k}$ m wide. Along its length it is split into a vegetable patch $x$ m long and a flower bed $${c}$ m long.`,
        `Un jardín rectangular mide $${k}$ m de ancho. A lo largo se divide en un huerto de $x$ m de largo y un parterre de flores de $${c}$ m de largo.`,
      ),
    joinArea: text(
      'Write the area of the whole garden, in m², as the sum of the areas of its two parts, without parentheses.',
      'Escribe el área de todo el jardín, en m², como la suma de las áreas de sus dos partes, sin paréntesis.',
    ),
    joinPart: text(
      'What is the area of the flower bed, in m²?',
      '¿Cuál es el área del parterre de flores, en m²?',
    ),
    joinValue: (v) =>
      text(
        `The vegetable patch turns out to be $${v}$ m long. What is the area of the whole garden, in m²?`,
        `Resulta que el huerto mide $${v}$ m de largo. ¿Cuál es el área de todo el jardín, en m²?`,
      ),
    cut: (k, c) =>
      text(
        `A rectangular garden is $${k}$ m wide and $x$ m long. A strip $${c}$ m long across one end is paved, and the rest of the garden is lawn.`,
        `Un jardín rectangular mide $${k}$ m de ancho y $x$ m de largo. Una franja de $${c}$ m de largo en un extremo está pavimentada, y el resto del jardín es césped.`,
      ),
    cutArea: text(
      'Write the area of the lawn, in m², as the area of the whole garden minus the area of the paved strip, without parentheses.',
      'Escribe el área del césped, en m², como el área de todo el jardín menos el área de la franja pavimentada, sin paréntesis.',
    ),
    cutPart: text(
      'What is the area of the paved strip, in m²?',
      '¿Cuál es el área de la franja pavimentada, en m²?',
    ),
    cutValue: (v) =>
      text(
        `The garden turns out to be $${v}$ m long. What is the area of the lawn, in m²?`,
        `Resulta que el jardín mide $${v}$ m de largo. ¿Cuál es el área del césped, en m²?`,
      ),
  },
  {
    join: (k, c) =>
      text(
        `A rectangular wall is $${k}$ m high. It is painted in two colours: a blue part $x$ m long and, next to it, a white part $${c}$ m long.`,
        `Una pared rectangular mide $${k}$ m de alto. Se pinta de dos colores: una parte azul de $x$ m de largo y, a su lado, una parte blanca de $${c}$ m de largo.`,
      ),
    joinArea: text(
      'Write the area of the whole wall, in m², as the sum of the areas of its two parts, without parentheses.',
      'Escribe el área de toda la pared, en m², como la suma de las áreas de sus dos partes, sin paréntesis.',
    ),
    joinPart: text(
      'What is the area of the white part, in m²?',
      '¿Cuál es el área de la parte blanca, en m²?',
    ),
    joinValue: (v) =>
      text(
        `The blue part turns out to be $${v}$ m long. What is the area of the whole wall, in m²?`,
        `Resulta que la parte azul mide $${v}$ m de largo. ¿Cuál es el área de toda la pared, en m²?`,
      ),
    cut: (k, c) =>
      text(
        `A rectangular wall is $${k}$ m high and $x$ m long. A section $${c}$ m long, as high as the wall, is made of glass, and the rest of the wall is painted.`,
        `Una pared rectangular mide $${k}$ m de alto y $x$ m de largo. Una sección de $${c}$ m de largo, tan alta como la pared, es de cristal, y el resto de la pared está pintado.`,
      ),
    cutArea: text(
      'Write the painted area, in m², as the area of the whole wall minus the area of the glass section, without parentheses.',
      'Escribe el área pintada, en m², como el área de toda la pared menos el área de la sección de cristal, sin paréntesis.',
    ),
    cutPart: text(
      'What is the area of the glass section, in m²?',
      '¿Cuál es el área de la sección de cristal, en m²?',
    ),
    cutValue: (v) =>
      text(
        `The wall turns out to be $${v}$ m long. What is the painted area, in m²?`,
        `Resulta que la pared mide $${v}$ m de largo. ¿Cuál es el área pintada, en m²?`,
      ),
  },
  {
    join: (k, c) =>
      text(
        `The floor of a rectangular hall is $${k}$ m wide. Along its length there is a carpeted part $x$ m long and a wooden dance floor $${c}$ m long.`,
        `El suelo de una sala rectangular mide $${k}$ m de ancho. A lo largo hay una parte con moqueta de $x$ m de largo y una pista de baile de madera de $${c}$ m de largo.`,
      ),
    joinArea: text(
      'Write the area of the whole floor, in m², as the sum of the areas of its two parts, without parentheses.',
      'Escribe el área de todo el suelo, en m², como la suma de las áreas de sus dos partes, sin paréntesis.',
    ),
    joinPart: text(
      'What is the area of the dance floor, in m²?',
      '¿Cuál es el área de la pista de baile, en m²?',
    ),
    joinValue: (v) =>
      text(
        `The carpeted part turns out to be $${v}$ m long. What is the area of the whole floor, in m²?`,
        `Resulta que la parte con moqueta mide $${v}$ m de largo. ¿Cuál es el área de todo el suelo, en m²?`,
      ),
    cut: (k, c) =>
      text(
        `The floor of a rectangular hall is $${k}$ m wide and $x$ m long. A stage $${c}$ m long fills one end of the hall, and the rest of the floor is for the audience.`,
        `El suelo de una sala rectangular mide $${k}$ m de ancho y $x$ m de largo. Un escenario de $${c}$ m de largo ocupa un extremo de la sala, y el resto del suelo es para el público.`,
      ),
    cutArea: text(
      'Write the area for the audience, in m², as the area of the whole floor minus the area of the stage, without parentheses.',
      'Escribe el área para el público, en m², como el área de todo el suelo menos el área del escenario, sin paréntesis.',
    ),
    cutPart: text('What is the area of the stage, in m²?', '¿Cuál es el área del escenario, en m²?'),
    cutValue: (v) =>
      text(
        `The hall turns out to be $${v}$ m long. What is the area for the audience, in m²?`,
        `Resulta que la sala mide $${v}$ m de largo. ¿Cuál es el área para el público, en m²?`,
      ),
  },
  {
    join: (k, c) =>
      text(
        `A rectangular car park is $${k}$ m wide. Along its length there is a section for cars $x$ m long and a section for bicycles $${c}$ m long.`,
        `Un aparcamiento rectangular mide $${k}$ m de ancho. A lo largo hay una zona para coches de $x$ m de largo y una zona para bicicletas de $${c}$ m de largo.`,
      ),
    joinArea: text(
      'Write the area of the whole car park, in m², as the sum of the areas of its two sections, without parentheses.',
      'Escribe el área de todo el aparcamiento, en m², como la suma de las áreas de sus dos zonas, sin paréntesis.',
    ),
    joinPart: text(
      'What is the area of the section for bicycles, in m²?',
      '¿Cuál es el área de la zona para bicicletas, en m²?',
    ),
    joinValue: (v) =>
      text(
        `The section for cars turns out to be $${v}$ m long. What is the area of the whole car park, in m²?`,
        `Resulta que la zona para coches mide $${v}$ m de largo. ¿Cuál es el área de todo el aparcamiento, en m²?`,
      ),
    cut: (k, c) =>
      text(
        `A rectangular car park is $${k}$ m wide and $x$ m long. A strip $${c}$ m long at the entrance is kept free, and the rest is for parking.`,
        `Un aparcamiento rectangular mide $${k}$ m de ancho y $x$ m de largo. Una franja de $${c}$ m de largo en la entrada se deja libre, y el resto es para aparcar.`,
      ),
    cutArea: text(
      'Write the area for parking, in m², as the area of the whole car park minus the area of the free strip, without parentheses.',
      'Escribe el área para aparcar, en m², como el área de todo el aparcamiento menos el área de la franja libre, sin paréntesis.',
    ),
    cutPart: text(
      'What is the area of the free strip, in m²?',
      '¿Cuál es el área de la franja libre, en m²?',
    ),
    cutValue: (v) =>
      text(
        `The car park turns out to be $${v}$ m long. What is the area for parking, in m²?`,
        `Resulta que el aparcamiento mide $${v}$ m de largo. ¿Cuál es el área para aparcar, en m²?`,
      ),
  },
];

/** An area model: a rectangle in two parts gives its area two ways, k(x ± c) and kx ± kc; then a value of x. */
export const distributiveAreaModelFamily = defineFamily({
  id: 'alg.distributive.area-model',
  skillId: 'alg.distributive',
  name: text('Area model: a rectangle in two parts', 'Modelo de área: un rectángulo en dos partes'),
  build(rng, difficulty) {
    const place = rng.pick(places);
    // Difficulty 3 takes a strip away, so the product is k(x − c) and the sign must be carried.
    const cut = difficulty === 3;
    const k = difficulty === 1 ? rng.int(2, 9) : rng.int(6, 15);
    let c = difficulty === 1 ? rng.int(2, 9) : cut ? rng.int(3, 12) : rng.int(10, 25);
    if (c === k) c += 1;
    const v = cut ? c + rng.int(2, 20) : difficulty === 1 ? rng.int(2, 12) : rng.int(5, 20);
    const s = cut ? -1 : 1;
    const part = k * c;
    const whole = `${k}(x ${cut ? '-' : '+'} ${c})`;
    const answer = linear(k, s * part, 'x');
    const value = k * (v + s * c);
    const op = cut ? '-' : '+';
    const joined = Number(`${k}${v}`);
    return {
      stem: cut ? place.cut(k, c) : place.join(k, c),
      steps: [
        step({
          id: 'expanded',
          prompt: cut ? place.cutArea : place.joinArea,
          answer: expr(answer),
          guidingQuestion: cut
            ? text(
                'The strip is as wide as the whole rectangle. How do you find the area of each rectangle?',
                'La franja es tan ancha como todo el rectángulo. ¿Cómo calculas el área de cada rectángulo?',
              )
            : text(
                'Each part is a rectangle with the same width as the whole one. How do you find the area of each part?',
                'Cada parte es un rectángulo con el mismo ancho que el total. ¿Cómo calculas el área de cada parte?',
              ),
          hints: [
            text(
              'The area of a rectangle is its width times its length.',
              'El área de un rectángulo es su ancho por su largo.',
            ),
            cut
              ? text(
                  'The whole rectangle is $x$ m long, so its area has $x$ in it; the strip has a known length, so its area is a plain number.',
                  'Todo el rectángulo mide $x$ m de largo, así que su área lleva $x$; la franja tiene un largo conocido, así que su área es un número solo.',
                )
              : text(
                  'The part that is $x$ m long has an area with $x$ in it; the other part has a known length, so its area is a plain number.',
                  'La parte que mide $x$ m de largo tiene un área con $x$; la otra parte tiene un largo conocido, así que su área es un número solo.',
                ),
            cut
              ? text(
                  `Both areas use the same width, $${k}$ m. Take the smaller area away from the larger one.`,
                  `Las dos áreas usan el mismo ancho, $${k}$ m. Resta el área menor de la mayor.`,
                )
              : text(
                  `Multiply each length by the same width, $${k}$ m, and add the two areas.`,
                  `Multiplica cada largo por el mismo ancho, $${k}$ m, y suma las dos áreas.`,
                ),
          ],
          scaffolds: [
            scaffold('part', cut ? place.cutPart : place.joinPart, num(part), [
              misconception('added-instead-of-multiplied', num(k + c)),
            ]),
          ],
          misconceptions: [
            misconception('distributed-to-first-term-only', expr(linear(k, s * c, 'x'))),
            misconception('distributed-to-first-term-only', expr(linear(1, s * part, 'x'))),
            cut
              ? misconception('dropped-minus-before-term', expr(linear(k, part, 'x')))
              : misconception('added-instead-of-multiplied', expr(linear(k, k + c, 'x'))),
          ],
          worked: [
            cut
              ? text(
                  `Width times length: the whole rectangle is $${k}x$ m² and the strip is $${k} \\cdot ${c} = ${part}$ m².`,
                  `Ancho por largo: todo el rectángulo mide $${k}x$ m² y la franja $${k} \\cdot ${c} = ${part}$ m².`,
                )
              : text(
                  `Width times length: the parts are $${k}x$ m² and $${k} \\cdot ${c} = ${part}$ m².`,
                  `Ancho por largo: las partes miden $${k}x$ m² y $${k} \\cdot ${c} = ${part}$ m².`,
                ),
            text(
              `So the area is $${whole} = ${answer}$: width times ${cut ? 'remaining' : 'total'} length, or the two areas ${cut ? 'subtracted' : 'added'}.`,
              `Así que el área es $${whole} = ${answer}$: el ancho por el largo ${cut ? 'que queda' : 'total'}, o las dos áreas ${cut ? 'restadas' : 'sumadas'}.`,
            ),
          ],
        }),
        step({
          id: 'value',
          prompt: cut ? place.cutValue(v) : place.joinValue(v),
          answer: num(value),
          guidingQuestion: text(
            'You have the area written with $x$. What do you do with the length you now know?',
            'Ya tienes el área escrita con $x$. ¿Qué haces con el largo que ahora conoces?',
          ),
          hints: [
            text(
              `Replace $x$ with $${v}$ in the expression from the first step.`,
              `Sustituye $x$ por $${v}$ en la expresión del primer paso.`,
            ),
            text(
              'Multiply before you add or subtract. A number next to $x$ means multiplication.',
              'Multiplica antes de sumar o restar. Un número junto a $x$ indica multiplicación.',
            ),
            text(
              `You can check with the width times the ${cut ? 'remaining' : 'total'} length: both ways must agree.`,
              `Puedes comprobarlo con el ancho por el largo ${cut ? 'que queda' : 'total'}: las dos formas deben coincidir.`,
            ),
          ],
          misconceptions: [
            misconception('distributed-to-first-term-only', num(k * v + s * c)),
            misconception('juxtaposition-as-digits', num(joined + s * part)),
            cut
              ? misconception('dropped-minus-before-term', num(k * v + part))
              : misconception('added-instead-of-multiplied', num(k + v + c)),
          ],
          worked: [
            text(
              `$${k} \\cdot ${v} ${op} ${part} = ${k * v} ${op} ${part} = ${value}$`,
              `$${k} \\cdot ${v} ${op} ${part} = ${k * v} ${op} ${part} = ${value}$`,
            ),
            text(
              `Check: $${k}(${v} ${op} ${c}) = ${k} \\cdot ${v + s * c} = ${value}$, so the area is $${value}$ m².`,
              `Comprobación: $${k}(${v} ${op} ${c}) = ${k} \\cdot ${v + s * c} = ${value}$, así que el área es de $${value}$ m².`,
            ),
          ],
        }),
      ],
    };
  },
});
