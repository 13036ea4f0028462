import type { ImportAttribution } from './import-result.ts';

/** The attribution text of the MathCAMPS dataset (from its README). */
export const mathcampsAttribution: ImportAttribution = {
  dataset: 'MathCAMPS',
  text:
    'MathCAMPS dataset (Shubhra Mishra, Gabriel Poesia, Belinda Mo, Noah D. Goodman, "MathCAMPS: Fine-grained ' +
    'Synthesis of Mathematical Problems From Human Curricula", 2024), https://github.com/gpoesia/mathcamps, MIT ' +
    'licence, Copyright (c) 2024 Gabriel Poesia. Common Core State Standards © Copyright 2010. National ' +
    'Governors Association Center for Best Practices and Council of Chief State School Officers. All rights reserved.',
  license: 'MIT (problems); CCSS public licence (standards)',
  url: 'https://github.com/gpoesia/mathcamps',
};

/** The attribution text of GSM8K (from its README). */
export const gsm8kAttribution: ImportAttribution = {
  dataset: 'GSM8K Socratic',
  text:
    'GSM8K (Karl Cobbe et al., "Training Verifiers to Solve Math Word Problems", 2021), ' +
    'https://github.com/openai/grade-school-math, MIT licence, Copyright (c) 2021 OpenAI.',
  license: 'MIT',
  url: 'https://github.com/openai/grade-school-math',
};
