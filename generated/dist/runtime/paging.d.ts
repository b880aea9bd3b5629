/** Offset/limit paging, as the Webflow list endpoints do it. */
/** One page as a list endpoint returns it: the items and where they sit in the whole list. */
export interface Page<T> {
	items: readonly T[];
	pagination: {
		offset: number;
		total: number;
	};
}
/**
 * Yields every item of an offset/limit-paged list, requesting one page at a time from `startOffset`, and
 * stops when a page comes back empty or the next offset reaches `total`. The next offset counts from
 * the one requested, not the one the server reports, so a server that ignores `offset` cannot make it
 * loop forever. Leaving the loop early sends no further requests.
 */
export declare function paginate<T>(fetchPage: (offset: number) => Promise<Page<T>>, startOffset?: number): AsyncGenerator<T, void, undefined>;
