// What a request-list item may link to. The data room and Q&A register a check per kind in the
// composition root; a kind nobody registered can be neither linked nor shown.
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { ChecklistLink, ChecklistLinkKind, ChecklistLinkView } from '../../shared/schemas/checklist.ts';
import { ErrorCode } from '../../shared/protocol.ts';
import { AppError } from '../http/index.ts';

/** The title of `id` in deal `dealId` when `user` may see it there; null otherwise (absent, another deal's, hidden). */
export type LinkTargetCheck = (user: PublicUser, dealId: string, id: string) => Promise<{ title: string } | null>;

export class LinkTargets {
  private readonly checks = new Map<ChecklistLinkKind, LinkTargetCheck>();

  register(kind: ChecklistLinkKind, check: LinkTargetCheck): void {
    this.checks.set(kind, check);
  }

  /** The links `user` may see, with their titles; the others are left out, as if absent. */
  async visible(user: PublicUser, dealId: string, links: readonly ChecklistLink[]): Promise<ChecklistLinkView[]> {
    const seen = await Promise.all(links.map((link) => this.titleOf(user, dealId, link)));
    return links.flatMap((link, index) => {
      const title = seen[index];
      return title === null ? [] : [{ ...link, title }];
    });
  }

  /**
   * The links an item holds once `user` sets them to `wanted`: links of others that `user` may
   * not see stay (they could not have meant to remove what they never saw), and each new link
   * must be to something `user` sees in this deal — else 400, the same answer whether the target
   * is absent, another deal's or hidden from them, so nothing is learnt from it.
   */
  async merge(user: PublicUser, dealId: string, wanted: readonly ChecklistLink[], held: readonly ChecklistLink[]): Promise<ChecklistLink[]> {
    const heldKeys = new Set(held.map(linkKey));
    const wantedKeys = new Set(wanted.map(linkKey));
    for (const [index, link] of wanted.entries()) {
      if (heldKeys.has(linkKey(link))) continue;
      if ((await this.titleOf(user, dealId, link)) === null) {
        const message = link.kind === 'file' ? 'No such file in this deal' : 'No such answer in this deal';
        throw new AppError(ErrorCode.BadRequest, message, [{ path: `links.${index}`, message }]);
      }
    }
    const unseenKept = [];
    for (const link of held) {
      if (!wantedKeys.has(linkKey(link)) && (await this.titleOf(user, dealId, link)) === null) unseenKept.push(link);
    }
    const unique = new Map([...wanted, ...unseenKept].map((link) => [linkKey(link), link]));
    return [...unique.values()];
  }

  private async titleOf(user: PublicUser, dealId: string, link: ChecklistLink): Promise<string | null> {
    const check = this.checks.get(link.kind);
    return check ? ((await check(user, dealId, link.id))?.title ?? null) : null;
  }
}

function linkKey(link: ChecklistLink): string {
  return `${link.kind}:${link.id}`;
}
