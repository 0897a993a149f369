// Meeting commands and reads. A meeting belongs to a scope (a deal room or a mutual match) and
// only the scope's people see it, checked on every read through the MeetingScopes port. Accepting
// a slot confirms the meeting and releases the other slots in one conditional write, so of two
// accepts at once exactly one wins and the other is told 409.
import { randomUUID } from 'node:crypto';
import type { DocAccess } from '../../shared/doc-names.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import { scopeKeyOf, type AgendaItem, type MeetingDetail, type MeetingScope, type MeetingView, type ProposeMeetingBody, type RescheduleMeetingBody } from '../../shared/schemas/meetings.ts';
import { timeZoneOf, type UserRepository } from '../auth/index.ts';
import { systemClock, type Clock } from '../clock.ts';
import { AppError, ConflictError, ForbiddenError, NotFoundError } from '../http/index.ts';
import { meetingCalendar, type MeetingCalendarFile } from './meeting-calendar.ts';
import type { MeetingPresenter } from './meeting-presenter.ts';
import type { MeetingPusher } from './meeting-pusher.ts';
import { type MeetingChanges, type MeetingRecord, type MeetingRepository } from './meeting-repository.ts';
import { acceptableSlots, slotEnd } from './slot-rules.ts';

/** The scope as one person may see it. */
export interface ScopeView {
  /** Everyone taking part: they see the meeting and hear of its changes. */
  participantIds: string[];
  /** The person's access to the meeting's notes. */
  notes: DocAccess;
}

/** What meetings need to know about deals and matches, answered by the wiring. */
export interface MeetingScopes {
  /** The scope as `user` may see it; throws (404, or the deal's `nda_required`) when they may not. */
  open(user: PublicUser, scope: MeetingScope): Promise<ScopeView>;
  /** The agenda a new meeting starts with: the scope's open terms and questions. */
  agenda(scope: MeetingScope): Promise<AgendaItem[]>;
}

/** The meeting's notes document, pre-filled with the agenda when the meeting is proposed. */
export interface MeetingNotesPort {
  prefill(meetingId: string, agenda: readonly AgendaItem[]): Promise<void>;
}

/** Told of every stored change to a meeting (after its push), with the meeting as it was and as it is. */
export interface MeetingObserver {
  changed(before: MeetingRecord, after: MeetingRecord): Promise<void>;
}

export interface MeetingServiceDeps {
  meetings: MeetingRepository;
  scopes: MeetingScopes;
  users: Pick<UserRepository, 'findById' | 'findByIds'>;
  presenter: MeetingPresenter;
  pusher: MeetingPusher;
  notes: MeetingNotesPort;
  /** The calendar invitations by e-mail (absent: none are sent). */
  observer?: MeetingObserver;
  clock?: Clock;
}

const UPCOMING_LIMIT = 20;

export class MeetingService {
  private readonly now: Clock;

  constructor(private readonly deps: MeetingServiceDeps) {
    this.now = deps.clock ?? systemClock;
  }

  async propose(user: PublicUser, scope: MeetingScope, body: ProposeMeetingBody): Promise<MeetingView> {
    const { participantIds } = await this.deps.scopes.open(user, scope);
    const now = this.now();
    const slots = acceptableSlots(body.slots, now);
    const [agenda, organiser] = await Promise.all([this.deps.scopes.agenda(scope), this.deps.users.findById(user.id)]);
    const record: MeetingRecord = {
      _id: randomUUID(),
      scope,
      scopeKey: scopeKeyOf(scope),
      title: body.title,
      status: 'proposed',
      slots,
      confirmed: null,
      location: body.location,
      organiserId: user.id,
      organiserTimeZone: timeZoneOf(organiser),
      proposedBy: user.id,
      acceptedBy: null,
      participantIds,
      sequence: 0,
      agenda,
      endsAt: latestEnd(slots),
      createdAt: now,
      updatedAt: now,
    };
    await this.deps.meetings.insert(record);
    await this.deps.notes.prefill(record._id, agenda);
    return this.announce(record, user);
  }

  /** The scope's meetings still to come, as the caller sees them. */
  async listFor(user: PublicUser, scope: MeetingScope): Promise<MeetingView[]> {
    await this.deps.scopes.open(user, scope);
    return this.deps.presenter.views(await this.deps.meetings.stillToCome(scope, this.now()), user.id);
  }

  /** The caller's proposed and confirmed meetings still to come, in every scope they still belong to. */
  async upcoming(user: PublicUser): Promise<MeetingView[]> {
    const candidates = await this.deps.meetings.upcomingFor(user.id, this.now(), UPCOMING_LIMIT);
    const visible = [];
    for (const record of candidates) if ((await this.scopeOf(user, record)) !== null) visible.push(record);
    return this.deps.presenter.views(visible, user.id);
  }

