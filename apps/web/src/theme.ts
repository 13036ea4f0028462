import { type CSSVariablesResolver, createTheme, type MantineColorsTuple } from '@mantine/core';

// A calm deep teal. Shade 7 is the primary: white text on it has a contrast of 5.8:1 (WCAG AA needs 4.5).
const pathwise: MantineColorsTuple = [
  '#e7f6f8',
  '#cdeaef',
  '#a0d6df',
  '#6fc1ce',
  '#47aebf',
  '#2c9bae',
  '#1b8a9e',
  '#0f6f80',
  '#0b5d6c',
  '#074a57',
];

const FONT = "'Inter Variable', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export const theme = createTheme({
  colors: { pathwise },
  primaryColor: 'pathwise',
  primaryShade: { light: 7, dark: 5 },
  fontFamily: FONT,
  headings: { fontFamily: FONT, fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  respectReducedMotion: true,
});

// NOTE: Mantine's default "dimmed" gray (#868e96) is 3.3:1 on white, below WCAG AA; this one is 5.9:1. The
// text of "light" alerts and badges is shade 9 on shade 1, which is 3.6–3.8:1 for orange and green (2.7:1 for
// yellow); these darker text colours give at least 5.5:1 on their light backgrounds.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c6670',
    '--mantine-color-green-light-color': '#1e6b30',
    '--mantine-color-orange-light-color': '#a33a06',
    '--mantine-color-yellow-light-color': '#7a4a00',
    '--mantine-color-red-light-color': '#a51d1d',
    '--mantine-color-error': '#c92a2a',
  },
  dark: {},
});
