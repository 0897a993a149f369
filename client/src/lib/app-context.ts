// What every component can reach: the API client, the session, the language and the router;
// once signed in, the realtime socket too.
import { createContext } from 'svelte';
import type { Session } from '../auth/session.svelte.ts';
import type { Locale } from '../i18n/locale.svelte.ts';
import type { ApiClient } from './api-client.ts';
import type { HashRouter } from './hash-route.svelte.ts';
import type { RealtimeSocket } from './realtime-socket.ts';

export interface AppContext {
  api: ApiClient;
  session: Session;
  locale: Locale;
  router: HashRouter;
}

export const [getAppContext, setAppContext] = createContext<AppContext>();
export const [getRealtimeSocket, setRealtimeSocket] = createContext<RealtimeSocket>();
