// The per-document access check: one function answers none / read / write for a user and a
// document name. Features register a resolver for their document kind (notes now, deals later).
import { parseDocName, type DocAccess, type DocKind, type DocName } from '../../shared/doc-names.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';

export type KindAccessResolver = (user: PublicUser, doc: DocName) => Promise<DocAccess>;

export class DocAccessPolicy {
  private readonly resolvers = new Map<DocKind, KindAccessResolver>();

  register(kind: DocKind, resolver: KindAccessResolver): void {
    this.resolvers.set(kind, resolver);
  }

  /** Unknown names and kinds nobody has claimed get no access. */
  async resolve(user: PublicUser, docName: string): Promise<DocAccess> {
    const parsed = parseDocName(docName);
    if (!parsed) return 'none';
    const resolver = this.resolvers.get(parsed.kind);
    return resolver ? resolver(user, parsed) : 'none';
  }
}
