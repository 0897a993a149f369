// Redis channel names of one deployment; the prefix keeps deployments sharing a Redis apart.
export class Channels {
  constructor(private readonly prefix: string) {}

  /** Every instance holding the document listens here. */
  doc(name: string): string {
    return `${this.prefix}:doc:${name}`;
  }

  /** Messages addressed to one instance (sync replies). */
  instance(id: string): string {
    return `${this.prefix}:instance:${id}`;
  }

  /** Access changes, document flags and ended sessions, heard by every instance. */
  get control(): string {
    return `${this.prefix}:control`;
  }

  /** Ids of listings and organisations whose matching-index entries changed, heard by every instance. */
  get listingIndex(): string {
    return `${this.prefix}:listing-index`;
  }

  /** Key of the Socket.IO Redis adapter's own channels. */
  get socketIo(): string {
    return `${this.prefix}:socket.io`;
  }
}
