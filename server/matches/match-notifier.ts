// Pushes match changes live to every member of both organisations, each socket getting the match
// as its user's side sees it, in the language the socket asked for (`auth.lang` in the handshake,
// else its Accept-Language). Outsiders are never addressed.
import type { MatchView } from '../../shared/schemas/matches.ts';
import type { Lang } from '../../shared/taxonomy/index.ts';
import type { Logger } from '../logger.ts';
import type { MembershipRepository } from '../orgs/index.ts';
import { socketsInRooms, userRoom, type AppSocketServer } from '../realtime/index.ts';
import { MatchPresenter, sideOf, type MatchContext } from './match-presenter.ts';
import type { MatchRecord } from './match-repository.ts';
import { isLang, pickLang } from './viewer-lang.ts';

type MatchEvent = 'match:suggested' | 'match:updated';

interface HandshakeLike {
  auth: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
}

function socketLang(handshake: HandshakeLike): Lang {
  const asked = handshake.auth.lang;
  const header = handshake.headers['accept-language'];
  return pickLang(isLang(asked) ? asked : undefined, typeof header === 'string' ? header : undefined);
}

/** Told the organisations whose matches were just suggested or changed state. */
export type MatchChangeListener = (orgIds: readonly string[]) => void;

export class MatchNotifier {
  private readonly listeners = new Set<MatchChangeListener>();

  constructor(
    private readonly io: AppSocketServer,
    private readonly memberships: MembershipRepository,
    private readonly presenter: MatchPresenter,
    private readonly logger: Logger,
  ) {}

  /** Subscribes to suggestions and state changes (the dashboard's funnel counts follow them). */
  readonly observe = (listener: MatchChangeListener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Sends each match to the members of its two organisations; never throws (logs instead). */
  async push(event: MatchEvent, matches: readonly MatchRecord[]): Promise<void> {
    if (matches.length === 0) return;
    const orgIds = [...new Set(matches.flatMap((match) => [match.needOrgId, match.offerOrgId]))];
    for (const listener of this.listeners) listener(orgIds);
    try {
      const context = await this.presenter.load(matches);
      for (const match of matches) await this.pushOne(event, match, context);
    } catch (error) {
      this.logger.error({ err: error, event }, 'match push failed');
    }
  }

  async removed(match: MatchRecord): Promise<void> {
    try {
      const rooms = (await this.memberOrgs(match)).map(({ userId }) => userRoom(userId));
      if (rooms.length > 0) this.io.to(rooms).emit('match:removed', { matchId: match._id });
    } catch (error) {
      this.logger.error({ err: error, matchId: match._id }, 'match removal push failed');
    }
  }

  private async pushOne(event: MatchEvent, match: MatchRecord, context: MatchContext): Promise<void> {
    const members = await this.memberOrgs(match);
    if (members.length === 0) return;
    const orgsByUser = new Map(members.map(({ userId, orgIds }) => [userId, orgIds]));
    const sockets = await socketsInRooms(this.io, [...orgsByUser.keys()].map(userRoom), this.logger);
    const now = new Date();
    // One view per (user, language), however many tabs the user has open.
    const views = new Map<string, MatchView | null>();
    for (const socket of sockets) {
      const userId = socket.data.user.id;
      const orgIds = orgsByUser.get(userId);
      if (!orgIds) continue;
      const lang = socketLang(socket.handshake);
      const key = `${userId}\u0000${lang}`;
      if (!views.has(key)) {
        const side = sideOf(match, orgIds);
        views.set(key, side ? this.presenter.view(match, side, context, orgIds, lang, now) : null);
      }
      const view = views.get(key);
      if (view) socket.emit(event, view);
    }
  }

  /** Members of either organisation of the match, each with which of the two they belong to. */
  private async memberOrgs(match: MatchRecord): Promise<{ userId: string; orgIds: string[] }[]> {
    const memberships = await this.memberships.membersOfAny([match.needOrgId, match.offerOrgId]);
    const byUser = new Map<string, string[]>();
    for (const membership of memberships) byUser.set(membership.userId, [...(byUser.get(membership.userId) ?? []), membership.orgId]);
    return [...byUser].map(([userId, orgIds]) => ({ userId, orgIds }));
  }
}
