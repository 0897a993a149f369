// The organisations I belong to, for the whole signed-in session: the organisations page, the
// listing editor's "post for" choice and the marketplace's "post a listing" all read it.
import { createContext } from 'svelte';
import type { CreateOrgBody, OrgView } from '../../../shared/schemas/orgs.ts';
import type { ApiClient } from '../lib/api-client.ts';
import { NewestLoad } from '../lib/newest-load.svelte.ts';
import type { RealtimeSocket } from '../lib/realtime-socket.ts';
import { subscribeToOrgEvents } from './org-events.ts';
import { createOrg, listMyOrgs } from './orgs-api.ts';

export class MyOrgs {
  orgs = $state.raw<OrgView[]>([]);
  private readonly newest = new NewestLoad(true);

  constructor(private readonly api: ApiClient) {}

  get loading(): boolean {
    return this.newest.loading;
  }

  get loadError(): unknown {
    return this.newest.error;
  }

  async load(): Promise<void> {
    await this.newest.run(
      () => listMyOrgs(this.api),
      (orgs) => (this.orgs = orgs),
    );
  }

  async create(body: CreateOrgBody): Promise<OrgView> {
    return this.upsert(await createOrg(this.api, body));
  }

  find(id: string): OrgView | undefined {
    return this.orgs.find((org) => org.id === id);
  }

  /** Applies live membership changes; returns the cleanup. */
  follow(socket: RealtimeSocket): () => void {
    return subscribeToOrgEvents(socket, {
      joined: (org) => this.upsert(org),
      left: (orgId) => {
        this.orgs = this.orgs.filter((org) => org.id !== orgId);
      },
      reconnected: () => void this.load(),
    });
  }

  upsert(org: OrgView): OrgView {
    const at = this.orgs.findIndex((existing) => existing.id === org.id);
    this.orgs = at < 0 ? [...this.orgs, org] : this.orgs.with(at, org);
    return org;
  }
}

export const [getMyOrgs, setMyOrgs] = createContext<MyOrgs>();
