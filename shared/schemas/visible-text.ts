// Names, titles and bodies must show something: text made only of characters that draw nothing
// (zero-width and other format characters, spacing such as U+3000, the braille blank, hangul
// fillers, combining marks with nothing to combine with) looks empty on every screen.
import type { z } from 'zod';

/**
 * Characters that leave nothing visible on their own: white space, controls, format and other
 * default-ignorable code points (zero-width space and joiners, U+3164 and U+FFA0 hangul fillers,
 * variation selectors, tags), marks, and U+2800 (braille pattern blank, which is a symbol).
 */
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{M}\u2800]/gu;

/** True when `text` has at least one character that draws something. */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '').length > 0;
}

const INVISIBLE_TEXT_MESSAGE_END = 'has only invisible or spacing characters';

/** True for the message `visibleText` refuses with, so a form can word it in the reader's language. */
export function isInvisibleTextMessage(message: string): boolean {
  return message.endsWith(INVISIBLE_TEXT_MESSAGE_END);
}

/**
 * `schema` refusing visibly empty text: "<what> has only invisible or spacing characters". Text
 * that is empty after trimming is left to the schema's own minimum and its message.
 */
export function visibleText<S extends z.ZodType<string>>(schema: S, what: string): S {
  return schema.refine((text) => text.length === 0 || hasVisibleText(text), { message: `${what} ${INVISIBLE_TEXT_MESSAGE_END}` });
}
