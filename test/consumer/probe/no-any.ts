/**
 * Probe: no `any` in the package's public types. Compiled on its own (tsconfig.probe.json) by
 * test/consumer.test.ts. Two layers:
 *  - `IsAny` on a named list of exported types, method results and error/validator fields;
 *  - `AnyPaths`, which walks every export of "webflow-api", "webflow-api/v1" and "webflow-api/v2"
 *    (properties, array elements, awaited promises, function parameters and results, class
 *    instances) and yields the path of each `any` it meets, so a leak fails the compile with a
 *    message naming where it is.
 * Platform types whose lib declarations contain `any` of their own (Headers, AbortSignal, fetch, the
 * statics ApiPromise inherits from Promise) are not descended into; generators and iterables are checked through what they yield (and a
 * generator's return and next types), not through the lib's own `throw(e?: any)`.
 */
import type * as Root from "webflow-api";
import type * as V1 from "webflow-api/v1";
import type * as V2 from "webflow-api/v2";
import type { Equal, Expect, IsAny, Not } from "../src/type-assert.js";

type Primitive = string | number | boolean | bigint | symbol | null | undefined | void;
type Opaque = Headers | AbortSignal | Request | Response | Date | RegExp | FormData | URLSearchParams;
type Step = 0[];
/** Compiles only when T is `never`; otherwise the error message lists T, i.e. the paths found. */
type NoAnyAt<T extends never> = T;

/** Paths (starting at P) where T or anything reachable from it is `any`; `never` when clean. */
export type AnyPaths<T, P extends string = "$", D extends Step = []> =
  IsAny<T> extends true
    ? P
    : D["length"] extends 24
      ? `${P} (too deep to check)`
      : T extends unknown
        ? MemberAnyPaths<T, P, [...D, 0]>
        : never;

type MemberAnyPaths<T, P extends string, D extends Step> = T extends Primitive
  ? never
  : T extends Opaque
    ? never
    : Equal<T, typeof fetch> extends true
      ? never
      : // The ApiPromise class itself: its statics are the lib's PromiseConstructor (`reject(reason?: any)`); its instances are walked through what they resolve to.
        Equal<T, typeof Root.ApiPromise> extends true
        ? never
      : T extends PromiseLike<infer U>
        ? AnyPaths<U, `${P}:await`, D>
        : T extends readonly unknown[]
          ? AnyPaths<T[number], `${P}[]`, D>
          : T extends
                AsyncGenerator<infer Y, infer R, infer N> | Generator<infer Y, infer R, infer N>
            ? | AnyPaths<Y, `${P}:yield`, D>
              | AnyPaths<R, `${P}:return`, D>
              | AnyPaths<N, `${P}:next`, D>
            : T extends AsyncIterable<infer E> | Iterable<infer E>
              ? AnyPaths<E, `${P}:each`, D>
              : | (T extends (...args: infer A) => infer R
                    ? AnyPaths<A[number], `${P}(arg)`, D> | AnyPaths<R, `${P}()`, D>
                    : never)
                | (T extends abstract new (...args: infer A) => infer I
                    ? AnyPaths<A[number], `${P}(new arg)`, D> | AnyPaths<I, `${P}:instance`, D>
                    : never)
                | { [K in keyof T & (string | number)]-?: AnyPaths<T[K], `${P}.${K}`, D> }[keyof T &
                    (string | number)];

// The detector itself must work, or the checks below prove nothing.
type _detectsAny = Expect<Equal<AnyPaths<{ a: { b: any[] } }>, "$.a.b[]">>;
type _detectsAnyInSignature = Expect<
  Equal<AnyPaths<{ f(x: string): Promise<{ y: any }> }>, "$.f():await.y">
>;
type _detectsAnyArgument = Expect<Equal<AnyPaths<(x: any) => void>, "$(arg)">>;
type _detectsAnyYielded = Expect<
  Equal<AnyPaths<() => AsyncGenerator<{ x: any }, void, undefined>>, "$():yield.x">
>;
type _passesClean = Expect<Equal<AnyPaths<{ a: unknown; b: string[]; c: () => never }>, never>>;
type _isAny = Expect<IsAny<any>>;
type _unknownIsNotAny = Expect<Not<IsAny<unknown>>>;

// Every export of every entry point, walked.
type _root = NoAnyAt<AnyPaths<typeof Root, "webflow-api">>;
type _v1 = NoAnyAt<AnyPaths<typeof V1, "webflow-api/v1">>;
type _v2 = NoAnyAt<AnyPaths<typeof V2, "webflow-api/v2">>;
// Type-only exports are not on the namespace object, so walk the important ones explicitly.
type _rootTypes = NoAnyAt<
  AnyPaths<
    {
      Site: Root.Site;
      CommentThread: Root.CommentThread;
      CommentReply: Root.CommentReply;
      Webhook: Root.Webhook;
      Introspection: Root.Introspection;
      ErrorSchema: Root.ErrorSchema;
      GetSiteResult: Root.GetSiteResult;
      ListCommentThreadsParams: Root.ListCommentThreadsParams;
      CreateWebhookParams: Root.CreateWebhookParams;
      PublishSiteParams: Root.PublishSiteParams;
      CollectionItem: Root.CollectionItem;
      ListCollectionItemsParams: Root.ListCollectionItemsParams;
      CreateCollectionItemsParams: Root.CreateCollectionItemsParams;
      Order: Root.Order;
      PageContent: Root.PageContent;
      UpdatePageContentParams: Root.UpdatePageContentParams;
      Client: Root.Client;
      ScopedClient: Root.ScopedClient<"sites:read" | "cms:read">;
      ScopedClientConfig: Root.ScopedClientConfig<readonly ["sites:read"]>;
      MethodScopes: Root.MethodScopes;
      ScopeCheckedCore: Root.ScopeCheckedCore;
      ClientConfig: Root.ClientConfig;
      RequestOptions: Root.RequestOptions;
      HttpCoreSettings: Root.HttpCoreSettings;
      OperationRequest: Root.OperationRequest<unknown>;
      ApiErrorInit: Root.ApiErrorInit;
      ValidationResult: Root.ValidationResult<Root.Site>;
      paths: Root.paths;
      components: Root.components;
      operations: Root.operations;
    },
    "types"
  >
