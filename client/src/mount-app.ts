// Mounts the app into #app (loaded by main.ts once zod is configured).
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

export function mountApp(): void {
  const target = document.getElementById('app');
  if (!target) throw new Error('#app element missing from index.html');
  mount(App, { target });
}
