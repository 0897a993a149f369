// A meeting's co-edited notes: the `meeting:<id>` collaboration document, whose access follows the
// meeting's scope (the deal's rules for a deal meeting, both sides of a match for a match meeting),
// and which starts with the agenda as a bullet list of the open terms and questions.
import * as Y from 'yjs';
import { CONTENT_FIELD, formatDocName, type DocAccess, type DocName } from '../../shared/doc-names.ts';
import type { PublicUser } from '../../shared/schemas/auth.ts';
import type { AgendaItem } from '../../shared/schemas/meetings.ts';
import type { DocRegistry, KindAccessResolver } from '../collab/index.ts';
import type { MeetingNotesPort } from './meeting-service.ts';

/** The item in its own words: a question is known by its number, as in the Q&A tab. */
export function agendaLine(item: AgendaItem): string {
  return item.kind === 'question' ? `Q${item.number} ${item.title}` : item.title;
}

/** A TipTap bullet list (bulletList > listItem > paragraph > text), as the notes editor binds it. */
function bulletList(items: readonly AgendaItem[]): Y.XmlElement {
  const list = new Y.XmlElement('bulletList');
  list.insert(
    0,
    items.map((item) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(agendaLine(item))]);
      const entry = new Y.XmlElement('listItem');
      entry.insert(0, [paragraph]);
      return entry;
    }),
  );
  return list;
}

export function meetingNotes(registry: Pick<DocRegistry, 'edit'>): MeetingNotesPort {
  return {
    async prefill(meetingId, agenda) {
      if (agenda.length === 0) return;
      await registry.edit(formatDocName('meeting', meetingId), null, (shared) => {
        const content = shared.doc.getXmlFragment(CONTENT_FIELD);
        // Only a new document is pre-filled: the notes are the people's once they exist.
        if (content.length === 0) content.insert(0, [bulletList(agenda)]);
      });
    },
  };
}

export function meetingNotesAccessResolver(access: (user: PublicUser, meetingId: string) => Promise<DocAccess>): KindAccessResolver {
  return (user: PublicUser, doc: DocName) => access(user, doc.id);
}
