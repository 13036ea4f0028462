import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

/**
 * The long journeys (`*.journey.ts`): one browser test that walks a whole role's work, minutes long. Run by
 * `npm run test:e2e:journey`; not yet in `npm test`, whose run must stay well under CI's hour.
 */
export default defineConfig({ ...base, testMatch: '**/*.journey.ts', retries: 0 });
