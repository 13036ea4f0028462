import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MapSkill } from './learning-api.ts';
import { SkillMap } from './skill-map.tsx';
import { renderLearning } from './test-render.tsx';

const at = (id: string, status: MapSkill['status'], prerequisites: string[] = []): MapSkill => ({
  id,
  name: { en: `Skill ${id}`, es: `Habilidad ${id}` },
  description: { en: '', es: '' },
  parentId: null,
  prerequisites,
  status,
  standing: status === 'mastered' ? 'mastered' : 'not-started',
  estimate: status === 'mastered' ? 0.9 : null,
  missing: [],
  startWith: [],
});

describe('SkillMap', () => {
  it('draws one list per level, each skill a toggle button that says its status', () => {
    const onSelect = vi.fn();
    renderLearning(
      <SkillMap
        skills={[
          at('a', 'mastered'),
          at('b', 'ready', ['a']),
          at('c', 'locked', ['b']),
          at('d', 'ready', ['a']),
        ]}
        selectedId="b"
        onSelect={onSelect}
      />,
    );
    const levels = screen.getAllByRole('list');
    expect(levels.map((l) => l.getAttribute('aria-label'))).toEqual(['Level 1', 'Level 2', 'Level 3']);
    expect(
      within(levels[1] as HTMLElement)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Skill b, Ready to learn', 'Skill d, Ready to learn']);
    const b = screen.getByRole('button', { name: /^Skill b,\s*Ready to learn$/ });
    expect(b.getAttribute('aria-pressed')).toBe('true');
    const c = screen.getByRole('button', { name: /^Skill c,\s*Locked$/ });
    expect(c.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(c);
    expect(onSelect).toHaveBeenCalledWith('c');
    // The drawn links are decoration: hidden from assistive technology.
    expect(document.querySelector('svg.pw-map-edges')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('a mastered skill says when it was only credited by placement, or when a review is due', () => {
    renderLearning(
      <SkillMap
        skills={[
          { ...at('a', 'mastered'), standing: 'credited', estimate: null },
          { ...at('b', 'mastered'), standing: 'mastered-review-due', estimate: 0.77 },
          { ...at('c', 'ready', ['a']), standing: 'learning', estimate: 0.73 },
        ]}
        selectedId={null}
        onSelect={() => {}}
      />,
    );
    screen.getByRole('button', { name: /^Skill a,\s*Credited from placement$/ });
    screen.getByRole('button', { name: /^Skill b,\s*Mastered · review due$/ });
    screen.getByRole('button', { name: /^Skill c,\s*Ready to learn$/ });
  });
});
