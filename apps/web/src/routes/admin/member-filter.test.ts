import type { OrgMember as Member } from '@pathwise/contracts';
import { describe, expect, it } from 'vitest';
import { filterMembers } from './member-filter.tsx';

function member(name: string, email: string, role: Member['role']): Member {
  return { userId: email, name, email, role, joinedAt: '2026-11-25T10:00:00.000Z' };
}

const MEMBERS = [
  member('Lucía Learner', 'learner@demo.pathwise.test', 'learner'),
  member('Tomás Teacher', 'teacher@demo.pathwise.test', 'teacher'),
  member('Ana Brown', 'ana.brown@example.org', 'learner'),
];

describe('finding members', () => {
  it('matches the name without caring for case or accents', () => {
    expect(filterMembers(MEMBERS, { text: 'LUCIA', role: '' }).map((m) => m.name)).toEqual(['Lucía Learner']);
    expect(filterMembers(MEMBERS, { text: 'tomás', role: '' }).map((m) => m.name)).toEqual(['Tomás Teacher']);
  });

  it('matches the email', () => {
    expect(filterMembers(MEMBERS, { text: 'example.org', role: '' }).map((m) => m.name)).toEqual([
      'Ana Brown',
    ]);
  });

  it('narrows to one role, alone or with text', () => {
    expect(filterMembers(MEMBERS, { text: '', role: 'learner' })).toHaveLength(2);
    expect(filterMembers(MEMBERS, { text: 'ana', role: 'teacher' })).toEqual([]);
  });

  it('an empty query keeps everyone', () => {
    expect(filterMembers(MEMBERS, { text: '  ', role: '' })).toHaveLength(3);
  });
});
