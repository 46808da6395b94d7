/**
 * The service worker, seen from the page: registers it (in the browser only), says once that
 * the app is ready to work offline, offers a waiting update without ever applying it by itself,
 * and follows the network state for the offline indicator.
 */
import { browser, dev } from '$app/environment';
import { storage } from '$lib/storage';

/** How often an open app asks the server for a new version (ms). */
const UPDATE_CHECK_INTERVAL = 60 * 60 * 1000;

class PwaManager {
	#online = $state(true);
	#offlineReady = $state(false);
	#needRefresh = $state(false);
	#refreshing = $state(false);
	#started = false;
	/** Sends SKIP_WAITING to the waiting worker (from virtual:pwa-register). */
	#updateSW: ((reloadPage?: boolean) => Promise<void>) | null = null;
	/** The learner in THIS tab pressed "Odśwież". */
	#refreshRequested = false;
	/** The new version already controls this tab (another tab applied it). */
	#activatedElsewhere = false;

	/** False while the browser reports no network. */
	get online() {
		return this.#online;
	}

	/** The first install finished: show "Gotowe do pracy offline" (only ever once). */
	get offlineReady() {
		return this.#offlineReady;
	}

	/** A new version is waiting for the learner to press "Odśwież". */
	get needRefresh() {
		return this.#needRefresh;
	}

	/** "Odśwież" was pressed and the new version is being switched in. */
	get refreshing() {
		return this.#refreshing;
	}

	/** Starts once per page load; does nothing outside the browser. */
	start() {
		if (!browser || this.#started) return;
		this.#started = true;
		this.#online = navigator.onLine;
		addEventListener('online', () => (this.#online = true));
		addEventListener('offline', () => (this.#online = false));
		void this.#register();
	}

	async #register() {
		// `npm run dev` builds no worker: only the production build (and its preview) has one.
		if (dev || !('serviceWorker' in navigator)) return;
		const { registerSW } = await import('virtual:pwa-register');
		this.#updateSW = registerSW({
			immediate: true,
			onOfflineReady: () => void this.#announceOfflineReady(),
			onNeedRefresh: () => (this.#needRefresh = true),
			// The new worker took control. Reload only if the learner asked for it here; when
			// another tab applied the update, keep the banner so this tab reloads when it suits.
			onNeedReload: () => {
				if (this.#refreshRequested) location.reload();
				else {
					this.#activatedElsewhere = true;
					this.#needRefresh = true;
				}
			},
			onRegisteredSW: (_url, registration) => {
				if (!registration) return;
				setInterval(() => {
					if (navigator.onLine) void registration.update().catch(() => undefined);
				}, UPDATE_CHECK_INTERVAL);
			},
			onRegisterError: (error: unknown) => console.warn('Kartkówka: service worker', error)
		});
	}

	async #announceOfflineReady() {
		const settings = await storage.get('settings', 'app');
		if (settings?.type === 'app' && settings.offlineReadyShown) return;
		this.#offlineReady = true;
		await storage.put('settings', 'app', {
			type: 'app',
			persistRequested: false,
			...(settings?.type === 'app' ? settings : {}),
			offlineReadyShown: true
		});
	}

	/** Hides the "Gotowe do pracy offline" notice. */
	dismissOfflineReady() {
		this.#offlineReady = false;
	}

	/**
	 * Switches to the waiting version: it takes control and the page reloads. Progress is
	 * saved by every action as it happens, so nothing is lost.
	 */
	async refresh() {
		this.#refreshing = true;
		if (this.#activatedElsewhere || !this.#updateSW) {
			location.reload();
			return;
		}
		this.#refreshRequested = true;
		await this.#updateSW(true);
	}
}

/** The app's one service-worker manager. */
export const pwa = new PwaManager();
