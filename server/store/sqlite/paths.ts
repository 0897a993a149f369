// Dot paths of the storage port and their SQLite JSON-path spelling.

export function pathSegments(path: string): string[] {
  return path.split('.');
}

/** `a.b` → `'$."a"."b"'`, quoted so any key (including `$$date`) is one segment. */
export function jsonPath(segments: readonly string[]): string {
  const quoted = segments.map((segment) => `"${segment.replaceAll('"', '""')}"`).join('.');
  return `'$.${quoted.replaceAll("'", "''")}'`;
}

/** `json_extract(doc, '$."a"."b"')`: the same text in index definitions and queries, so SQLite matches them. */
export function extract(segments: readonly string[]): string {
  return `json_extract(doc, ${jsonPath(segments)})`;
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