>;
type _v1Types = NoAnyAt<
  AnyPaths<
    {
      Client: V1.Client;
      AuthorizedInfo: V1.AuthorizedInfo;
      AuthorizedUserResponse: V1.AuthorizedUserResponse;
      V1Error: V1.V1Error;
      paths: V1.paths;
      components: V1.components;
      operations: V1.operations;
    },
    "v1 types"
  >
>;

// The named list, one by one.
type C = Root.Client;
type _n01 = Expect<Not<IsAny<Root.Site>>>;
type _n02 = Expect<Not<IsAny<Root.Site["parentFolderId"]>>>;
type _n03 = Expect<Not<IsAny<Root.CommentThread>>>;
type _n04 = Expect<Not<IsAny<Root.CommentThread["localeId"]>>>;
type _n05 = Expect<Not<IsAny<Root.GetSiteResult>>>;
type _n06 = Expect<Not<IsAny<Root.ListCommentThreadsParams>>>;
type _n07 = Expect<Not<IsAny<Root.ListCommentThreadsParams["sortOrder"]>>>;
type _n08 = Expect<Not<IsAny<Root.CreateWebhookParams["body"]>>>;
type _n09 = Expect<Not<IsAny<Root.CreateWebhookParams["body"]["triggerType"]>>>;
type _n10 = Expect<Not<IsAny<Awaited<ReturnType<C["sites"]["get"]>>>>>;
type _n11 = Expect<Not<IsAny<Awaited<ReturnType<C["sites"]["list"]>>>>>;
type _n12 = Expect<Not<IsAny<Awaited<ReturnType<C["sites"]["publish"]>>>>>;
type _n13 = Expect<Not<IsAny<Awaited<ReturnType<C["comments"]["listThreads"]>>>>>;
type _n14 = Expect<Not<IsAny<Awaited<ReturnType<C["comments"]["listReplies"]>>>>>;
type _n15 = Expect<Not<IsAny<Awaited<ReturnType<C["webhooks"]["create"]>>>>>;
type _n16 = Expect<Not<IsAny<Awaited<ReturnType<C["token"]["introspect"]>>>>>;
type _n17 = Expect<Not<IsAny<Parameters<C["webhooks"]["create"]>[0]>>>;
type _n18 = Expect<Not<IsAny<Root.WebflowApiError["status"]>>>;
type _n19 = Expect<Not<IsAny<Root.WebflowApiError["code"]>>>;
type _n20 = Expect<Not<IsAny<Root.WebflowApiError["details"]>>>;
type _n21 = Expect<Not<IsAny<Root.WebflowApiError["body"]>>>;
type _n22 = Expect<Not<IsAny<Root.WebflowApiError["rateLimit"]>>>;
type _n23 = Expect<Not<IsAny<Root.NotFoundError["status"]>>>;
type _n24 = Expect<Not<IsAny<Root.WebflowResponseValidationError["issues"]>>>;
type _n25 = Expect<Not<IsAny<Root.WebflowNetworkError["cause"]>>>;
type _n26 = Expect<Not<IsAny<ReturnType<typeof Root.validateSite>>>>;
type _n27 = Expect<
  Not<IsAny<Extract<ReturnType<typeof Root.validateSite>, { ok: true }>["value"]>>
>;
type _n28 = Expect<Not<IsAny<ReturnType<typeof Root.validateCommentThread>>>>;
type _n29 = Expect<Not<IsAny<Root.Scope>>>;
type _n30 = Expect<Not<IsAny<(typeof Root.OPERATION_SCOPES)["getSite"]>>>;
type _n31 = Expect<Not<IsAny<(typeof Root.TRIGGER_SCOPES)["form_submission"]>>>;
type _n32 = Expect<Not<IsAny<ReturnType<typeof Root.missingScopes>>>>;
type _n33 = Expect<Not<IsAny<Awaited<ReturnType<V1.Client["meta"]["getAuthorizedInfo"]>>>>>;
type _n34 = Expect<Not<IsAny<Awaited<ReturnType<V1.Client["meta"]["getAuthorizedUser"]>>>>>;
type _n35 = Expect<Not<IsAny<Root.ResponseInfo["rateLimit"]>>>;
type _n36 = Expect<Not<IsAny<Awaited<ReturnType<C["checkScopes"]>>>>>;
type _n37 = Expect<
  Not<IsAny<Awaited<ReturnType<Root.ScopedClient<"sites:read">["sites"]["list"]>>>>
>;
type _n38 = Expect<Not<IsAny<Root.MethodScopes["sites"]["publish"]>>>;
