/** Offset/limit paging, as the Webflow list endpoints do it. */
/**
 * Yields every item of an offset/limit-paged list, requesting one page at a time from `startOffset`, and
 * stops when `total` is reached or a page comes back empty (so a shrinking list cannot loop forever).
 * Leaving the loop early sends no further requests.
 */
export async function* paginate(fetchPage, startOffset = 0) {
    let offset = startOffset;
    for (;;) {
        const page = await fetchPage(offset);
        yield* page.items;
        offset = page.pagination.offset + page.items.length;
        if (page.items.length === 0 || offset >= page.pagination.total)
            return;
    }
}
