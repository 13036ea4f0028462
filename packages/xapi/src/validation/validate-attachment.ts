import { isIrl } from '../formats/iri.ts';
import { isMediaType, isSha2Hex } from '../formats/mailto.ts';
import { childPath } from '../model/result.ts';
import type { Checker } from './checker.ts';

const ATTACHMENT_KEYS = ['usageType', 'display', 'description', 'contentType', 'length', 'sha2', 'fileUrl'];

/** Validates a statement's "attachments" array (metadata only; raw data is matched by the multipart reader). */
export function checkAttachments(c: Checker, value: unknown, path: string): void {
  c.array(value, path, (item, at) => {
    const attachment = c.object(item, at, ATTACHMENT_KEYS);
    if (!attachment) return;
    const field = (key: string) => childPath(at, key);
    if (c.required(attachment, 'usageType', at)) c.iri(attachment.usageType, field('usageType'));
    if (c.required(attachment, 'display', at)) c.languageMap(attachment.display, field('display'));
    c.optional(attachment, 'description', at, (v, descAt) => c.languageMap(v, descAt));
    if (c.required(attachment, 'contentType', at)) {
      c.formatted(attachment.contentType, field('contentType'), isMediaType, 'an Internet media type');
    }
    if (c.required(attachment, 'length', at) && c.number(attachment.length, field('length'))) {
      const length = attachment.length as number;
      if (!Number.isInteger(length) || length < 0)
        c.report(field('length'), 'must be a non-negative integer');
    }
    if (c.required(attachment, 'sha2', at)) {
      c.formatted(attachment.sha2, field('sha2'), isSha2Hex, 'a hex SHA-224/256/384/512 digest');
    }
    c.optional(attachment, 'fileUrl', at, (v, urlAt) => c.formatted(v, urlAt, isIrl, 'an IRL'));
  });
}
