// My matches on the client: the live inbox, its workflow buttons and the "new" count.
export { getMatchInbox, MatchInbox, setMatchInbox } from './match-inbox.svelte.ts';
export { default as MatchesPage } from './MatchesPage.svelte';
export { default as ReasonList } from './ReasonList.svelte';
export { default as ScoreBar } from './ScoreBar.svelte';
