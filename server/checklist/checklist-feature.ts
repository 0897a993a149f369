// The request-list feature over a deal room's parts: its routes, the link targets other features
// register into, and the list as an export reads it.
import type { ApiRouter } from '../http/index.ts';
import type { ChecklistTally } from '../../shared/checklist/index.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { ChecklistView } from '../../shared/schemas/checklist.ts';
import type { UserRepository } from '../auth/index.ts';
import { systemClock, type Clock } from '../clock.ts';
import type { DealActivity, DealGuard, DealMemberRepository, DealMembership } from '../deals/index.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import { ChecklistChanges } from './checklist-changes.ts';
import { ChecklistEditor } from './checklist-editor.ts';
import { ChecklistPresenter } from './checklist-presenter.ts';
import type { ChecklistRepository } from './checklist-repository.ts';
import { ChecklistService } from './checklist-service.ts';
import { LinkTargets } from './link-targets.ts';
import { checklistRoutes } from './routes.ts';

export interface ChecklistDeps {
  checklists: ChecklistRepository;
  guard: DealGuard;
  members: DealMemberRepository;
  users: UserRepository;
  activity: DealActivity;
  io: AppSocketServer;
  /** The deal's progress takes the list's new tally (and its dashboard row follows). */
  onTally: (dealId: string, tally: ChecklistTally) => Promise<void>;
  clock?: Clock;
}

export interface ChecklistFeature {
  /** Mounted under /api/deals/:id/checklist. */
  routes: ApiRouter;
  /** Where the data room and Q&A register what an item may link to. */
  links: LinkTargets;
  /** The list as a member sees it, for the deal's export (null: not started). */
  viewFor(user: PublicUser, membership: DealMembership): Promise<ChecklistView | null>;
}

export function createChecklist(deps: ChecklistDeps): ChecklistFeature {
  const clock = deps.clock ?? systemClock;
  const links = new LinkTargets();
  const changes = new ChecklistChanges({ ...deps, clock });
  const service = new ChecklistService({ ...deps, presenter: new ChecklistPresenter(deps.users, links), changes, clock });
  const editor = new ChecklistEditor({ ...deps, links, changes, clock });
  return { routes: checklistRoutes(service, editor), links, viewFor: (user, membership) => service.viewFor(user, membership) };
}
