import fc from "fast-check";
import { deflatedZeros, zip } from "../fixtures/lying-zip";
import {
  confusedObject,
  confusedQuery,
  confusedSegment,
  confusedValue,
  contentType,
  nastyString,
  nearLimitJson,
  rawJson,
} from "./fuzz-inputs";
import type { ActionTarget, RouteTarget } from "./fuzz-targets";

/**
 * One generated request: where it goes, what it carries (a string or multipart fields), and a
 * short description for the failure message (a body can be megabytes long).
 */
export type FuzzRequest = {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | [string, string | Blob][];
  describe: string;
};

/** Route handlers read JSON up to this (lib/http/json-body.ts); the fuzzer goes near and past it. */
export const ROUTE_JSON_LIMIT_BYTES = 64 * 1024;
/** Form posts (server actions) up to this (lib/http/body-limit.ts). */
export const FORM_POST_LIMIT_BYTES = 4 * 1024 * 1024;

const short = (text: string, length = 160) =>
  text.length > length ? `${text.slice(0, length)}… (${text.length} chars)` : text;

/** The template with every `[segment]` nasty, or the matrix's URL with a nasty query added. */
function routeUrl(target: RouteTarget): fc.Arbitrary<string> {
  const withQuery = (fields: string[]) =>
    confusedQuery(fields).map((query) =>
      query ? `${target.url}${target.url.includes("?") ? "&" : "?"}${query}` : target.url,
    );
  if (!target.template.includes("[")) return withQuery(QUERY_FIELDS);
  return fc.oneof(
    withQuery(QUERY_FIELDS),
    fc.array(confusedSegment, { minLength: 4, maxLength: 4 }).map((segments) => {
      let index = 0;
      return target.template.replace(/\[[^\]]+\]/g, () => segments[index++] ?? "x");
    }),
  );
}

const QUERY_FIELDS = [
  "agendaItemId",
  "dataset",
  "format",
  "code",
  "country",
  "q",
  "page",
  "status",
];

export function routeRequests(target: RouteTarget, fields: string[]): fc.Arbitrary<FuzzRequest> {
  if (target.method === "GET" || target.method === "HEAD") {
    return routeUrl(target).map((url) => ({
      method: target.method,
      url,
      headers: {},
      describe: `${target.method} ${short(url)}`,
    }));
  }
  const body = fc.oneof(
    { weight: 6, arbitrary: rawJson(fields) },
    { weight: 1, arbitrary: nearLimitJson(fields, ROUTE_JSON_LIMIT_BYTES) },
  );
  return fc.tuple(routeUrl(target), contentType, body).map(([url, type, text]) => ({
    method: target.method,
    url,
    headers: type === undefined ? ({} as Record<string, string>) : { "content-type": type },
    body: text,
    describe: `${target.method} ${short(url)} [${type}] ${short(text)}`,
  }));
}

/** React's reply encoding escapes a string that starts with "$"; an attacker need not. */
const escapeReply = (value: unknown): unknown =>
  typeof value === "string"
    ? value.startsWith("$")
      ? `$${value}`
      : value
    : Array.isArray(value)
      ? value.map(escapeReply)
      : value && typeof value === "object"
        ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, escapeReply(inner)]))
        : value;

/** Files a form might be sent: empty, binary noise, text, a zip bomb under an XLSX name. */
const uploadedFile: fc.Arbitrary<Blob> = fc.oneof(
  fc.uint8Array({ maxLength: 64 }).map((bytes) => new Blob([new Uint8Array(bytes)])),
  nastyString.map((text) => new Blob([text], { type: "application/json" })),
  fc.constant(
    new Blob([
      new Uint8Array(
        zip([
          {
            name: "xl/worksheets/sheet1.xml",
            data: deflatedZeros(512),
            method: 8,
            declaredSize: 2048,
          },
        ]),
      ),
    ]),
  ),
);

