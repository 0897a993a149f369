// Comment anchors as the dossier sees them: a range whose text was deleted is detached; one that
// only moved is not. And "Saved" waits for everything the browser brought back to be stored.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeAnchorPosition, paragraph, sectionFragmentName } from '../../../shared/deal-docs.ts';
import type { TextAnchor } from '../../../shared/schemas/comments.ts';
import { isDetached } from '../../../client/src/deals/dossier/detached-anchors.ts';
import { covers } from '../../../client/src/collab/save-status.ts';

function dossierWith(text: string): { doc: Y.Doc; content: Y.XmlText } {
  const doc = new Y.Doc();
  doc.getXmlFragment(sectionFragmentName('overview')).push([paragraph(text)]);
  const element = doc.getXmlFragment(sectionFragmentName('overview')).get(0) as Y.XmlElement;
  return { doc, content: element.get(0) as Y.XmlText };
}

function anchorOn(content: Y.XmlText, from: number, to: number): TextAnchor {
  return {
    type: 'text',
    doc: 'dossier',
    section: 'overview',
    start: encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(content, from)),
    end: encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(content, to)),
    quote: content.toString().slice(from, to),
  };
}

describe('comment anchors in the dossier', () => {
  it('stay attached while text around them changes', () => {
    const { doc, content } = dossierWith('Lab opens in Hengqin by Q3.');
    const anchor = anchorOn(content, 13, 20);
    content.insert(0, 'Update: ');
    content.insert(content.length, ' Confirmed.');
    expect(isDetached(doc, anchor)).toBe(false);
  });

  it('are detached once everything they covered is deleted', () => {
    const { doc, content } = dossierWith('Lab opens in Hengqin by Q3.');
    const anchor = anchorOn(content, 13, 20);
    content.delete(12, 9);
    expect(isDetached(doc, anchor)).toBe(true);
  });

  it('count as detached when they do not decode', () => {
    const { doc } = dossierWith('text');
    expect(isDetached(doc, { type: 'text', doc: 'dossier', section: 'overview', start: '%%%', end: '%%%', quote: '' })).toBe(true);
  });
});

describe('covers', () => {
  it('is true only when the stored state has every operation of every client wanted', () => {
    expect(covers(new Map([[1, 5], [2, 3]]), new Map([[1, 5]]))).toBe(true);
    expect(covers(new Map([[1, 5]]), new Map([[1, 5], [2, 1]]))).toBe(false);
    expect(covers(new Map(), new Map())).toBe(true);
  });
});
