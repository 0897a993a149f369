// Interns term strings as dense integer ids, and keeps the surface form shown when explaining a match.

export class TermDictionary {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly surfaces = new Map<number, string>();

  /** The id of a term, creating it on first sight. */
  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(term, id);
      this.names.push(term);
    }
    return id;
  }

  /** The id of a known term, or undefined (queries never grow the dictionary). */
  find(term: string): number | undefined {
    return this.ids.get(term);
  }

  name(id: number): string {
    return this.names[id];
  }

  rememberSurface(id: number, surface: string): void {
    if (!this.surfaces.has(id)) this.surfaces.set(id, surface);
  }

  surface(id: number): string | undefined {
    return this.surfaces.get(id);
  }

  get size(): number {
    return this.names.length;
  }
}
