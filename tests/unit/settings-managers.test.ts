import { describe, expect, it } from 'vitest';
import { BackupManager } from '../../src/routes/settings/backup-manager.svelte';
import { ProgressOverview } from '../../src/routes/settings/overview.svelte';
import { Storage } from '../../src/lib/storage';
import { attempt, BANK, OTHER_BANK, T0 } from './storage-fixtures';

const estimate = async () => ({ persisted: true, usageBytes: 2_500_000 });

async function filled() {
	const store = new Storage({ memory: true });
	await store.put('attempts', 'a1', attempt(BANK, 'a1', T0));
	await store.put('attempts', 'a2', attempt(OTHER_BANK, 'a2', T0 + 1));
	return store;
}

describe('settings: progress overview', () => {
	it('counts readable records per kind and names every bank with progress', async () => {
		const store = await filled();
		const overview = new ProgressOverview(store, estimate);
		await overview.refresh();
		expect(overview.counts).toEqual({
			settings: 0,
			cards: 0,
			reviews: 0,
			attempts: 2,
			sessions: 0,
			classroom: 0,
			banks: 0
		});
		expect(overview.bankIds).toEqual([OTHER_BANK, BANK].sort());
		// An in-memory store outlasts nothing, whatever the browser says about persistence.
		expect([overview.persisted, overview.usageBytes, overview.memoryOnly]).toEqual([
			false,
			2_500_000,
			true
		]);
	});
});

describe('settings: backup manager', () => {
	it('exports a backup, checks it, imports it into another device and says what it did', async () => {
		const saved: { name: string; content: string }[] = [];
		const now = new Date(T0 + 60_000);
		const from = new BackupManager(await filled(), {
			now: () => now,
			save: (name, content) => saved.push({ name, content })
		});
		await from.exportProgress();
		expect(saved).toHaveLength(1);
		expect(from.exportMessage).toBe(`Pobrano plik ${saved[0]?.name}.`);

		const other = new Storage({ memory: true });
		const to = new BackupManager(other, { now: () => now, save: () => {} });
		await to.choose({ text: async () => saved[0]?.content ?? '' });
		expect(to.importError).toBe('');
		expect(to.plan?.changes).toBe(2);
		expect(to.plan?.perKind.attempts).toMatchObject({ incoming: 2, added: 2 });
		await to.applyImport();
		expect(to.importMessage).toBe('Zaimportowano: 2 rekordy zmienione.');
		expect(to.plan).toBeNull();
		expect(await other.get('attempts', 'a1')).toEqual(attempt(BANK, 'a1', T0));
	});

	it('says "Importowanie… N%" while an import runs, then what it did', async () => {
		const saved: string[] = [];
		const from = new BackupManager(await filled(), { save: (_n, content) => saved.push(content) });
		await from.exportProgress();
		const other = new Storage({ memory: true });
		const seen: string[] = [];
		// The store reports progress as the real one does; the manager's text is read at each step.
		const to: BackupManager = new BackupManager(
			{
				previewImport: (records, mode) => other.previewImport(records, mode),
				importRecords: async (records, mode, onProgress) => {
					for (const share of [0, 0.25, 0.5, 1]) {
						onProgress?.(share);
						seen.push(to.importProgress);
					}
					return other.importRecords(records, mode);
				},
				exportBackup: (now) => other.exportBackup(now),
				resetAll: () => other.resetAll(),
				resetBank: (id) => other.resetBank(id)
			},
			{ save: () => {} }
		);
		await to.choose({ text: async () => saved[0] ?? '' });
		expect(to.importProgress).toBe('');
		await to.applyImport();
		expect(seen).toEqual([
			'Importowanie… 0%',
			'Importowanie… 25%',
			'Importowanie… 50%',
			'Importowanie… 100%'
		]);
		expect(to.importProgress).toBe('');
		expect(to.importMessage).toBe('Zaimportowano: 2 rekordy zmienione.');
	});

	it('a file that is not a backup imports nothing and says so', async () => {
		const store = await filled();
		const manager = new BackupManager(store, { save: () => {} });
		await manager.choose({ text: async () => '{"to nie": "kopia"}' });
		expect(manager.importError.startsWith('Nie zaimportowano niczego.')).toBe(true);
		expect(manager.plan).toBeNull();
		expect((await store.list('attempts')).length).toBe(2);
	});

	it('resets one bank, then everything', async () => {
		const store = await filled();
		const manager = new BackupManager(store, { save: () => {} });
		await manager.reset({ bankId: BANK });
		expect(manager.resetMessage).toBe('Usunięto 1 rekord.');
		expect((await store.list('attempts')).map((r) => r.key)).toEqual(['a2']);
		await manager.reset('all');
		expect(manager.resetMessage).toBe('Usunięto 1 rekord.');
		expect(await store.list('attempts')).toEqual([]);
	});
});
