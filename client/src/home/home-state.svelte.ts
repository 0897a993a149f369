// The home page's data: loaded on open and in the reader's language, and read again (the newest
// answer wins) when something it shows may have changed — a match, a deal, a comment, an
// organisation joined or left.
import type { HomeView } from '../../../shared/schemas/home.ts';
import type { Lang } from '../../../shared/taxonomy/index.ts';
import type { ApiClient } from '../lib/api-client.ts';
import { NewestLoad } from '../lib/newest-load.svelte.ts';
import type { RealtimeSocket } from '../lib/realtime-socket.ts';
import { connectListener, listen, type SocketHandlers } from '../lib/socket-listen.ts';
import { fetchHome } from './home-api.ts';

/** Pushes after which the home page may show something else; a burst reloads once. */
const RELOAD_ON = [
  'match:suggested',
  'match:updated',
  'match:removed',
  'org:joined',
  'org:left',
  'deal:added',
  'deal:removed',
  'deal:updated',
  'deal:term-signed',
  'deal:signoffs-withdrawn',
  'comment:created',
  'comment:updated',
  'notification:created',
] as const;
const RELOAD_DELAY_MS = 300;

export class HomeState {
  view = $state.raw<HomeView | null>(null);
  private readonly newest = new NewestLoad(true);

  constructor(
    private readonly api: ApiClient,
    private readonly lang: () => Lang,
  ) {}

  get loading(): boolean {
    return this.newest.loading;
  }

  get loadError(): unknown {
    return this.newest.error;
  }

  async load(): Promise<void> {
    await this.newest.run(
      () => fetchHome(this.api, this.lang()),
      (view) => (this.view = view),
    );
  }

  /** Reloads shortly after any push that may change the page, and after a dropped connection returns; returns the cleanup. */
  follow(socket: RealtimeSocket): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void this.load(), RELOAD_DELAY_MS);
    };
    const handlers: SocketHandlers = {
      connect: connectListener(socket, (afterDrop) => {
        if (afterDrop) soon();
      }),
    };
    for (const event of RELOAD_ON) handlers[event] = soon;
    const stop = listen(socket, handlers);
    return () => {
      clearTimeout(timer);
      stop();
    };
  }
}
