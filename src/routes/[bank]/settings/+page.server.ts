import { bankEntries } from '$lib/server/banks';
import type { EntryGenerator } from './$types';

// One prerendered app shell per built-in bank; banks on the device use the fallback shell.
export const entries = bankEntries satisfies EntryGenerator;
