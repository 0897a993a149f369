// Binding a text field to a Y.Text: each edit becomes the smallest splice, so two people typing in
// different places of the same wording both keep their words; remote changes move the caret on.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diffText, shiftIndex } from '../../../client/src/deals/board/text-binding.ts';

function apply(text: Y.Text, before: string, after: string): void {
  const change = diffText(before, after);
  if (!change) return;
  text.doc?.transact(() => {
    if (change.remove > 0) text.delete(change.index, change.remove);
    if (change.insert) text.insert(change.index, change.insert);
  });
}

function synced(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('diffText', () => {
  it('finds nothing to do when the text is unchanged', () => {
    expect(diffText('FOB Shenzhen', 'FOB Shenzhen')).toBeNull();
  });

  it('turns typing, deleting and replacing into one splice', () => {
    expect(diffText('lead time 45 days', 'lead time 60 days')).toEqual({ index: 10, remove: 2, insert: '60' });
    expect(diffText('30% deposit', '30% deposit, balance on delivery')).toEqual({ index: 11, remove: 0, insert: ', balance on delivery' });
    expect(diffText('US$ per unit', 'per unit')).toEqual({ index: 0, remove: 4, insert: '' });
  });

  it('handles repeated characters and Chinese text', () => {
    expect(diffText('aaa', 'aaaa')).toEqual({ index: 3, remove: 0, insert: 'a' });
    expect(diffText('深圳船上交貨', '深圳港船上交貨')).toEqual({ index: 2, remove: 0, insert: '港' });
  });

  it('lets two people edit different places of one wording concurrently and keeps both edits', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.getText('wording').insert(0, 'Payable within 30 days of invoice.');
    synced(a, b);
    apply(a.getText('wording'), 'Payable within 30 days of invoice.', 'Payable within 45 days of invoice.');
    apply(b.getText('wording'), 'Payable within 30 days of invoice.', 'Payable within 30 days of a valid invoice.');
    synced(a, b);
    expect(a.getText('wording').toString()).toBe('Payable within 45 days of a valid invoice.');
    expect(b.getText('wording').toString()).toBe(a.getText('wording').toString());
  });
});

describe('shiftIndex', () => {
  it('moves a caret on by text inserted before it and keeps it for text inserted after it', () => {
    expect(shiftIndex([{ retain: 2 }, { insert: 'abc' }], 5)).toBe(8);
    expect(shiftIndex([{ retain: 7 }, { insert: 'abc' }], 5)).toBe(5);
  });

  it('moves a caret back by text deleted before it, never past the deletion', () => {
    expect(shiftIndex([{ retain: 1 }, { delete: 3 }], 6)).toBe(3);
    expect(shiftIndex([{ retain: 1 }, { delete: 10 }], 6)).toBe(1);
  });

  it('keeps a caret where text is inserted exactly at it, so the remote text lands after the caret', () => {
    expect(shiftIndex([{ retain: 4 }, { insert: 'xy' }], 4)).toBe(4);
  });
});
