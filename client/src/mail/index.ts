// Mail feature (client): the page an e-mail's unsubscribe link opens.
export { default as UnsubscribePage } from './UnsubscribePage.svelte';
