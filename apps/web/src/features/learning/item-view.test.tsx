import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../../i18n/i18n.ts';
import { ItemView } from './item-view.tsx';
import type { PublicItem } from './learning-api.ts';
import { renderLearning } from './test-render.tsx';

const ITEM: PublicItem = {
  servedId: 'served-1',
  itemId: 'gsm8k/gsm8k-test-1',
  skillId: 'gsm8k.word-problems',
  source: 'gsm8k',
  stem: { en: 'Ducks lay 16 eggs a day.', es: 'Los patos ponen 16 huevos al día.' },
  steps: [{ id: 's1', prompt: { en: 'How many?', es: '¿Cuántos?' }, answerType: 'number' }],
  currentStepId: 's1',
};

describe('ItemView', () => {
  afterEach(() => applyLocale('en'));

  it('shows the credit line of an imported item, in the page language', () => {
    renderLearning(
      <ItemView
        orgId="o"
        item={{ ...ITEM, attribution: 'GSM8K, MIT licence' }}
        placement={false}
        onDone={() => {}}
      />,
    );
    expect(screen.getByText('Source: GSM8K, MIT licence')).toBeTruthy();
  });

  it('shows no credit line for Pathwise’s own items', () => {
    renderLearning(<ItemView orgId="o" item={ITEM} placement={false} onDone={() => {}} />);
    expect(screen.queryByText(/^Source:/)).toBeNull();
  });
});
