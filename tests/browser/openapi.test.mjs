// schema/openapi.yaml is the public contract: it must be a valid OpenAPI document (checked by a
// standard validator), name every route searchd registers and every parameter its parsers read
// (read from the C++ sources, so a new one cannot go undocumented), state the limits the code
// enforces, and describe the answers real searchd gives (validated against its schemas).
//
// Run by ctest (OpenApi.Contract) with the built indexer and searchd.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";

import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import YAML from "yaml";

import { indexArticles, startSearchd, tempDir } from "./support/searchd.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SPEC_PATH = join(ROOT, "schema", "openapi.yaml");
const SPEC_TEXT = readFileSync(SPEC_PATH, "utf8");
const spec = YAML.parse(SPEC_TEXT);

// ---- what the code accepts, read from its sources -------------------------------------------------

// The GET routes of searchd: its handlers (server.cc) and the files it embeds (searchd/CMakeLists.txt),
// as OpenAPI paths ("/articles/([^/]+)" -> "/articles/{id}").
function routesInCode() {
  const server = readFileSync(join(ROOT, "searchd", "server.cc"), "utf8");
  const routes = new Set();
  for (const match of server.matchAll(/http_\.Get\(\s*(?:R"\((.*?)\)"|"(.*?)")/g)) {
    routes.add((match[1] ?? match[2]).replace("([^/]+)", "{id}"));
  }
  const cmake = readFileSync(join(ROOT, "searchd", "CMakeLists.txt"), "utf8");
  for (const match of cmake.matchAll(/"(\/[^|"]*)\|[a-z]+\/[a-z]+\|/g)) routes.add(match[1]);
  return routes;
}

// The query parameters each parser reads: literal names passed with `params`, followed through the
// helpers it calls (sort_in(params) reads "sort", ...).
function parametersInCode() {
  const source = readFileSync(join(ROOT, "searchd", "search_request.cc"), "utf8");
  const bodies = new Map();
  for (const match of source.matchAll(/^[A-Za-z].*?\b(\w+)\(const QueryParams& params[^)]*\)\s*\{\n([\s\S]*?)^\}/gm)) {
    bodies.set(match[1], match[2]);
  }
  const read = (name, seen = new Set()) => {
    const names = new Set();
    if (seen.has(name) || !bodies.has(name)) return names;
    seen.add(name);
    const body = bodies.get(name);
    for (const m of body.matchAll(/\(params,\s*"(\w+)"/g)) names.add(m[1]);
    for (const m of body.matchAll(/\b(\w+)\(params\)/g)) for (const n of read(m[1], seen)) names.add(n);
    return names;
  };
  return { search: read("parse_search_request"), related: read("parse_related_request") };
}

function documentedQueryParameters(operation) {
  return new Set((operation.parameters || []).map(resolve).filter((p) => p.in === "query").map((p) => p.name));
}

function resolve(object) {
  if (!object || !object.$ref) return object;
  return object.$ref.slice(2).split("/").reduce((node, key) => node[key], spec);
}

// ---- the documented schemas, compiled -------------------------------------------------------------

const ajv = new Ajv({ strict: false, allErrors: true });  // OpenAPI adds keywords JSON Schema lacks
addFormats(ajv);
ajv.addSchema({ $id: "openapi", components: spec.components }, "openapi");

// Validates a real answer against what the document says for this path, method and status.
function checkAnswer(path, method, response, body) {
  const operation = spec.paths[path]?.[method];
  assert.ok(operation, `${method.toUpperCase()} ${path} is not documented`);
  const documented = resolve(operation.responses[String(response.status)]);
  assert.ok(documented, `${method.toUpperCase()} ${path} answered ${response.status}, which is not documented`);
  if (!documented.content) {
    assert.equal(body, "", `${response.status} is documented without a body`);
    return;
  }
  const type = (response.headers.get("content-type") || "").split(";")[0];
  assert.ok(type in documented.content, `${path} ${response.status}: ${type} is not a documented content type`);
  if (type !== "application/json") return;
  const schema = documented.content[type].schema;
  const validate = ajv.compile(schema.$ref ? { $ref: `openapi${schema.$ref}` } : schema);
  const json = JSON.parse(body);
  assert.ok(validate(json), `${path} ${response.status}: ${ajv.errorsText(validate.errors)}\n${body.slice(0, 500)}`);
}

// ---- a real searchd ------------------------------------------------------------------------------

let dir, searchd;

before(async () => {
  dir = tempDir();
  const db = indexArticles(dir.path, [
    { id: "a1", url: "https://example.vn/a1", title: "Đại hội Đảng bộ quận Đống Đa", date: "2020-10-08T08:30:00+07:00",
      source: "Ban Tuyên giáo Quận ủy", category: "Thời sự", views: 63,
      body: "Quận ủy Đống Đa tổ chức Đại hội Đảng bộ quận lần thứ XXVIII, nhiệm kỳ 2020-2025." },
    { id: "a2", title: "Hội nghị tổng kết công tác đảng", date: "2020-11-20", category: "Thời sự",
      body: "Ban Thường vụ Quận ủy tổng kết công tác đại hội đảng cấp cơ sở." },
    { id: "a3", title: "Chứng khoán tăng điểm", body: "Thị trường chứng khoán tăng điểm mạnh trong phiên sáng." },
  ]);
  searchd = await startSearchd(db, ["--cors-origin", "http://portal.example"]);
});

