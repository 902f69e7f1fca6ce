/**
 * The still figure — what `npm run export` photographs and turns into SVG — rendered on the
 * server as the prerendered /still page is. Scenario text that looks like markup must come
 * out as characters (tests/fixtures/xss-caption.json carries <img onerror> and <script>).
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../scenario/load-dir.ts';
import type { Scenario } from '../scenario/schema.ts';
import StillFigure from './StillFigure.svelte';
import StillPage from '../../routes/still/[id]/+page.svelte';

function fixture(): Scenario {
	const result = validateFile('tests/fixtures/xss-caption.json');
	if (!result.ok) throw new Error(`the fixture is not valid: ${JSON.stringify(result.errors)}`);
	return result.scenario;
}

/** No element made from scenario text: no <img, no <script, no handler attribute. */
function expectNoInjectedMarkup(html: string) {
	expect(html).not.toMatch(/<img/i);
	expect(html).not.toMatch(/<script/i);
	expect(html).not.toMatch(/<[a-z][^<>]*\sonerror=/i);
}

describe('StillFigure', () => {
	it('shows a step: the still stage, the title, the step number and the caption', () => {
		const { body } = render(StillFigure, { props: { scenario: fixture(), index: 2, lang: 'en' } });
		expect(body).toContain('<svg');
		expect(body).toContain('data-shown="2"');
		expect(body).toContain('Step 2 / 3');
		expect(body).toContain('The daemon reads its local image store and sends back');
	});

	for (const lang of ['en', 'zh'] as const) {
		it(`renders a caption holding <img onerror> and <script> as literal text (${lang})`, () => {
			const { body, head } = render(StillFigure, { props: { scenario: fixture(), index: 1, lang } });
			expect(body).toContain('&lt;img src=x onerror=alert(1)>');
			expect(body).toContain('&lt;script>alert(2)&lt;/script>');
			// The title, and an item label on stage (SVG text, cut to fit its box), too.
			expect(body).toContain('&lt;script>alert(3)&lt;/script>');
			expect(body).toContain('>&lt;img src=x onerror=a');
			expectNoInjectedMarkup(body + head);
		});
	}

	it('shows the summary at step 0, escaped as well', () => {
		const { body } = render(StillFigure, { props: { scenario: fixture(), index: 0, lang: 'en' } });
		expect(body).toContain('Summary &lt;img src=x onerror=alert(4)>');
		expectNoInjectedMarkup(body);
	});
});

describe('the /still/[id] page', () => {
	it('prerenders the figure with scenario text escaped, in body and head', () => {
		const { body, head } = render(StillPage, { props: { data: { scenario: fixture(), scenarioIds: [] }, params: { id: 'xss-caption' } } as never });
		expect(body).toContain('data-testid="still-frame"');
		expect(body).toContain('&lt;img src=x onerror=alert(4)>');
		expect(head).toContain('&lt;script>alert(3)&lt;/script>');
		expectNoInjectedMarkup(body + head);
	});
});
