import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyLocale } from '../../i18n/i18n.ts';
import { renderLearning } from '../learning/test-render.tsx';
import type { ItemBank, ItemDetail } from './item-bank-api.ts';
import { ItemBankTable } from './item-bank-table.tsx';
import { ItemDetailView } from './item-detail-drawer.tsx';

const same = (text: string) => ({ en: text, es: text });
const OATUTOR = {
  dataset: 'OATutor: OpenStax Elementary Algebra',
  text: 'Problems adapted from Elementary Algebra 2e, OpenStax, licensed CC BY 4.0.',
  license: 'CC BY 4.0',
  url: 'https://github.com/CAHLR/OATutor-Content',
};
const BANK: ItemBank = {
  items: [
    {
      id: 'oatutor/a1',
      skillId: 'oatutor.evaluate',
      source: 'oatutor',
      difficulty: 2,
      stem: same('Evaluating Expressions\nEvaluate $7x-4$ when:'),
      steps: 2,
      status: 'published',
      attribution: null,
    },
    {
      id: 'gsm8k/2',
      skillId: 'gsm8k.word-problems',
      source: 'gsm8k',
      difficulty: 2,
      stem: { en: 'Janet’s ducks lay 16 eggs per day.', es: 'Los patos de Janet ponen 16 huevos al día.' },
      steps: 3,
      status: 'published',
      attribution: null,
    },
  ],
  total: 60,
  families: [],
  sources: [
    { source: 'demo', items: 30, attribution: null },
    { source: 'gsm8k', items: 10, attribution: { ...OATUTOR, dataset: 'GSM8K Socratic', license: 'MIT' } },
    { source: 'oatutor', items: 50, attribution: OATUTOR },
  ],
  skills: [
    { id: 'oatutor.evaluate', name: { en: 'Evaluate expressions', es: 'Evaluar expresiones' }, items: 1 },
    { id: 'gsm8k.word-problems', name: null, items: 1 },
  ],
};

afterEach(() => applyLocale('en'));

describe('ItemBankTable (one page of stored items)', () => {
  it('is a captioned table: each row has the problem with its math, skill, source with licence and steps', () => {
    renderLearning(<ItemBankTable bank={BANK} page={2} onOpen={() => {}} onPage={() => {}} />);
    const table = screen.getByRole('table', { name: 'Stored items: 26–27 of 60' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Problem', 'Skill', 'Source', 'Steps', 'Open']);
    const [first, second] = within(table).getAllByRole('row').slice(1);
    const cells = within(first as HTMLElement).getAllByRole('cell');
    expect(within(first as HTMLElement).getByRole('rowheader').textContent).toContain(
      'Evaluating Expressions',
    );
    // KaTeX typeset the LaTeX (with MathML for screen readers) rather than showing the dollar signs.
    expect(first?.querySelector('.pw-math math')).not.toBeNull();
    expect(first?.textContent).not.toContain('$7x-4$');
    expect(cells.map((c) => c.textContent)).toEqual([
      'Evaluate expressions',
      'OATutor (Elementary Algebra)OATutor: OpenStax Elementary Algebra (CC BY 4.0 licence)',
      '2',
      'Open',
    ]);
    // A skill without a name shows its id.
    expect(within(second as HTMLElement).getAllByRole('cell')[0]?.textContent).toBe('gsm8k.word-problems');
    expect(second?.textContent).toContain('GSM8K Socratic (MIT licence)');
  });

  it('opens an item by its button and moves between pages with named buttons', () => {
    const onOpen = vi.fn();
    const onPage = vi.fn();
    renderLearning(<ItemBankTable bank={BANK} page={1} onOpen={onOpen} onPage={onPage} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open the item Evaluating Expressions' }));
    expect(onOpen).toHaveBeenCalledWith('oatutor/a1');
    const pager = screen.getByRole('navigation', { name: 'Pages of the stored items' });
    expect(pager.textContent).toContain('Page 1 of 3');
    expect((within(pager).getByRole('button', { name: 'Previous page' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    fireEvent.click(within(pager).getByRole('button', { name: 'Next page' }));
    expect(onPage).toHaveBeenCalledWith(2);
  });

  it('says when nothing matches, and speaks Spanish', async () => {
    await applyLocale('es');
    renderLearning(
      <ItemBankTable bank={{ ...BANK, items: [], total: 0 }} page={1} onOpen={() => {}} onPage={() => {}} />,
    );
    expect(screen.getByRole('table', { name: 'Ítems guardados: ninguno cumple estos filtros' })).toBeTruthy();
    expect(screen.getByText('Ningún ítem guardado cumple estos filtros.')).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});

describe('ItemDetailView (an open item, for staff)', () => {
  const DETAIL: ItemDetail = {
    id: 'oatutor/a1',
    skillId: 'oatutor.evaluate',
    skillName: { en: 'Evaluate expressions', es: 'Evaluar expresiones' },
    source: 'oatutor',
    difficulty: 2,
    sample: false,
    stem: same('Evaluating Expressions\nEvaluate $7x-4$ when:'),
    steps: [
      {
        id: 'a',
        prompt: same('$x=5$'),
        answer: { kind: 'number', text: same('31') },
        guidingQuestion: null,
        hints: [same('Substitute $5$ for $x$.'), same('Multiply first.')],
        scaffolds: [
          { id: 's', prompt: same('What is $7 \\cdot 5$?'), answer: { kind: 'number', text: same('35') } },
        ],
        misconceptions: [],
      },
    ],
    attribution: OATUTOR,
    status: 'published',
    authoring: null,
  };

  it('shows every step with its answer, its hints in order, its scaffolds, and the attribution', () => {
    renderLearning(<ItemDetailView item={DETAIL} />);
    const step = screen.getByRole('region', { name: 'Step 1 of 1' });
    expect(step.textContent).toContain('Answer: 31');
    const [hints, scaffolds] = within(step).getAllByRole('list');
    expect(within(hints as HTMLElement).getAllByRole('listitem')).toHaveLength(2);
    expect(hints?.tagName).toBe('OL');
    expect(scaffolds?.textContent).toContain('Answer: 35');
    expect(screen.getByText(/Problems adapted from Elementary Algebra 2e/)).toBeTruthy();
    expect(screen.getByText('Source: OATutor (Elementary Algebra)')).toBeTruthy();
  });
});
