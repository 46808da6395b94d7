import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

// `npm run icons`: every PNG/ICO icon is generated from the one SVG, static/favicon.svg, and
// committed under static/ (the build never regenerates them).
export default defineConfig({
	headLinkOptions: { preset: '2023' },
	preset: {
		...minimal2023Preset,
		// The maskable and Apple icons get a full-bleed background in the icon's own blue, so
		// that no platform mask shows a white ring around it.
		maskable: {
			...minimal2023Preset.maskable,
			resizeOptions: { background: '#1d4ed8', fit: 'contain' }
		},
		apple: {
			...minimal2023Preset.apple,
			resizeOptions: { background: '#1d4ed8', fit: 'contain' }
		}
	},
	images: ['static/favicon.svg']
});
