// Every archetype the generator draws organisations from.
import type { Archetype } from '../types.ts';
import { LOW_ALTITUDE } from './low-altitude.ts';

export const ARCHETYPES: Archetype[] = [...LOW_ALTITUDE];
