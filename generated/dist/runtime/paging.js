/**
 * Yields every item of an offset/limit-paged list, requesting one page at a time from `startOffset`, and
 * stops when a page comes back empty or the next offset reaches `total`. The next offset counts from
 * the one requested, not the one the server reports, so a server that ignores `offset` cannot make it
 * loop forever. Leaving the loop early sends no further requests.
 */
export async function* paginate(fetchPage, startOffset = 0) {
	let offset = startOffset;
	for (;;) {
		const page = await fetchPage(offset);
		yield* page.items;
		offset += page.items.length;
		if (page.items.length === 0 || offset >= page.pagination.total) return;
	}
}