/** A form action's arguments as Next's client sends them: `[previousState, "$K1"]` plus "1_…" fields. */
function formPost(
  fields: string[],
): fc.Arbitrary<{ parts: [string, string | Blob][]; describe: string }> {
  const field = fc.tuple(
    fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...fields) }, nastyString),
    fc.oneof({ weight: 5, arbitrary: nastyString }, uploadedFile),
  );
  return fc
    .tuple(
      confusedValue.map(escapeReply),
      fc.array(field, { maxLength: 8 }),
      fc.constantFrom("r.xlsx", "r.csv", "b.json"),
    )
    .map(([previous, entries, fileName]) => {
      const parts: [string, string | Blob][] = [["0", JSON.stringify([previous, "$K1"])]];
      for (const [name, value] of entries) {
        if (value instanceof Blob) parts.push([`1_${name}`, new File([value], fileName)]);
        else parts.push([`1_${name}`, value]);
      }
      const summary = entries
        .map(
          ([name, value]) =>
            `${short(name, 20)}=${value instanceof Blob ? `<file ${value.size} B>` : short(value, 40)}`,
        )
        .join(" ");
      return { parts, describe: `multipart [${short(JSON.stringify(previous), 60)}] ${summary}` };
    });
}

/** Bodies that are not what Next's client encodes: wrong args, bad JSON, dangling references. */
const malformedReply: fc.Arbitrary<{ text?: string; parts?: [string, string][]; type: string }> =
  fc.oneof(
    confusedValue.map((value) => ({
      text: JSON.stringify([value]),
      type: "text/plain;charset=UTF-8",
    })),
    fc
      .array(confusedValue, { maxLength: 3 })
      .map((values) => ({ text: JSON.stringify(values), type: "text/plain;charset=UTF-8" })),
    rawJson(["a", "b"]).map((text) => ({ text, type: "text/plain;charset=UTF-8" })),
    fc
      .constantFrom(
        "$Q1",
        "$W1",
        "$@1",
        "$h1",
        "$T",
        "$1",
        "$0:a:b",
        "$B1",
        "$n1x",
        "$Dx",
        "$S1",
        "$R1",
        "$i1",
        "$K1",
        "$Y",
      )
      .map((reference) => ({
        text: JSON.stringify([reference, reference]),
        type: "text/plain;charset=UTF-8",
      })),
    fc.constantFrom("", "{", "not json").map((zero) => ({
      parts: [["0", zero] as [string, string]],
      type: "multipart/form-data",
    })),
    fc.constant({ parts: [["1_name", "x"]] as [string, string][], type: "multipart/form-data" }),
    fc
      .constantFrom(
        "application/json",
        "application/x-www-form-urlencoded",
        "application/octet-stream",
      )
      .map((type) => ({ text: "[]", type })),
  );

export function actionRequests(target: ActionTarget, fields: string[]): fc.Arbitrary<FuzzRequest> {
  const headers = { "next-action": target.id, accept: "text/x-component" };
  const post = (body: FuzzRequest["body"], extra: Record<string, string>, describe: string) => ({
    method: "POST",
    url: target.page,
    headers: { ...headers, ...extra },
    body,
    describe: `${target.key} → ${describe}`,
  });
  return fc.oneof(
    {
      weight: 5,
      arbitrary: formPost(fields).map(({ parts, describe }) => post(parts, {}, describe)),
    },
    {
      weight: 2,
      arbitrary: confusedObject(fields).map((input) =>
        post(
          JSON.stringify([escapeReply(input)]),
          { "content-type": "text/plain;charset=UTF-8" },
          `args ${short(JSON.stringify(input))}`,
        ),
      ),
    },
    {
      weight: 2,
      arbitrary: malformedReply.map(({ text, parts, type }) =>
        parts
          ? post(parts, {}, `multipart ${short(JSON.stringify(parts))}`)
          : post(text, { "content-type": type }, `[${type}] ${short(text ?? "")}`),
      ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...fields), fc.constantFrom(-4_096, 4_096))
        .map(([field, delta]) =>
          post(
            [
              ["0", '[null,"$K1"]'],
              [`1_${field}`, "x".repeat(FORM_POST_LIMIT_BYTES + delta)],
            ],
            {},
            `${field} of ${FORM_POST_LIMIT_BYTES + delta} bytes`,
          ),
        ),
    },
  );
}
