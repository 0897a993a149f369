// Whether the signed-in user gets the dashboard (manages a deal, or is an admin); re-read when
// they are added to or removed from a deal.
import { createContext } from 'svelte';
import type { ApiClient } from '../lib/api-client.ts';
import type { RealtimeSocket } from '../lib/realtime-socket.ts';
import { listen } from '../lib/socket-listen.ts';
import { fetchDashboardAccess } from './dashboard-api.ts';

export class DashboardAccessState {
  offered = $state(false);
  admin = $state(false);

  constructor(private readonly api: ApiClient) {}

  async load(): Promise<void> {
    try {
      const access = await fetchDashboardAccess(this.api);
      this.admin = access.admin;
      this.offered = access.admin || access.managed > 0;
    } catch {
      // Without an answer the link stays as it was; the page itself reports errors when opened.
    }
  }

  /** Re-reads on membership changes; returns the cleanup. */
  follow(socket: RealtimeSocket): () => void {
    const reload = () => void this.load();
    return listen(socket, { 'deal:added': reload, 'deal:removed': reload });
  }
}

export const [getDashboardAccess, setDashboardAccess] = createContext<DashboardAccessState>();
