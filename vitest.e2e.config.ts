import { defineConfig } from 'vitest/config';

// Browser tests: playwright-core drives the system Chromium against `vite preview` of the
// production build (see tests/e2e/global-setup.ts). One file at a time: the machine has 2 cores.
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		environment: 'node',
		globalSetup: ['tests/e2e/global-setup.ts'],
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// `expect.poll` waits on app state like Playwright's own waits do; vitest's default of
		// one second is a timing assertion that fails whenever the machine is busy.
		expect: { poll: { timeout: 30_000 } }
	}
});
