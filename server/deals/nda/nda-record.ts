// The NDA record owners keep: every version published, every acceptance (who, for which
// organisation, when, from which address and browser, the text's hash), who has yet to accept
// the current version, and the same as a CSV download.
import type { PublicUser } from '../../../shared/schemas/auth.ts';
import type { NdaAcceptanceView, NdaRecordView } from '../../../shared/schemas/nda.ts';
import type { UserRecord, UserRepository } from '../../auth/index.ts';
import { csvTable } from '../../http/index.ts';
import type { OrgRepository } from '../../orgs/index.ts';
import { ndaPending, type DealGuard } from '../deal-guard.ts';
import type { DealMemberRepository } from '../deal-member-repository.ts';
import { canManageMembers } from '../deal-roles.ts';
import type { NdaAcceptanceRecord, NdaRepository } from './nda-repository.ts';
import { versionView } from './nda-service.ts';

export interface NdaRecordDeps {
  guard: DealGuard;
  members: DealMemberRepository;
  ndas: NdaRepository;
  users: UserRepository;
  orgs: OrgRepository;
}

const OWNERS_ONLY = 'Only an owner of the deal reads its NDA record';
const CSV_HEADER = ['version', 'name', 'e-mail', 'organisation', 'accepted at', 'IP address', 'user agent', 'SHA-256 of the text'];

export class NdaRecord {
  constructor(private readonly deps: NdaRecordDeps) {}

  async view(user: PublicUser, dealId: string): Promise<NdaRecordView> {
    const { deal } = await this.deps.guard.require(user, dealId, canManageMembers, OWNERS_ONLY);
    const [versions, acceptances, members] = await Promise.all([this.deps.ndas.versionsOf(dealId), this.deps.ndas.acceptancesOf(dealId), this.deps.members.membersOf(dealId)]);
    const people = await this.people([...versions.map((version) => version.authorId), ...acceptances.map((entry) => entry.userId), ...members.map((member) => member.userId)]);
    const orgs = await this.deps.orgs.findMany(acceptances.flatMap((entry) => (entry.orgId ? [entry.orgId] : [])));
    const name = (id: string) => people.get(id)?.name ?? 'Former user';
    return {
      versions: versions.map((version) => versionView(version, name(version.authorId))),
      acceptances: acceptances.map((entry) => acceptanceView(entry, people.get(entry.userId), entry.orgId ? (orgs.get(entry.orgId)?.name ?? null) : null)),
      pending: members
        .filter((member) => ndaPending(deal, member))
        .map((member) => ({ userId: member.userId, name: name(member.userId), email: people.get(member.userId)?.email ?? '', role: member.role, owner: member.owner })),
    };
  }

  async csv(user: PublicUser, dealId: string): Promise<string> {
    const { acceptances } = await this.view(user, dealId);
    return csvTable(CSV_HEADER, acceptances.map((entry) => [entry.version, entry.name, entry.email, entry.orgName ?? '', entry.acceptedAt, entry.ip, entry.userAgent, entry.sha256]));
  }

  private async people(ids: string[]): Promise<Map<string, UserRecord>> {
    const users = await this.deps.users.findByIds([...new Set(ids)]);
    return new Map(users.map((person) => [person._id, person]));
  }
}

function acceptanceView(entry: NdaAcceptanceRecord, person: UserRecord | undefined, orgName: string | null): NdaAcceptanceView {
  return {
    userId: entry.userId,
    name: person?.name ?? 'Former user',
    email: person?.email ?? '',
    version: entry.version,
    orgId: entry.orgId,
    orgName,
    acceptedAt: new Date(entry.acceptedAt).toISOString(),
    ip: entry.ip,
    userAgent: entry.userAgent,
    sha256: entry.sha256,
  };
}
