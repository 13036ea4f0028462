import 'katex/dist/katex.min.css';
import { splitMath } from '@pathwise/core/math-text';
import katex from 'katex';
import { memo } from 'react';
import { ContentFigure, FIGURE_MARKER, splitFigures } from './content-figure.tsx';

/**
 * Content text with its `$…$` math typeset by KaTeX. KaTeX writes MathML beside the visual rendering, so screen
 * readers read the math; a span it cannot parse is shown as typed rather than failing the page.
 */
export const MathText = memo(function MathText({ text }: { text: string }) {
  // Imported content may show figures: each reference becomes an <img> between the runs of text.
  if (FIGURE_MARKER.test(text)) {
    FIGURE_MARKER.lastIndex = 0;
    return (
      <>
        {splitFigures(text).map((part, index) =>
          part.kind === 'figure' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one string never move
            <ContentFigure key={index} letters={part.letters} />
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one string never move
            <MathText key={index} text={part.value} />
          ),
        )}
      </>
    );
  }
  return (
    <>
      {splitMath(text).map((part, index) =>
        part.kind === 'text' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one string never move
          <span key={index}>{part.value}</span>
        ) : (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one string never move
            key={index}
            className="pw-math"
            // biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX output, escaped by KaTeX (trust off)
            dangerouslySetInnerHTML={{
              __html: katex.renderToString(part.value, {
                throwOnError: false,
                trust: false,
                output: 'htmlAndMathml',
              }),
            }}
          />
        ),
      )}
    </>
  );
});
