// Versions of deal documents: named versions on request, automatic ones from the auto-versioner,
// the history view (edits per person plus versions), a version's state, and restoring one as a
// new change every connected client receives live.
import { randomUUID } from 'node:crypto';
import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import { formatDocName } from '../../shared/doc-names.ts';
import { ErrorCode } from '../../shared/protocol.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { DealDoc, HistoryView, VersionKind, VersionReason, VersionState, VersionSummary, VersionTitle } from '../../shared/schemas/deals.ts';
import { versionTitle } from '../../shared/version-titles.ts';
import type { UserRepository } from '../auth/index.ts';
import type { AuthorshipLog, DocRegistry } from '../collab/index.ts';
import { DealActivity, DealGuard, dealRoom, docAccessFor, type DealRecord } from '../deals/index.ts';
import { AppError, ForbiddenError, NotFoundError } from '../http/index.ts';
import type { AppSocketServer } from '../realtime/index.ts';
import { revertUpdate } from './restore.ts';
import type { VersionRecord, VersionRepository } from './version-repository.ts';

export interface VersionLimits {
  /** Named versions kept per document; more are refused. */
  maxNamed: number;
  /** Automatic versions kept per document; the oldest go first. */
  maxAuto: number;
}

export interface VersionServiceDeps {
  versions: VersionRepository;
  guard: DealGuard;
  users: UserRepository;
  authorship: AuthorshipLog;
  registry: DocRegistry;
  activity: DealActivity;
  io: AppSocketServer;
  limits: VersionLimits;
}

const EDITS_SHOWN = 200;

export class VersionService {
  constructor(private readonly deps: VersionServiceDeps) {}

  async history(user: PublicUser, dealId: string, doc: DealDoc): Promise<HistoryView> {
    await this.deps.guard.member(user, dealId);
    const [edits, versions] = await Promise.all([
      this.deps.authorship.listEdits(formatDocName(doc, dealId), EDITS_SHOWN),
      this.deps.versions.list(dealId, doc),
    ]);
    const names = await this.names([...edits.map((edit) => edit.userId), ...versions.flatMap((version) => version.createdBy ?? [])]);
    return {
      doc,
      edits: edits.map((edit) => ({
        user: { id: edit.userId, name: names.get(edit.userId) ?? 'Former user' },
        updates: edit.updates,
        from: edit.from,
        to: edit.to,
      })),
      versions: versions.map((version) => this.summary(version, names)),
    };
  }

  async list(user: PublicUser, dealId: string, doc: DealDoc): Promise<VersionSummary[]> {
    return (await this.history(user, dealId, doc)).versions;
  }

  async createNamed(user: PublicUser, dealId: string, doc: DealDoc, name: string): Promise<VersionSummary> {
    const { deal, member } = await this.deps.guard.member(user, dealId);
    if ((await this.deps.versions.count(dealId, doc, 'named')) >= this.deps.limits.maxNamed) {
      throw new AppError(ErrorCode.Conflict, `This ${doc} already has ${this.deps.limits.maxNamed} named versions, the most it can keep`);
    }
    const version = await this.save(dealId, doc, { name, reason: null }, 'named', user);
    await this.deps.activity.record({ actor: user, deal, action: 'version.created', actingOrgId: member.orgId, before: null, after: { versionId: version.id, doc, name, reason: null } });
    return version;
  }

  /** Saves an automatic version unless nothing changed since the latest version. */
  async createAuto(dealId: string, doc: DealDoc, reason: VersionReason): Promise<VersionSummary | null> {
    const latest = await this.deps.versions.latest(dealId, doc);
    const vector = await this.deps.registry.read(formatDocName(doc, dealId), (shared) => toBase64(Y.encodeStateVector(shared.doc)));
    if (latest?.stateVector === vector) return null;
    const version = await this.save(dealId, doc, { name: '', reason }, 'auto', null);
    await this.prune(dealId, doc);
    return version;
  }