after(async () => {
  await searchd?.stop();
  dir?.remove();
});

async function get(path, init) {
  const response = await fetch(searchd.url + path, init);
  return { response, body: await response.text() };
}

// ---- the tests -----------------------------------------------------------------------------------

test("a standard validator accepts the document", async () => {
  const validator = new Validator();
  const result = await validator.validate(SPEC_TEXT);
  assert.ok(result.valid, JSON.stringify(result.errors, null, 2));
  assert.equal(validator.version, "3.0");
});

test("every route searchd registers is documented, and nothing else", () => {
  const documented = new Set(Object.keys(spec.paths).filter((path) => spec.paths[path].get));
  assert.deepEqual([...routesInCode()].sort(), [...documented].sort());
});

test("every parameter the parsers read is documented, and nothing else", () => {
  const code = parametersInCode();
  assert.ok(code.search.has("q") && code.search.has("prefix") && code.related.has("per_page"), "parsers not found");
  assert.deepEqual([...documentedQueryParameters(spec.paths["/search"].get)].sort(), [...code.search].sort());
  assert.deepEqual([...documentedQueryParameters(spec.paths["/articles/{id}/related"].get)].sort(),
                   [...code.related].sort());
});

test("every documented limit and enumeration is the one the code enforces", async () => {
  const checks = [["/search", spec.paths["/search"].get], ["/articles/a1/related", spec.paths["/articles/{id}/related"].get]];
  for (const [path, operation] of checks) {
    for (const parameter of operation.parameters.map(resolve).filter((p) => p.in === "query")) {
      const schema = parameter.schema;
      const probe = async (value, ok) => {
        const { response, body } = await get(`${path}?${new URLSearchParams({ [parameter.name]: value })}`);
        const expected = ok ? 200 : 400;
        assert.equal(response.status, expected, `${path} ${parameter.name}=${String(value).slice(0, 20)}: ${body}`);
        if (!ok) assert.match(JSON.parse(body).error, new RegExp(parameter.name));
      };
      if (schema.type === "integer" || schema.type === "number") {
        if (schema.enum) {
          for (const value of schema.enum) await probe(value, true);
          await probe(Math.max(...schema.enum) + 1, false);
          continue;
        }
        await probe(schema.minimum, true);
        await probe(schema.maximum, true);
        await probe(schema.minimum - 1, false);
        await probe(schema.type === "integer" ? schema.maximum + 1 : schema.maximum + 0.5, false);
      } else if (schema.enum) {
        for (const value of schema.enum) await probe(value, true);
        await probe("not-" + schema.enum[0], false);
      } else if (schema.maxLength) {
        await probe("a".repeat(schema.maxLength), true);
        await probe("a".repeat(schema.maxLength + 1), false);
      } else if (schema.format === "date") {
        await probe("2020-02-29", true);
        await probe("2020-02-30", false);
      }
    }
  }
});

test("real answers match the documented schemas", async () => {
  const cases = [
    ["/search", "/search?q=dai+hoi+dang"],
    ["/search", "/search?q=dai+ho&prefix=1&facets=date,org&date_interval=year"],
    ["/search", "/search?q=&per_page=0"],
    ["/search", "/search?q=tồ+chức"],  // a suggestion
    ["/search", "/search?q=x&page=0"],
    ["/articles/{id}", "/articles/a1"],
    ["/articles/{id}", "/articles/a3"],  // undated, no views
    ["/articles/{id}", "/articles/nothing"],
    ["/articles/{id}/related", "/articles/a1/related?per_page=5"],
    ["/articles/{id}/related", "/articles/a1/related?per_page=500"],
    ["/articles/{id}/related", "/articles/nothing/related"],
    ["/health", "/health"],
    ["/openapi.yaml", "/openapi.yaml"],
    ["/widget.js", "/widget.js"],
    ["/widget.css", "/widget.css"],
    ["/", "/"],
  ];
  const statuses = new Set();
  for (const [template, path] of cases) {
    const { response, body } = await get(path);
    statuses.add(response.status);
    checkAnswer(template, "get", response, body);
    // A client that has the answer's validator gets 304, as documented.
    const etag = response.headers.get("etag");
    if (response.status === 200 && etag) {
      const again = await get(path, { headers: { "If-None-Match": etag } });
      assert.equal(again.response.status, 304, path);
      checkAnswer(template, "get", again.response, again.body);
    }
  }
  assert.deepEqual([...statuses].sort(), [200, 400, 404]);
  const suggestion = JSON.parse((await get("/search?q=tồ+chức")).body).suggestion;
  assert.equal(typeof suggestion, "string", "the suggestion case did not suggest");
});

test("preflights answer as documented", async () => {
  for (const origin of ["http://portal.example", "http://elsewhere.example"]) {
    const response = await fetch(`${searchd.url}/search?q=x`, {
      method: "OPTIONS",
      headers: { Origin: origin, "Access-Control-Request-Method": "GET" },
    });
    checkAnswer("/search", "options", response, await response.text());
  }
});

test("searchd serves this very document", async () => {
  const { response, body } = await get("/openapi.yaml");
  assert.equal(response.status, 200);
  assert.equal(body, SPEC_TEXT);
});
