/** Field schemas shared by every record kind; they live in `$lib/record-fields`. */
export { Count, DateField, Finite, Id } from '$lib/record-fields';
