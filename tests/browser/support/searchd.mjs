// Test support for the Node.js suites: the real indexer builds a database from articles, the real
// searchd serves it on a free loopback port, and a tiny static server plays the portal's site.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The programs under test, as ctest passes them (see tests/CMakeLists.txt).
export function binaries() {
  const indexer = process.env.VNSEARCH_INDEXER_BIN;
  const searchd = process.env.VNSEARCH_SEARCHD_BIN;
  if (!indexer || !searchd) {
    throw new Error("set VNSEARCH_INDEXER_BIN and VNSEARCH_SEARCHD_BIN (ctest does) to the built programs");
  }
  return { indexer, searchd };
}

export function tempDir() {
  const path = mkdtempSync(join(tmpdir(), "vnsearch-node-"));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Indexes the articles (JSON objects) into dir/db with the real indexer; throws with its stderr.
export function indexArticles(dir, articles) {
  const input = join(dir, "articles.jsonl");
  writeFileSync(input, articles.map((a) => JSON.stringify(a)).join("\n") + "\n");
  const db = join(dir, "db");
  const run = spawnSync(binaries().indexer, ["--db", db, input], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`indexer exited ${run.status}: ${run.stderr}`);
  return db;
}

// Starts searchd on a free port and waits until /health answers. stop() ends it (SIGTERM).
export async function startSearchd(db, args = []) {
  const port = await freePort();
  const child = spawn(binaries().searchd, ["--db", db, "--listen", `127.0.0.1:${port}`, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`searchd exited ${child.exitCode}:\n${log}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`searchd did not answer /health within 20 s:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    port,
    log: () => log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", resolve);
        child.kill("SIGTERM");
      }),
  };
}

// A static site on another loopback port (another origin): serves `pages` ({path: html}) on `port`
// (default: a free one).
export async function startSite(pages, port) {
  port = port ?? (await freePort());
  const server = createServer((request, response) => {
    const path = new URL(request.url, "http://x").pathname;
    if (!(path in pages)) {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    response.end(pages[path]);
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}
