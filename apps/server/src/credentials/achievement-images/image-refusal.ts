import { ACHIEVEMENT_IMAGE_LIMITS, type ImageProblem } from '@pathwise/contracts';
import { AppError } from '@pathwise/core';

const FIELD = 'body/contentBase64';

/** A refusal of an uploaded image: 400 (413 when too large), naming the problem in words and as `imageProblem`. */
export function refuseImage(problem: ImageProblem, message: string, found?: string): never {
  throw new AppError(
    problem === 'too_large' ? 'payload_too_large' : 'validation_failed',
    message,
    [{ field: FIELD, message }],
    { imageProblem: problem, ...(found === undefined ? {} : { found }) },
  );
}

/** A size in KB for messages (`40 KB`, `50.2 MB`). */
export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The refusal of an image over the limit, saying both sizes. */
export function refuseTooLarge(bytes: number, about = false): never {
  const limit = ACHIEVEMENT_IMAGE_LIMITS.maxBytes;
  refuseImage(
    'too_large',
    `The image is ${about ? 'about ' : ''}${sizeText(bytes)}; an achievement's image may be at most ${sizeText(limit)} (${limit} bytes), because every credential carries it`,
  );
}
