/**
 * Groups added with the whole v2 API: CMS items (whose `fieldData` is an open record), ecommerce
 * orders and the DOM content of pages. Like client-usage.ts, this only has to compile, and every
 * `@ts-expect-error` line has to be the error it names.
 */
import {
  type Client,
  type CollectionItem,
  type DomNode,
  type ItemFieldData,
  type ListCollectionItemsParams,
  type Order,
  type Pagination,
  type TextNode,
  type UnknownDomNode,
} from "webflow-api";
import type { Equal, Expect } from "./type-assert.js";

export async function cmsItems(client: Client, collectionId: string): Promise<string[]> {
  const page = await client.items.list({
    collection_id: collectionId,
    limit: 100,
    sortBy: "lastPublished",
    sortOrder: "desc",
    "lastUpdated[gte]": "2024-01-01T00:00:00.000Z",
  });
  type _items = Expect<Equal<typeof page.items, CollectionItem[]>>;
  type _pagination = Expect<Equal<typeof page.pagination, Pagination>>;
  type _sortBy = Expect<
    Equal<
      ListCollectionItemsParams["sortBy"],
      "createdOn" | "lastPublished" | "lastUpdated" | "name" | "slug" | undefined
    >
  >;

  const names: string[] = [];
  for (const item of page.items) {
    // name and slug are typed; every other field of the collection is an open record entry.
    type _fieldData = Expect<Equal<typeof item.fieldData, ItemFieldData>>;
    type _name = Expect<Equal<typeof item.fieldData.name, string>>;
    type _slug = Expect<Equal<typeof item.fieldData.slug, string>>;
    type _custom = Expect<Equal<(typeof item.fieldData)["main-image"], unknown>>;
    type _lastPublished = Expect<Equal<typeof item.lastPublished, string | null>>;
    type _isDraft = Expect<Equal<typeof item.isDraft, boolean | undefined>>;
    names.push(item.fieldData.name);

    const color = item.fieldData["color"];
    if (typeof color === "string") names.push(color);
    // @ts-expect-error TS2322 -- a custom field's value is unknown until the caller checks it
    const hex: string = item.fieldData["color"];
    void hex;
    // @ts-expect-error TS18048 -- isArchived is optional in the reference, so it may be absent
    if (item.isArchived.valueOf()) continue;
  }

  // A new item: any custom field may be sent beside the required name and slug.
  const created = await client.items.create({
    collection_id: collectionId,
    skipInvalidFiles: true,
    body: { isDraft: true, fieldData: { name: "Launch", slug: "launch", color: "#146ef5", rank: 3 } },
  });
  void created;

  await client.items.create({
    collection_id: collectionId,
    // @ts-expect-error TS2322 -- fieldData needs a slug
    body: { fieldData: { name: "No slug" } },
  });
  // @ts-expect-error TS2345 -- collection_id is a required path parameter
  await client.items.list({ limit: 10 });
  // @ts-expect-error TS2322 -- sortBy takes the fields the API sorts by
  await client.items.list({ collection_id: collectionId, sortBy: "color" });

  for await (const item of client.items.iterateLive({ collection_id: collectionId, limit: 100 })) {
    type _live = Expect<Equal<typeof item, CollectionItem>>;
    names.push(item.fieldData.slug);
  }
  return names;
}

export async function orders(client: Client, siteId: string): Promise<number> {
  const list = await client.orders.list({ site_id: siteId, status: "unfulfilled", limit: 50 });
  // The reference marks `orders` optional: the type says so, and the caller checks.
  type _orders = Expect<Equal<typeof list.orders, Order[] | undefined>>;
  // @ts-expect-error TS18048 -- orders is optional in the spec, so it must be checked first
  void list.orders.length;

  let open = 0;
  for (const order of list.orders ?? []) {
    // A response status may be one Webflow added after the spec: any string, the known ones kept.
    type _status = Expect<Equal<Extract<typeof order.status, "pending" | "refunded">, "pending" | "refunded">>;
    const later: typeof order.status = "a-status-added-later";
    void later;
    type _fulfilledOn = Expect<Equal<typeof order.fulfilledOn, string | null | undefined>>;
    type _orderId = Expect<Equal<typeof order.orderId, string | undefined>>;
    if (order.status === "unfulfilled") open += 1;
    // @ts-expect-error TS2322 -- orderId is optional in the spec
    const id: string = order.orderId;
    void id;
  }

  const order = await client.orders.get({ site_id: siteId, order_id: "dfa-3f1" });
  type _order = Expect<Equal<typeof order, Order>>;
  await client.orders.update({ site_id: siteId, order_id: "dfa-3f1", body: { comment: "Gift wrap" } });
  await client.orders.fulfill({ site_id: siteId, order_id: "dfa-3f1" });
  await client.orders.refund({ site_id: siteId, order_id: "dfa-3f1", body: { reason: "requested" } });

  // @ts-expect-error TS2322 -- the status filter of a request is a closed list
  await client.orders.list({ site_id: siteId, status: "shipped" });
  // @ts-expect-error TS2322 -- a refund reason is one of duplicate, fraudulent, requested
  await client.orders.refund({ site_id: siteId, order_id: "dfa-3f1", body: { reason: "changed-mind" } });
  // @ts-expect-error TS2345 -- order_id is a required path parameter
  await client.orders.get({ site_id: siteId });
  return open;
}

export async function pageContent(client: Client, pageId: string, localeId: string): Promise<string[]> {
  const content = await client.pages.getContent({ page_id: pageId, localeId, limit: 100 });
  type _nodes = Expect<Equal<typeof content.nodes, DomNode[] | undefined>>;
  // @ts-expect-error TS18048 -- nodes is optional in the reference
  void content.nodes.length;

  const texts: string[] = [];
  for (const node of content.nodes ?? []) {
    // Unknown node types reach the caller too (as UnknownDomNode), so `type` is any string; testing it
    // still narrows to the listed node type.
    type _type = Expect<Equal<typeof node.type, string>>;
    type _unknownType = Expect<string extends UnknownDomNode["type"] ? true : false>;
    type _text = Expect<TextNode extends DomNode ? true : false>;
    if (node.type === "text") {
      type _narrowed = Expect<Equal<typeof node.text, TextNode["text"]>>;
      // @ts-expect-error TS2339 -- an image belongs to image nodes, not to the text node this narrowed to
      void node.image;
      texts.push(node.id ?? "");
    }
  }
  for await (const node of client.pages.iterateContent({ page_id: pageId, localeId })) {
    type _node = Expect<Equal<typeof node, DomNode>>;
    texts.push(node.type);
  }

  await client.pages.updateContent({
    page_id: pageId,
    localeId,
    body: { nodes: [{ nodeId: "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d11", text: "<h1>Bienvenue</h1>" }] },
  });
  // @ts-expect-error TS2345 -- updateContent writes one locale: localeId is a required query parameter
  await client.pages.updateContent({ page_id: pageId, body: { nodes: [] } });
  await client.pages.updateContent({
    page_id: pageId,
    localeId,
    // @ts-expect-error TS2353 -- a node update names its node with nodeId, not id
    body: { nodes: [{ id: "6a1f0d6e-8b4c-2a3e-9f1d-0c6b2e7a4d11", text: "<h1>Hi</h1>" }] },
  });
  return texts;
}
