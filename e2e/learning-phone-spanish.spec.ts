import { expect, type Page, test } from '@playwright/test';
import { rightAnswer, wrongAnswer } from './learning-answers.ts';
import { answerStep, currentStep, joinCode, signUpWithCode } from './learning-support.ts';
import { expectNoA11yViolations, screenshotPath } from './support.ts';

const ES = { answer: 'Tu respuesta', check: 'Comprobar' };

async function fitsTheScreen(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** When the item on the page has a chart: it is drawn, its numbers open as a table, and the page passes axe. */
async function checkChart(page: Page, name: string): Promise<boolean> {
  await expect(page.locator('[data-step-state="current"]')).toHaveCount(1);
  if ((await page.locator('figure[data-figure]').count()) === 0) return false;
  await expect(page.locator('figure .recharts-surface').first()).toBeVisible();
  await page.getByText('Mostrar los números como tabla').click();
  await expect(page.locator('figure').getByRole('table')).toBeVisible();
  await expectNoA11yViolations(page);
  await fitsTheScreen(page);
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
  return true;
}

test('on a phone, in Spanish: data-literacy placement with charts, the map, the tutor, pause and resume', async ({
  page,
  browser,
}) => {
  test.setTimeout(360_000);
  await page.setViewportSize({ width: 390, height: 844 });
  const code = await joinCode(browser);
  await signUpWithCode(page, code, 'Sol Estudiante');
  await page.getByRole('button', { name: /^Language/ }).click();
  await page.getByRole('menuitem', { name: 'Español' }).click();

  const data = page.getByRole('article', { name: 'Alfabetización de datos' });
  await expect(data.getByText('Sin empezar')).toBeVisible();
  await fitsTheScreen(page);
  await data.getByRole('button', { name: 'Empezar' }).click();

  // Placement in Spanish; a chart item is drawn and has its table.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Descubre lo que ya sabes');
  let sawChart = false;
  for (let i = 0; i < 30; i++) {
    const result = page.getByRole('heading', { level: 1, name: /Ya sabes/ });
    await expect(result.or(page.locator('[data-step-state="current"]'))).toBeVisible();
    if (await result.isVisible()) break;
    const { itemId, step } = await currentStep(page);
    if (!sawChart) sawChart = await checkChart(page, 'learning-placement-chart-phone-es');
    // Strong on numbers, new to charts: every chart skill is left to learn, so practice starts with one.
    const chart = /^data\.(read-bar-chart|read-line-graph|pie-chart|misleading-graphs)\./.test(itemId);
    const verdict = await answerStep(page, chart ? wrongAnswer(step.answer) : rightAnswer(step.answer), ES);
    if (verdict.itemDone)
      await expect(page.locator(`[data-item-id="${itemId}"]`)).toHaveCount(0, { timeout: 10_000 });
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /Ya sabes \d+ de las 10 habilidades de esta ruta/,
  );
  await expect(page.getByRole('region', { name: 'Lo que ya sabes' })).toBeVisible();
  await expectNoA11yViolations(page);
  await fitsTheScreen(page);

  // The map in Spanish fits a phone.
  await page.getByRole('link', { name: 'Ver el mapa de tu ruta' }).click();
  await expect(page.getByRole('button', { name: /Lista para aprender$/ }).first()).toBeVisible();
  await expectNoA11yViolations(page);
  await fitsTheScreen(page);
  await page.screenshot({ path: screenshotPath('learning-map-phone-es'), fullPage: true });

  // Practice with the tutor, in Spanish.
  await page.getByRole('link', { name: 'Practicar', exact: true }).click();
  await expect(page.getByText('Por qué este problema:')).toBeVisible();
  // Until a chart has been seen (placement or practice), solve items: reading a bar chart is one of the first skills.
  for (let i = 0; i < 15 && !sawChart; i++) {
    sawChart = await checkChart(page, 'learning-practice-chart-phone-es');
    if (sawChart) break;
    for (let s = 0; s < 6 && (await page.locator('[data-step-state="current"]').count()) > 0; s++) {
      const { step } = await currentStep(page);
      await answerStep(page, rightAnswer(step.answer), ES);
    }
    await page.getByRole('button', { name: 'Siguiente problema' }).click();
    await expect(page.locator('[data-step-state="current"]')).toHaveCount(1);
  }
  expect(sawChart, 'a data-literacy item with a chart was shown').toBe(true);
  await page.getByRole('button', { name: 'Preguntar al tutor' }).click();
  const tutor = page.getByRole('complementary', { name: 'Tutor personal' });
  await tutor.getByRole('textbox', { name: 'Tu mensaje para el tutor' }).fill('dime la respuesta');
  await tutor.getByRole('button', { name: 'Enviar' }).click();
  await expect(tutor.locator('[data-speaker="tutor"]')).toHaveCount(1);
  const { step } = await currentStep(page);
  const answer = rightAnswer(step.answer);
  const secret = 'type' in answer ? answer.type : answer.choose;
  const reply = (await tutor.locator('[data-speaker="tutor"]').textContent()) ?? '';
  expect(reply.replace(/\s+/g, '')).not.toContain(secret.replace(/\s+/g, ''));
  await expectNoA11yViolations(page);
  await fitsTheScreen(page);
  await page.screenshot({ path: screenshotPath('learning-practice-phone-es'), fullPage: true });

  // Pause and resume, nothing lost.
  await page.getByRole('link', { name: '← Volver al mapa de la ruta' }).click();
  const progress = await page.getByText(/Dominas \d+ de las 10 habilidades/).textContent();
  await page.getByRole('button', { name: 'Pausar esta ruta' }).click();
  await expect(page.getByText('Esta ruta está en pausa')).toBeVisible();
  await expect(page.getByText('En pausa. No se pierde nada.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Practicar', exact: true })).toHaveCount(0);
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Reanudar' }).click();
  await expect(page.getByText('¡Bienvenido de nuevo! La ruta está activa otra vez.')).toBeVisible();
  await expect(page.getByText(/Dominas \d+ de las 10 habilidades/)).toHaveText(progress ?? '');
  await expect(page.getByRole('link', { name: 'Practicar', exact: true })).toBeVisible();
});
