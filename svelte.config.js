import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		// Plain files for any static host; 404.html lets unknown scenario ids reach the error page.
		adapter: adapter({ fallback: '404.html', strict: true }),
		// Serve from a sub-path (e.g. a blog's /viz/) with BASE_PATH=/viz npm run build.
		paths: { base: process.env.BASE_PATH ?? '', relative: true }
	}
};

export default config;
