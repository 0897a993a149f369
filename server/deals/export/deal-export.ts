// Everything an export shows, read once: the deal, the dossier (sections as blocks, key facts)
// and the board (terms by category with positions, status, owner, due date and sign-offs), and
// the request list, and when asked the comment threads, with labels and dates in the requested language.
import * as Y from 'yjs';
import {
  KEY_FACT_DEFS,
  keyFactsIn,
  readKeyFactCodes,
  readKeyFacts,
  readSections,
  readTerms,
  SECTION_DEFS,
  sectionFragmentName,
  TERM_CATEGORIES,
  TERM_STATUS_LABELS,
  type TermSnapshot,
} from '../../../shared/deal-docs.ts';
import { formatDocName } from '../../../shared/doc-names.ts';
import type { PublicUser } from '../../../shared/schemas/auth.ts';
import type { ChecklistView } from '../../../shared/schemas/checklist.ts';
import type { ThreadView } from '../../../shared/schemas/comments.ts';
import { DEAL_TYPES, type DealView } from '../../../shared/schemas/deals.ts';
import { DEAL_STAGES, LANGS, type Lang } from '../../../shared/taxonomy/index.ts';
import type { DocRegistry } from '../../collab/index.ts';
import type { DealGuard, DealMembership } from '../deal-guard.ts';
import type { DealMemberRepository } from '../deal-member-repository.ts';
import type { DealPresenter } from '../deal-presenter.ts';
import type { SignoffRepository } from '../signoff-repository.ts';
import { blocksOf, type Block } from './blocks.ts';
import { exportChecklist, type ExportChecklist } from './export-checklist.ts';
import { exportFiles, type ExportFile, type FileLister } from './export-files.ts';
import { exportDateTime, exportDay } from './export-dates.ts';
import { EXPORT_WORDS } from './export-words.ts';

export interface ExportTerm {
  title: string;
  wording: string;
  status: string;
  owner: string | null;
  due: string | null;
  positions: { org: string; text: string }[];
  signoffs: { org: string; by: string; at: string }[];
}

export interface ExportThread {
  /** The section or term the thread is on. */
  on: string;
  quote: string;
  status: string;
  comments: { by: string; at: string; body: string }[];
}

export interface DealExport {
  lang: Lang;
  title: string;
  type: string;
  stage: string;
  orgs: string[];
  members: { name: string; role: string }[];
  generatedAt: string;
  sections: { title: string; blocks: Block[] }[];
  keyFacts: { label: string; value: string }[];
  categories: { label: string; terms: ExportTerm[] }[];
  /** Null when the export was asked without comments. */
  threads: ExportThread[] | null;
  files: ExportFile[];
  /** Null until the deal's request list is started. */
  checklist: ExportChecklist | null;
}

/** The deal's request list as a member sees it (the checklist feature); null until started. */
export type ChecklistReader = (user: PublicUser, membership: DealMembership) => Promise<ChecklistView | null>;

/** The deal's comment threads as its members see them (the comments feature). */
export interface ThreadReader {
  list(user: PublicUser, dealId: string, filter: Record<string, never>): Promise<ThreadView[]>;
}

export interface ExportOptions {
  lang?: Lang;
  comments?: boolean;
}

interface DossierContent {
  lang: Lang | null;
  sections: { key: string; title: string | null; blocks: Block[] }[];
  keyFacts: Record<string, string>;
  keyFactCodes: Record<string, string[]>;
}

function readDossier(doc: Y.Doc): DossierContent {
  const lang = doc.getMap('meta').get('lang');
  return {
    lang: (LANGS as readonly unknown[]).includes(lang) ? (lang as Lang) : null,
    sections: readSections(doc).map((section) => ({ ...section, blocks: blocksOf(doc.getXmlFragment(sectionFragmentName(section.key))) })),
    keyFacts: readKeyFacts(doc),
    keyFactCodes: readKeyFactCodes(doc),
  };
}

export class DealExporter {
  constructor(
    private readonly deps: {
      guard: DealGuard;
      members: DealMemberRepository;
      presenter: DealPresenter;
      signoffs: SignoffRepository;
      registry: DocRegistry;
      threads: ThreadReader;
      files: FileLister;
      checklist: ChecklistReader;
    },
  ) {}

