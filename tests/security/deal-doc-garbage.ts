// Garbage a party may legitimately write into deal documents (it has write access): terms that
// are not maps, fields of the wrong type, NaN orders, unknown or scripted nodes, links without a
// string href, key facts of any type. fast-check arbitraries and the functions that apply them.
import fc from 'fast-check';
import * as Y from 'yjs';
import { BoardRoot, DossierRoot, TermField, sectionFragmentName } from '../../shared/deal-docs.ts';

const junk = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, null, true, '<script>window.__xss = 1</script>', 'javascript:alert(1)'),
  // Plain objects: Yjs itself refuses null-prototype ones on the writing side.
  fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3, noNullPrototype: true }),
);
const fieldName = fc.oneof(fc.constantFrom(...Object.values(TermField)), fc.string({ maxLength: 6 }));
const nodeName = fc.oneof(fc.constantFrom('paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'blockquote', 'codeBlock', 'hardBreak', 'horizontalRule', 'script', 'img'), fc.string({ minLength: 1, maxLength: 8 }));

export type BoardOp = { op: 'term'; fields: [string, unknown][] } | { op: 'set'; at: number; field: string; value: unknown } | { op: 'junk'; at: number; value: unknown } | { op: 'delete'; at: number };
export type DossierOp = { op: 'node'; section: string; name: string; attrs: [string, unknown][]; text: string; marks: [string, unknown][] } | { op: 'fact'; key: string; value: unknown };

export const boardOp: fc.Arbitrary<BoardOp> = fc.oneof(
  fc.record({ op: fc.constant('term' as const), fields: fc.array(fc.tuple(fieldName, junk), { maxLength: 6 }) }),
  fc.record({ op: fc.constant('set' as const), at: fc.nat(20), field: fieldName, value: junk }),
  fc.record({ op: fc.constant('junk' as const), at: fc.nat(20), value: junk }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(20) }),
);
export const dossierOp: fc.Arbitrary<DossierOp> = fc.oneof(
  fc.record({
    op: fc.constant('node' as const),
    section: fc.constantFrom('overview', 'risks', 'no-such-section'),
    name: nodeName,
    attrs: fc.array(fc.tuple(fc.constantFrom('level', 'href', 'onerror', 'src', 'start'), junk), { maxLength: 3 }),
    text: fc.string({ maxLength: 20 }),
    marks: fc.array(fc.tuple(fc.constantFrom('bold', 'link', 'italic', 'code', 'comment'), junk), { maxLength: 2 }),
  }),
  fc.record({ op: fc.constant('fact' as const), key: fc.string({ maxLength: 8 }), value: junk }),
);

export function applyBoardOp(doc: Y.Doc, op: BoardOp): void {
  const terms = doc.getArray<unknown>(BoardRoot.terms);
  const at = (n: number) => (terms.length === 0 ? 0 : n % terms.length);
  if (op.op === 'term') terms.push([new Y.Map(op.fields)]);
  else if (op.op === 'junk') terms.insert(at(op.at), [op.value]);
  else if (op.op === 'delete' && terms.length > 0) terms.delete(at(op.at), 1);
  else if (op.op === 'set') {
    const term = terms.get(at(op.at));
    if (term instanceof Y.Map) term.set(op.field, op.value);
  }
}

export function applyDossierOp(doc: Y.Doc, op: DossierOp): void {
  if (op.op === 'fact') {
    doc.getMap<unknown>(DossierRoot.keyFacts).set(op.key, op.value);
    return;
  }
  const element = new Y.XmlElement(op.name);
  for (const [name, value] of op.attrs) element.setAttribute(name, value as string);
  const text = new Y.XmlText();
  text.insert(0, op.text, Object.fromEntries(op.marks));
  element.insert(0, [text]);
  doc.getXmlFragment(sectionFragmentName(op.section)).insert(0, [element]);
}
