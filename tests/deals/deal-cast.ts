// The people of a deal-room test: the deal's owner, one member of each role, and someone outside
// the deal; registered together, and added to a fresh deal in one call.
import type { DealDetail } from '../../shared/schemas/deals.ts';
import { registerUser, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { addDealMember, openDeal } from './deal-helpers.ts';

export interface DealCast {
  owner: TestUser;
  party: TestUser;
  adviser: TestUser;
  manager: TestUser;
  outsider: TestUser;
}

/** Registers the cast: Owner Olu, Party Pan, Adviser Au, Manager Mak and Outsider Oz. */
export async function registerDealCast(server: TestServer): Promise<DealCast> {
  const names = ['Owner Olu', 'Party Pan', 'Adviser Au', 'Manager Mak', 'Outsider Oz'];
  const [owner, party, adviser, manager, outsider] = await Promise.all(names.map((name) => registerUser(server.url, name)));
  return { owner, party, adviser, manager, outsider };
}

/** Opens a deal of the owner's and adds the members given by role, one after another in that order. */
export async function openDealWith(server: TestServer, owner: TestUser, members: Partial<Pick<DealCast, 'party' | 'adviser' | 'manager'>>): Promise<DealDetail> {
  const deal = await openDeal(server, owner);
  for (const [role, member] of Object.entries(members) as [keyof typeof members, TestUser][]) await addDealMember(server, owner, deal.id, member, role);
  return deal;
}