  /** One meeting with the caller's access to its notes, for its page. */
  async get(user: PublicUser, id: string): Promise<MeetingDetail> {
    const { record, scope } = await this.visible(user, id);
    const view = await this.deps.presenter.view(record, user.id);
    return { ...view, notes: scope.notes === 'write' ? 'write' : 'read' };
  }

  async accept(user: PublicUser, id: string, slotId: string): Promise<MeetingView> {
    const { record, scope } = await this.visible(user, id);
    if (record.status !== 'proposed') throw new ConflictError(record.status === 'confirmed' ? 'A time was already accepted' : 'The meeting was cancelled');
    if (record.proposedBy === user.id) throw new ForbiddenError('The times you proposed are for the others to accept');
    const slot = record.slots.find((candidate) => candidate.id === slotId);
    if (!slot) throw new NotFoundError('Time slot');
    if (Date.parse(slot.start) <= this.now().getTime()) throw new ConflictError('This time has passed; ask for new times');
    return this.change(user, record, scope, { status: 'confirmed', slots: [slot], confirmed: slot, acceptedBy: user.id, endsAt: slotEnd(slot) });
  }

  /** New times on offer (and optionally a new place): the meeting is proposed again, by the caller. */
  async reschedule(user: PublicUser, id: string, body: RescheduleMeetingBody): Promise<MeetingView> {
    const { record, scope } = await this.visible(user, id);
    if (record.status === 'cancelled') throw new ConflictError('The meeting was cancelled');
    const slots = acceptableSlots(body.slots, this.now());
    const location = body.location ?? record.location;
    return this.change(user, record, scope, { status: 'proposed', slots, confirmed: null, acceptedBy: null, proposedBy: user.id, location, endsAt: latestEnd(slots) });
  }

  async cancel(user: PublicUser, id: string): Promise<MeetingView> {
    const { record, scope } = await this.visible(user, id);
    if (record.status === 'cancelled') throw new ConflictError('The meeting is already cancelled');
    return this.change(user, record, scope, { status: 'cancelled' });
  }

  /** The calendar invitation of a confirmed (REQUEST) or cancelled (CANCEL) meeting, addressed to the caller. */
  async calendar(user: PublicUser, id: string): Promise<MeetingCalendarFile> {
    const { record } = await this.visible(user, id);
    const [organiser, attendee] = await Promise.all([this.deps.users.findById(record.organiserId), this.deps.users.findById(user.id)]);
    const person = (found: typeof organiser) => ({ name: found?.name ?? '', email: found?.email ?? '' });
    return meetingCalendar(record, person(organiser), person(attendee));
  }

  /** The caller's access to a meeting's notes document; none for anyone outside its scope. */
  async notesAccess(user: PublicUser, id: string): Promise<DocAccess> {
    const record = await this.deps.meetings.find(id);
    return record ? ((await this.scopeOf(user, record))?.notes ?? 'none') : 'none';
  }

  /** The meeting and its scope as the caller sees it; 404 for people outside the scope (its existence is not revealed). */
  private async visible(user: PublicUser, id: string): Promise<{ record: MeetingRecord; scope: ScopeView }> {
    const record = await this.deps.meetings.find(id);
    const scope = record ? await this.scopeOf(user, record) : null;
    if (!record || !scope) throw new NotFoundError('Meeting');
    return { record, scope };
  }

  private async scopeOf(user: PublicUser, record: MeetingRecord): Promise<ScopeView | null> {
    try {
      return await this.deps.scopes.open(user, record.scope);
    } catch (error) {
      if (error instanceof AppError) return null;
      throw error;
    }
  }

  /** Writes the change if the meeting is still as read; 409 when another change came first. */
  private async change(user: PublicUser, record: MeetingRecord, scope: ScopeView, changes: MeetingChanges): Promise<MeetingView> {
    const update = { ...changes, participantIds: scope.participantIds, updatedAt: this.now() };
    if (!(await this.deps.meetings.updateIf(record._id, record.sequence, update))) {
      const now = await this.deps.meetings.find(record._id);
      throw new ConflictError(now?.status === 'confirmed' ? 'Another time was accepted first' : 'The meeting changed meanwhile; look again');
    }
    const changed = { ...record, ...update, sequence: record.sequence + 1 };
    const view = await this.announce(changed, user);
    await this.deps.observer?.changed(record, changed);
    return view;
  }

  private async announce(record: MeetingRecord, user: PublicUser): Promise<MeetingView> {
    await this.deps.pusher.push(record);
    return this.deps.presenter.view(record, user.id);
  }
}

function latestEnd(slots: readonly { start: string; minutes: number }[]): Date {
  return new Date(Math.max(...slots.map((slot) => slotEnd(slot).getTime())));
}