  async collect(user: PublicUser, dealId: string, options: ExportOptions = {}): Promise<DealExport> {
    const membership = await this.deps.guard.member(user, dealId);
    const { deal } = membership;
    const view = await this.deps.presenter.view(deal, await this.deps.members.membersOf(dealId));
    const dossier = await this.deps.registry.read(formatDocName('dossier', dealId), (shared) => readDossier(shared.doc));
    const terms = await this.deps.registry.read(formatDocName('board', dealId), (shared) => readTerms(shared.doc));
    const lang = options.lang ?? dossier.lang ?? 'en';
    const sections = dossier.sections.map((section) => ({ key: section.key, title: SECTION_DEFS[section.key]?.labels[lang] ?? section.title ?? section.key }));
    return {
      lang,
      title: view.title,
      type: DEAL_TYPES.find((entry) => entry.code === view.type)?.labels[lang] ?? view.type,
      stage: DEAL_STAGES.find((entry) => entry.code === view.stage)?.labels[lang] ?? view.stage,
      orgs: view.orgs.map((org) => org.name),
      members: view.members.map((member) => ({ name: member.name, role: member.owner ? `${member.role}, owner` : member.role })),
      generatedAt: exportDateTime(new Date().toISOString(), lang),
      sections: dossier.sections.map((section, index) => ({ title: sections[index].title, blocks: section.blocks })),
      keyFacts: Object.entries(keyFactsIn(dossier.keyFacts, dossier.keyFactCodes, lang))
        .filter(([, value]) => value.trim() !== '')
        .map(([key, value]) => ({ label: KEY_FACT_DEFS[key]?.labels[lang] ?? key, value })),
      categories: await this.board(view, terms, lang),
      threads: options.comments ? await this.threads(user, dealId, { sections, terms, lang }) : null,
      files: exportFiles(await this.deps.files.list(user, dealId), lang),
      checklist: await this.checklist(user, membership, lang),
    };
  }

  private async checklist(user: PublicUser, membership: DealMembership, lang: Lang): Promise<ExportChecklist | null> {
    const view = await this.deps.checklist(user, membership);
    return view ? exportChecklist(view, lang) : null;
  }

  private async threads(
    user: PublicUser,
    dealId: string,
    { sections, terms, lang }: { sections: { key: string; title: string }[]; terms: TermSnapshot[]; lang: Lang },
  ): Promise<ExportThread[]> {
    const threads = await this.deps.threads.list(user, dealId, {});
    const on = (thread: ThreadView) =>
      thread.anchor.type === 'term'
        ? (terms.find((term) => thread.anchor.type === 'term' && term.id === thread.anchor.termId)?.title ?? EXPORT_WORDS.removedTerm[lang])
        : (sections.find((section) => thread.anchor.type === 'text' && section.key === thread.anchor.section)?.title ?? thread.anchor.section);
    return threads.map((thread) => ({
      on: on(thread),
      quote: thread.anchor.type === 'text' ? thread.anchor.quote : '',
      status: EXPORT_WORDS[thread.status === 'resolved' ? 'resolved' : 'open'][lang],
      comments: thread.comments.map((comment) => ({ by: comment.author.name, at: exportDateTime(comment.createdAt, lang), body: comment.body })),
    }));
  }

  private async board(view: DealView, terms: TermSnapshot[], lang: Lang): Promise<DealExport['categories']> {
    const signoffs = await this.deps.signoffs.forDeal(view.id);
    const orgName = (id: string) => view.orgs.find((org) => org.id === id)?.name ?? id;
    const personName = (id: string) => view.members.find((member) => member.userId === id)?.name ?? id;
    const known = new Set(TERM_CATEGORIES.map((category) => category.code));
    return TERM_CATEGORIES.map((category) => ({
      label: category.labels[lang],
      terms: terms
        .filter((term) => (known.has(term.category) ? term.category : 'other') === category.code)
        .map((term) => ({
          title: term.title,
          wording: term.wording,
          status: TERM_STATUS_LABELS[term.status][lang],
          owner: term.ownerId ? personName(term.ownerId) : null,
          due: term.due ? exportDay(term.due, lang) : null,
          positions: Object.entries(term.positions).map(([orgId, text]) => ({ org: orgName(orgId), text })),
          signoffs: signoffs
            .filter((signoff) => signoff.termId === term.id)
            .map((signoff) => ({ org: orgName(signoff.orgId), by: personName(signoff.userId), at: exportDateTime(new Date(signoff.at).toISOString(), lang) })),
        })),
    })).filter((category) => category.terms.length > 0);
  }
}
