import { AppError } from '@pathwise/core';

/** Fewest characters a new password may have. */
export const PASSWORD_MIN_LENGTH = 10;
/** Lowest zxcvbn score (0 to 4) a new password may have: 3 is "safely unguessable" (about 10^8 guesses). */
export const PASSWORD_MIN_SCORE = 3;

/** Why a new password is refused; the web app translates `reason` and the estimator's `warning`. */
export interface PasswordFeedback {
  reason: 'blank' | 'short' | 'weak';
  /** The estimator's warning key (e.g. `common`, `simpleRepeat`, `userInputs`), or null. */
  warning: string | null;
  /** The estimator's suggestion keys (e.g. `anotherWord`, `capitalization`). */
  suggestions: string[];
  /** zxcvbn score 0 to 4, when the estimator ran. */
  score?: number;
}

type Estimator = (
  password: string,
  userInputs: string[],
) => { score: number; warning: string | null; suggestions: string[] };

let estimator: Promise<Estimator> | undefined;

// NOTE: the dictionaries (about 3 MB) load on first use, not at start: sign-in never needs them, and a server
// that nobody signs up on never pays for them.
function loadEstimator(): Promise<Estimator> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    const zxcvbn = new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
    });
    return (password, userInputs) => {
      const result = zxcvbn.check(password, userInputs);
      return {
        score: result.score,
        warning: result.feedback.warning ?? null,
        suggestions: [...result.feedback.suggestions],
      };
    };
  })();
  return estimator;
}

const REASONS: Record<PasswordFeedback['reason'], string> = {
  blank: 'is only spaces',
  short: `has fewer than ${PASSWORD_MIN_LENGTH} characters`,
  weak: 'is too easy to guess',
};

/**
 * Judges a password someone is setting (sign-up, invitation, CLI): at least {@link PASSWORD_MIN_LENGTH}
 * characters, not only whitespace, and a zxcvbn score of at least {@link PASSWORD_MIN_SCORE} (guessing it takes
 * about 10^8 tries or more), the person's own email and name counting as known words. Null when it is fine.
 * Never called on sign-in: the estimator takes about 20 ms.
 */
export async function judgeNewPassword(
  password: string,
  userInputs: string[] = [],
): Promise<PasswordFeedback | null> {
  if (password.trim() === '') return { reason: 'blank', warning: null, suggestions: [] };
  if ([...password].length < PASSWORD_MIN_LENGTH) return { reason: 'short', warning: null, suggestions: [] };
  const estimate = await loadEstimator();
  // The local part and the domain words of the address are guesses an attacker would try first.
  const inputs = userInputs
    .flatMap((input) => [input, ...input.split(/[@.\s_+-]+/)])
    .filter((s) => s.length > 2);
  const result = estimate(password, inputs);
  if (result.score >= PASSWORD_MIN_SCORE) return null;
  return { reason: 'weak', ...result };
}

/** The sentence for a refused password, e.g. "is too easy to guess (common)". */
export function describePasswordFeedback(feedback: PasswordFeedback): string {
  return `${REASONS[feedback.reason]}${feedback.warning ? ` (${feedback.warning})` : ''}`;
}

/**
 * Throws a 400 `validation_failed` naming `field` (e.g. `body/password`) when the new password is refused; the
 * problem carries `passwordFeedback` ({@link PasswordFeedback}) for the web app to say why in the reader's language.
 */
export async function assertNewPassword(
  password: string,
  field: string,
  userInputs: string[] = [],
): Promise<void> {
  const feedback = await judgeNewPassword(password, userInputs);
  if (!feedback) return;
  const message = describePasswordFeedback(feedback);
  throw new AppError('validation_failed', `${field} ${message}`, [{ field, message }], {
    passwordFeedback: feedback,
  });
}
