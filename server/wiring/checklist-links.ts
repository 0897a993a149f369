// What a request-list item may link to, checked through the features that own the targets: a
// data-room file the reader may view (folder access included), and a Q&A question of the deal
// whose answer is approved and which the reader may read. Anything else reads as absent.
import type { LinkTargetCheck } from '../checklist/index.ts';
import { RoomContexts } from '../dataroom/index.ts';
import type { DealGuard } from '../deals/index.ts';
import { NotFoundError } from '../http/index.ts';
import type { QaService } from '../qa/index.ts';
import type { Repositories } from './repositories.ts';

/** Null when `read` finds nothing the user may see (404); other errors are real failures. */
async function unlessMissing<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export function fileLinkCheck(guard: DealGuard, repos: Repositories): LinkTargetCheck {
  const contexts = new RoomContexts(guard, repos.dataRoom);
  return async (user, dealId, fileId) => {
    const file = await unlessMissing(async () => contexts.viewableFile(await contexts.load(user, dealId), fileId));
    return file && { title: file.name };
  };
}

export function answerLinkCheck(qa: QaService): LinkTargetCheck {
  return async (user, dealId, questionId) => {
    const question = await unlessMissing(() => qa.get(user, dealId, questionId));
    return question?.answer ? { title: `Q${question.number} ${question.title}` } : null;
  };
}
