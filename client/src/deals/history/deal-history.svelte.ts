// A deal's history as the History tab shows it: per document, who edited and the versions; and
// the activity trail of server commands (a filterable feed, newest first). Live events add to both.
import type { ActivityView } from '../../../../shared/schemas/activity.ts';
import type { DealDoc, EditView, VersionSummary } from '../../../../shared/schemas/deals.ts';
import { ActivityFeed, dealTrail } from '../../activity/index.ts';
import type { ApiClient } from '../../lib/api-client.ts';
import { NewestLoad } from '../../lib/newest-load.svelte.ts';
import { getHistory, saveVersion } from './history-api.ts';

export class DealHistory {
  doc = $state<DealDoc>('dossier');
  edits = $state.raw<EditView[]>([]);
  versions = $state.raw<VersionSummary[]>([]);
  readonly activity: ActivityFeed;
  /** Whether the tab has been opened; until then live events are not worth keeping. */
  private wanted = false;
  private readonly newest = new NewestLoad();

  constructor(
    private readonly api: ApiClient,
    private readonly dealId: string,
  ) {
    this.activity = new ActivityFeed((filter, page, pageSize) => dealTrail(api, dealId, filter, page, pageSize));
  }

  get loading(): boolean {
    return this.newest.loading;
  }

  get loadError(): unknown {
    return this.newest.error;
  }

  /** Loads the chosen document's history and the first page of activity. */
  async open(doc: DealDoc = this.doc): Promise<void> {
    this.wanted = true;
    this.doc = doc;
    await this.newest.run(
      () => Promise.all([getHistory(this.api, this.dealId, doc), this.activity.open()]),
      ([history]) => {
        this.edits = history.edits;
        this.versions = history.versions;
      },
    );
  }

  refresh(): void {
    if (this.wanted) void this.open();
  }

  async saveVersion(name: string): Promise<VersionSummary> {
    const version = await saveVersion(this.api, this.dealId, this.doc, name);
    this.addVersion(version);
    return version;
  }

  addVersion(version: VersionSummary): void {
    if (!this.wanted || version.doc !== this.doc || this.versions.some((known) => known.id === version.id)) return;
    this.versions = [version, ...this.versions];
  }

  addActivity(entry: ActivityView): void {
    if (!this.wanted) return;
    this.activity.add(entry);
    // An edit session shows in "who changed what" once the document has been written.
    if (entry.action.startsWith('version.')) void this.reloadEdits();
  }

  private async reloadEdits(): Promise<void> {
    const history = await getHistory(this.api, this.dealId, this.doc);
    this.edits = history.edits;
  }
}
