// Home on the client: the signed-in front door (first-run guide, what needs me, the pipeline for
// managers), and the first look at the matches, which the first run remembers.
export { default as HomePage } from './HomePage.svelte';
export { markMatchesSeen } from './home-api.ts';