  async state(user: PublicUser, dealId: string, versionId: string): Promise<VersionState> {
    await this.deps.guard.member(user, dealId);
    const version = await this.existing(dealId, versionId);
    const update = await this.deps.versions.state(versionId);
    if (update === null) throw new NotFoundError('Version');
    return { ...this.summary(version, await this.names(version.createdBy ? [version.createdBy] : [])), update };
  }

  /**
   * Restores a version as a new change attributed to the caller. The current state is saved as
   * an automatic version first, so the restore itself can be undone.
   */
  async restore(user: PublicUser, dealId: string, versionId: string): Promise<VersionSummary> {
    const { deal, member } = await this.deps.guard.member(user, dealId);
    const version = await this.existing(dealId, versionId);
    if (docAccessFor(member, version.doc) !== 'write') throw new ForbiddenError(`Only people who can edit the ${version.doc} can restore it`);
    const update = await this.deps.versions.state(versionId);
    if (update === null) throw new NotFoundError('Version');
    await this.save(dealId, version.doc, { name: '', reason: { kind: 'before-restore', restored: versionTitle(version.name, version.reason) } }, 'auto', user);
    const state = fromBase64(update);
    // Computed inside the edit, against the document as it is at that instant, so no concurrent
    // change slips between computing the revert and applying it.
    await this.deps.registry.edit(formatDocName(version.doc, dealId), user, (shared) => {
      Y.applyUpdate(shared.doc, revertUpdate(shared.doc, state, version.doc));
    });
    const summary = this.summary(version, await this.names(version.createdBy ? [version.createdBy] : []));
    this.deps.io.to(dealRoom(dealId)).emit('deal:version-restored', { dealId, doc: version.doc, versionId, by: { id: user.id, name: user.name }, at: new Date().toISOString() });
    await this.recordRestore(user, deal, member.orgId, version);
    return summary;
  }

  private async recordRestore(user: PublicUser, deal: DealRecord, actingOrgId: string | null, version: VersionRecord): Promise<void> {
    await this.deps.activity.record({ actor: user, deal, action: 'version.restored', actingOrgId, before: null, after: { versionId: version._id, doc: version.doc, ...versionTitle(version.name, version.reason) } });
  }

  private async save(dealId: string, doc: DealDoc, title: VersionTitle, kind: VersionKind, by: PublicUser | null): Promise<VersionSummary> {
    const { update, vector } = await this.deps.registry.read(formatDocName(doc, dealId), (shared) => ({
      update: Y.encodeStateAsUpdate(shared.doc),
      vector: Y.encodeStateVector(shared.doc),
    }));
    const record: VersionRecord = {
      _id: randomUUID(),
      dealId,
      doc,
      ...title,
      kind,
      createdBy: by?.id ?? null,
      createdAt: new Date(),
      stateVector: toBase64(vector),
      bytes: update.byteLength,
    };
    await this.deps.versions.insert(record, toBase64(update));
    const summary = this.summary(record, new Map(by ? [[by.id, by.name]] : []));
    this.deps.io.to(dealRoom(dealId)).emit('deal:version-created', summary);
    return summary;
  }

  private async prune(dealId: string, doc: DealDoc): Promise<void> {
    const autos = await this.deps.versions.list(dealId, doc, 'auto');
    await this.deps.versions.remove(autos.slice(this.deps.limits.maxAuto).map((version) => version._id));
  }

  private async existing(dealId: string, versionId: string): Promise<VersionRecord> {
    const version = await this.deps.versions.find(dealId, versionId);
    if (!version) throw new NotFoundError('Version');
    return version;
  }

  private summary(version: VersionRecord, names: Map<string, string>): VersionSummary {
    return {
      id: version._id,
      dealId: version.dealId,
      doc: version.doc,
      ...versionTitle(version.name, version.reason),
      kind: version.kind,
      createdBy: version.createdBy ? { id: version.createdBy, name: names.get(version.createdBy) ?? 'Former user' } : null,
      createdAt: new Date(version.createdAt).toISOString(),
      bytes: version.bytes,
    };
  }

  private async names(ids: string[]): Promise<Map<string, string>> {
    const users = await this.deps.users.findByIds([...new Set(ids)]);
    return new Map(users.map((user) => [user._id, user.name]));
  }
}
