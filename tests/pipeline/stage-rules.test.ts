// The pipeline's pure rules: which moves are legal from each stage, who proposes and who decides.
import { describe, expect, it } from 'vitest';
import { canDecideStage, canProposeStage, checkMove, legalTargets, stageActionsFor, OPEN_STAGES } from '../../shared/pipeline/index.ts';
import { StageMoveBodySchema } from '../../shared/schemas/pipeline.ts';

describe('stage transition rules', () => {
  it('moves an open deal one step forward or back, or closes it as lost', () => {
    expect(legalTargets('introduced', null)).toEqual(['nda', 'closed-lost']);
    expect(legalTargets('nda', null)).toEqual(['introduced', 'due-diligence', 'closed-lost']);
    expect(legalTargets('negotiation', null)).toEqual(['due-diligence', 'agreed', 'closed-lost']);
  });

  it('closes as won only from agreed', () => {
    expect(legalTargets('agreed', null)).toEqual(['negotiation', 'closed-won', 'closed-lost']);
    for (const stage of OPEN_STAGES.filter((open) => open !== 'agreed')) expect(legalTargets(stage, null)).not.toContain('closed-won');
  });

  it('reopens a closed deal only to the stage it was closed from', () => {
    expect(legalTargets('closed-lost', 'due-diligence')).toEqual(['due-diligence']);
    expect(legalTargets('closed-won', 'agreed')).toEqual(['agreed']);
    expect(legalTargets('closed-lost', null)).toEqual([]);
    expect(legalTargets('closed-lost', 'closed-won')).toEqual([]);
  });

  it('refuses skipped steps, unknown stages and staying put', () => {
    expect(checkMove('introduced', 'negotiation', null, undefined)).toMatchObject({ kind: 'illegal' });
    expect(checkMove('nda', 'nda', null, undefined)).toMatchObject({ kind: 'illegal' });
    expect(checkMove('signed', 'nda', null, undefined)).toMatchObject({ kind: 'illegal' });
    expect(checkMove('nda', 'due-diligence', null, undefined)).toBeNull();
  });

  it('needs a reason to close, of 1 to 500 characters', () => {
    expect(checkMove('nda', 'closed-lost', null, '  ')).toMatchObject({ kind: 'reason-required' });
    expect(checkMove('nda', 'closed-lost', null, 'Buyer chose a local supplier')).toBeNull();
    expect(StageMoveBodySchema.safeParse({ to: 'closed-lost' }).success).toBe(false);
    expect(StageMoveBodySchema.safeParse({ to: 'closed-lost', reason: 'x'.repeat(501) }).success).toBe(false);
    expect(StageMoveBodySchema.safeParse({ to: 'closed-lost', reason: '買方選擇了本地供應商' }).success).toBe(true);
    expect(StageMoveBodySchema.safeParse({ to: 'nda', extra: 1 }).success).toBe(false);
  });

  it('lets parties propose, owners and managers decide, advisers do neither', () => {
    expect(canProposeStage({ role: 'party', owner: false })).toBe(true);
    expect(canDecideStage({ role: 'party', owner: false })).toBe(false);
    expect(canDecideStage({ role: 'party', owner: true })).toBe(true);
    expect(canDecideStage({ role: 'manager', owner: false })).toBe(true);
    expect(canProposeStage({ role: 'adviser', owner: false })).toBe(false);
    expect(canDecideStage({ role: 'adviser', owner: false })).toBe(false);
  });

  it('offers the buttons the rules allow: no proposals while one is pending, no reopening by proposal', () => {
    const party = { role: 'party', owner: false } as const;
    const manager = { role: 'manager', owner: false } as const;
    expect(stageActionsFor(party, 'nda', null, false)).toEqual({ propose: ['introduced', 'due-diligence', 'closed-lost'], move: [], decide: false });
    expect(stageActionsFor(party, 'nda', null, true).propose).toEqual([]);
    expect(stageActionsFor(party, 'closed-lost', 'nda', false).propose).toEqual([]);
    expect(stageActionsFor(manager, 'closed-lost', 'nda', true)).toEqual({ propose: [], move: ['nda'], decide: true });
  });
});
