// Comment threads of a deal room: anchors (a dossier text range or a board term), request schemas,
// the size limit, and the shapes the API and Socket.IO events carry.
import { z } from 'zod';
import { SECTION_KEY_PATTERN } from '../deal-docs.ts';
import { TermIdSchema } from './deals.ts';
import { visibleText } from './visible-text.ts';

/** A comment's body is at most 10 KB of UTF-8. */
export const COMMENT_MAX_BYTES = 10 * 1024;
/** At most this many people are notified by one comment. */
export const MENTIONS_MAX = 20;

const encoder = new TextEncoder();

export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/** A Yjs relative position (`Y.encodeRelativePosition`) as base64. */
const RelativePositionSchema = z
  .string()
  .max(1024, 'An anchor position is at most 1,024 characters')
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'An anchor position is base64 of Y.encodeRelativePosition');

/**
 * A range of a dossier section: `start` / `end` are relative positions inside the section's
 * Y.XmlFragment (`section:<section>`), so the range follows concurrent edits; `quote` is the text
 * it covered when the thread was opened.
 */
export const TextAnchorSchema = z.strictObject({
  type: z.literal('text'),
  doc: z.literal('dossier').default('dossier'),
  section: z.string().regex(SECTION_KEY_PATTERN, 'Not a valid section key'),
  start: RelativePositionSchema,
  end: RelativePositionSchema,
  quote: z.string().max(2000, 'The quoted text is at most 2,000 characters').default(''),
});

/** A term of the negotiation board, by its id. */
export const TermAnchorSchema = z.strictObject({
  type: z.literal('term'),
  doc: z.literal('board').default('board'),
  termId: TermIdSchema,
});

export const CommentAnchorSchema = z.discriminatedUnion('type', [TextAnchorSchema, TermAnchorSchema]);
export type CommentAnchor = z.infer<typeof CommentAnchorSchema>;
export type TextAnchor = z.infer<typeof TextAnchorSchema>;

/** Body size is checked by the server against COMMENT_MAX_BYTES (413 with a clear message). */
const CommentBodySchema = visibleText(z.string().trim().min(1, 'Write something first'), 'The comment');

/** Deal members to notify, by e-mail or user id; `@e-mail` in the body counts too. */
const MentionsSchema = z.array(z.string().trim().min(1).max(254)).max(MENTIONS_MAX, `At most ${MENTIONS_MAX} mentions`).default([]);

export const CreateThreadBodySchema = z.object({
  anchor: CommentAnchorSchema,
  body: CommentBodySchema,
  mentions: MentionsSchema,
});
export type CreateThreadBody = z.infer<typeof CreateThreadBodySchema>;

export const ReplyBodySchema = z.object({ body: CommentBodySchema, mentions: MentionsSchema });
export type ReplyBody = z.infer<typeof ReplyBodySchema>;

export const EditCommentBodySchema = z.object({ body: CommentBodySchema });

export const THREAD_STATUSES = ['open', 'resolved'] as const;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];

export const ThreadQuerySchema = z.object({
  doc: z.enum(['dossier', 'board']).optional(),
  status: z.enum(THREAD_STATUSES).optional(),
  termId: TermIdSchema.optional(),
});

export interface CommentAuthor {
  id: string;
  name: string;
  email: string;
}

export interface CommentView {
  id: string;
  threadId: string;
  author: CommentAuthor;
  body: string;
  mentions: CommentAuthor[];
  createdAt: string;
  editedAt: string | null;
}

export interface ThreadView {
  id: string;
  dealId: string;
  anchor: CommentAnchor;
  status: ThreadStatus;
  createdBy: CommentAuthor;
  createdAt: string;
  updatedAt: string;
  resolvedBy: CommentAuthor | null;
  resolvedAt: string | null;
  comments: CommentView[];
}

/** `comment:created`: a new thread (its first comment) or a reply. */
export interface CommentCreated {
  dealId: string;
  thread: ThreadView;
  comment: CommentView;
}

/** `comment:updated`: a thread was resolved or reopened, or one of its comments edited. */
export interface CommentUpdated {
  dealId: string;
  thread: ThreadView;
  change: 'resolved' | 'reopened' | 'edited';
}
