/** Bank files for the bank tests: a small hand-made one and the real built-in bank. */
import { readBankFiles } from '../../src/lib/bank/fs';
import { builtInBanks } from '../../src/lib/banks/builtin';
import { toBankFileValue } from '../../src/lib/banks/format';

export const TEXT = `Pierwszy akapit o granicy: 7598 kilometrów.

## Nagłówek sekcji

Drugi   akapit,
łamany w środku. Trzecie zdanie.
`;

/** A bank file (format 1) as written by hand, YAML. Every question type but one. */
export const SMALL_YAML = `kartkowka: 1
id: rzeki
title: Rzeki
description: Krótki zestaw do testów.
language: pl
topics:
  - id: t
    label: Temat
questions:
  - id: q-granica
    type: numeric
    prompt: Ile km?
    answer: 7598
    tolerance: 0
    unit: km
    evidence: 7598 kilometrów
    explanation: Tak jest w tekście.
    topics: [t]
    difficulty: 1
  - id: q-wybor
    type: single
    prompt: Który akapit jest drugi?
    options:
      - text: Drugi akapit
        correct: true
      - text: Pierwszy akapit
    evidence: Drugi akapit
    explanation: Tak jest w tekście.
    topics: [t]
    difficulty: 2
cards:
  - id: c-1
    front: Pytanie?
    back: Odpowiedź
    evidence: Trzecie zdanie.
    topics: [t]
text: |
  Pierwszy akapit o granicy: 7598 kilometrów.

  ## Nagłówek sekcji

  Drugi   akapit,
  łamany w środku. Trzecie zdanie.
`;

/** The real built-in bank, as the build loads it. */
export function realBank() {
	const [bank] = builtInBanks(readBankFiles(process.cwd()));
	if (!bank) throw new Error('no built-in bank');
	return bank;
}

/** The real bank's file value (what /banks/<id>.json holds). */
export function realBankFile() {
	const { loaded, text } = realBank();
	return toBankFileValue(loaded.bank, text);
}
