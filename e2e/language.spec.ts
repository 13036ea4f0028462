import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, uniqueEmail } from './support.ts';

test('switching to Spanish translates the page and is saved to the account', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: /^Language/ }).click();
  await page.getByRole('menuitem', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iniciar sesión');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expectNoA11yViolations(page);

  // Sign up in Spanish: the account keeps the language.
  await page.getByRole('main').getByRole('link', { name: 'Crear una cuenta' }).click();
  await page.getByRole('radio', { name: 'Dirijo una escuela u organización' }).check();
  await page.getByRole('textbox', { name: 'Nombre de tu escuela u organización' }).fill('Colegio Sol');
  await page.getByRole('textbox', { name: 'Tu nombre' }).fill('Sofía Sol');
  const email = uniqueEmail('sofia');
  await page.getByRole('textbox', { name: 'Correo electrónico' }).fill(email);
  await page.getByRole('textbox', { name: 'Contraseña' }).fill('una-clave-larga-1');
  await page.getByRole('button', { name: 'Crear cuenta' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hola, Sofía');
  await expect(page.getByRole('tab', { name: 'Miembros' })).toBeVisible();
  await expectNoA11yViolations(page);

  // The account's language wins over this device's: a new browser signs in and sees Spanish.
  const other = await (await page.context().browser()!.newContext()).newPage();
  await other.goto('/sign-in');
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await other.getByRole('textbox', { name: 'Email' }).fill(email);
  await other.getByRole('textbox', { name: 'Password' }).fill('una-clave-larga-1');
  await other.getByRole('button', { name: 'Sign in' }).click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Hola, Sofía');

  // Back to English, saved: a reload keeps it.
  await other.getByRole('button', { name: /^Idioma/ }).click();
  await other.getByRole('menuitem', { name: 'English' }).click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Welcome, Sofía');
  await other.reload();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Welcome, Sofía');
  await other.context().close();
});

test('the language menu works from the keyboard and gives focus back', async ({ page }) => {
  await page.goto('/sign-in');
  const button = page.getByRole('button', { name: /^Language/ });
  for (let i = 0; i < 6 && !(await button.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  const spanish = page.getByRole('menuitem', { name: 'Español' });
  await expect(spanish).toBeVisible();
  for (let i = 0; i < 3 && !(await spanish.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(spanish).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iniciar sesión');
  await expect(page.getByRole('button', { name: /^Idioma/ })).toBeFocused();
});
