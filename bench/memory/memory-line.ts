// The prefix of the line bench/memory/probe.ts prints with a server's memory.
export const MEMORY_LINE = '[memory] ';
