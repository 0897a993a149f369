// The organisations I belong to, for the whole signed-in session: the organisations page, the
// listing editor's "post for" choice and the marketplace's "post a listing" all read it.
import { createContext } from 'svelte';
import type { OrgView } from '../../../shared/protocol.ts';
import type { CreateOrgBody } from '../../../shared/schemas/orgs.ts';
import type { ApiClient } from '../lib/api-client.ts';
import type { RealtimeSocket } from '../lib/realtime-socket.ts';
import { subscribeToOrgEvents } from './org-events.ts';
import { createOrg, listMyOrgs } from './orgs-api.ts';

export class MyOrgs {
  orgs = $state.raw<OrgView[]>([]);
  loading = $state(true);
  loadError = $state.raw<unknown>(null);
  private loads = 0;

  constructor(private readonly api: ApiClient) {}

  async load(): Promise<void> {
    // Only the newest load may write: a reconnect can start one while another is under way.
    const load = ++this.loads;
    this.loading = true;
    try {
      const orgs = await listMyOrgs(this.api);
      if (load !== this.loads) return;
      this.orgs = orgs;
      this.loadError = null;
    } catch (error) {
      if (load === this.loads) this.loadError = error;
    } finally {
      if (load === this.loads) this.loading = false;
    }
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
