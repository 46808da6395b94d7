import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ProposalReview from '../../src/lib/authoring/components/ProposalReview.svelte';
import { proposeText } from '../../src/lib/authoring/engine';

describe('ProposalReview', () => {
	it('renders every paragraph with its evidence marked and buttons for each proposal', () => {
		const result = proposeText(
			'W 1385 r. Jadwiga poślubiła Władysława Jagiełłę w Krakowie. Dwór <script>był</script> bogaty.'
		);
		if (!result.ok) throw new Error(result.problem.code);
		const { body: html } = render(ProposalReview, {
			props: { made: result.proposals, meta: { id: 'moj-x', title: 'X' }, onsave: () => {} }
		});
		const body = html.replace(/ class="[^"]*"/g, '').replace(/<!--[^>]*-->/g, '');
		expect(body).toContain('<h3 id="h-p-1">Akapit 1</h3>');
		expect(body).toContain(
			'<mark>W 1385 r. Jadwiga poślubiła Władysława Jagiełłę w Krakowie.</mark>'
		);
		// Text from the paste is never markup.
		expect(body).toContain('Dwór &lt;script>był&lt;/script> bogaty.');
		expect(body).not.toContain('<script>');
		const n = result.proposals.proposals.length;
		expect(body.match(/>Zatwierdź</g)?.length).toBe(n);
		expect(body.match(/>Odrzuć</g)?.length).toBe(n);
		expect(body.match(/>Edytuj</g)?.length).toBe(n);
		expect(body).toContain('>Dodaj pytanie<');
		expect(body).toContain('>Dodaj fiszkę<');
		expect(body).toContain('Zapisz zestaw');
	});
});
