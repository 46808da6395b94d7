/**
 * What needs ts-fsrs: deriving, rating, previews and flags of card states. Loaded on demand
 * (`loadEngine`), so pages that only show due counts or statistics never load the scheduler.
 */
export { adoptLog, deriveCard } from './derive';
export {
	buryCard,
	newCardState,
	previewRatings,
	rateCard,
	setSuspended,
	type RatingPreview,
	type Rated
} from './scheduler';
