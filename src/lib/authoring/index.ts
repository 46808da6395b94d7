/** The authoring engine: from a pasted Polish text to reviewed banks. */
export { proposeText, type ProposeResult } from './engine';
export { intake, MAX_TEXT_CHARS, type IntakeProblem } from './intake';
export { bankOf, checkBank, itemsOf, localBankId, type BankMeta } from './bank';
export { Proposer } from './proposer';
export { authoringStrings, ruleLabel } from './strings';
export type { ParagraphView, Proposal, ProposalRule, Proposals } from './types';
