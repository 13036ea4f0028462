import { describe, expect, it } from 'vitest';
import { orderLayers, skillEdges, skillLayers } from './skill-layers.ts';

const skill = (id: string, prerequisites: string[] = []) => ({ id, prerequisites });

describe('skillLayers', () => {
  it('puts each skill one layer below its deepest prerequisite, keeping the order inside a layer', () => {
    const layers = skillLayers([
      skill('add'),
      skill('mul'),
      skill('order', ['add', 'mul']),
      skill('like-terms', ['order']),
      skill('one-step', ['add']),
      skill('two-step', ['one-step', 'like-terms']),
    ]);
    expect(layers.map((l) => l.map((s) => s.id))).toEqual([
      ['add', 'mul'],
      ['order', 'one-step'],
      ['like-terms'],
      ['two-step'],
    ]);
  });

  it('ignores prerequisites outside the pathway and survives a cycle in a bad payload', () => {
    expect(
      skillLayers([skill('a', ['elsewhere']), skill('b', ['a'])]).map((l) => l.map((s) => s.id)),
    ).toEqual([['a'], ['b']]);
    expect(skillLayers([skill('x', ['y']), skill('y', ['x'])]).flat()).toHaveLength(2);
  });

  it('places a skill below a prerequisite listed after it', () => {
    expect(skillLayers([skill('b', ['a']), skill('a')]).map((l) => l.map((s) => s.id))).toEqual([
      ['a'],
      ['b'],
    ]);
  });
});

describe('skillEdges', () => {
  it('lists prerequisite links inside the pathway only', () => {
    expect(skillEdges([skill('a', ['outside']), skill('b', ['a']), skill('c', ['a', 'b'])])).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
  });
});

describe('orderLayers', () => {
  it('puts a skill under the middle of its prerequisites, so links cross less', () => {
    const layers = orderLayers([
      [skill('left'), skill('right')],
      [skill('under-right', ['right']), skill('under-left', ['left'])],
      [skill('free'), skill('below-both', ['under-left', 'under-right'])],
    ]);
    expect(layers.map((l) => l.map((s) => s.id))).toEqual([
      ['left', 'right'],
      ['under-left', 'under-right'],
      ['free', 'below-both'],
    ]);
  });
});
