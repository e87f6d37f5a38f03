// The search widget in a real browser: Debian's headless Chromium, driven by playwright-core, loads a
// portal page served from another origin than searchd, with the two lines a portal adds. It types
// queries letter by letter (without and with marks), filters by an organization and a year, pages
// forward, reloads, uses the keyboard, and checks that a hostile article runs nothing.
//
// Run by ctest (Browser.Widget). Exits 77 (skipped) when Chromium is not installed; scripts/setup.sh
// installs it, so CI runs it. Screenshots go to $SCREENSHOT_DIR (ctest: build/screenshots/).
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import assert from "node:assert/strict";
import { after, before, test } from "node:test";

const CHROMIUM = process.env.CHROMIUM_BIN || "/usr/bin/chromium";
if (!existsSync(CHROMIUM)) {
  console.log(`skipped: no Chromium at ${CHROMIUM} (scripts/setup.sh installs Debian's chromium)`);
  process.exit(77);
}
const { chromium } = await import("playwright-core").catch(() => {
  console.error("playwright-core is missing: run scripts/setup.sh (npm ci in tests/browser)");
  process.exit(1);
});
const { freePort, indexArticles, startSearchd, startSite, tempDir } = await import("./support/searchd.mjs");

const SCREENSHOTS = process.env.SCREENSHOT_DIR || join(process.cwd(), "screenshots");
const DONG_DA = "Quận ủy Đống Đa";
const BA_DINH = "Quận ủy Ba Đình";

// 36 articles about party congresses from two publishers over two years, a few others, and one whose
// title, body and URL try to run script.
function articles() {
  const list = [];
  for (let i = 1; i <= 36; i++) {
    const dongDa = i <= 26;
    const year = i <= 18 ? 2020 : 2021;
    const day = String((i % 27) + 1).padStart(2, "0");
    const month = String((i % 12) + 1).padStart(2, "0");
    list.push({
      id: `dh-${i}`,
      url: `https://portal.example/tin/${i}`,
      title: `Đại hội Đảng bộ phường số ${i} nhiệm kỳ 2020-2025`,
      date: `${year}-${month}-${day}`,
      source: dongDa ? DONG_DA : BA_DINH,
      category: "Tin tức hoạt động",
      body: `Sáng nay, Đảng bộ phường số ${i} tổ chức Đại hội đại biểu lần thứ nhất. Đại hội đã bầu Ban Chấp hành `
        + `khóa mới và thông qua nghị quyết về phát triển kinh tế, xây dựng Đảng trong sạch vững mạnh.`,
    });
  }
  list.push({ id: "untitled", date: "2019-05-05", body: "Một bài về đại hội không có tiêu đề." });
  list.push({ id: "daihoc", url: "https://portal.example/tin/dh", title: "Đại học Quốc gia công bố điểm chuẩn",
              date: "2021-08-01", source: BA_DINH, body: "Các trường đại học công bố điểm chuẩn năm nay." });
  list.push({ id: "hostile", url: "javascript:window.__pwned='url'",
              title: "Mã độc <img src=x onerror=\"window.__pwned='title'\"> <script>window.__pwned='script'</script>",
              date: "2021-09-09", source: "<b onmouseover=\"window.__pwned='source'\">Nguồn lạ</b>",
              body: "Bài có mã độc <img src=x onerror=\"window.__pwned='body'\"> và <script>window.__pwned='body2'</script>." });
  return list;
}

let dir, searchd, site, context, page;
const problems = [];

before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  dir = tempDir();
  const db = indexArticles(dir.path, articles());
  // The portal: another origin (another port), allowed by searchd's --cors-origin.
  const sitePort = await freePort();
  searchd = await startSearchd(db, ["--cors-origin", `http://127.0.0.1:${sitePort}`]);
  const portal = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Cổng thông tin quận</title>
<style>body{font:14px/1.2 "Times New Roman",serif;color:#800;margin:0}h1{background:#036;color:#fff;margin:0;padding:10px}
li{color:red;font-size:30px} a{color:green} main{max-width:960px;margin:0 auto;padding:12px}</style></head>
<body><h1>Cổng thông tin điện tử quận</h1><main>
<div id="tim-kiem"></div>
<script src="${searchd.url}/widget.js" data-target="#tim-kiem"></script>
</main></body></html>`;
  site = await startSite({ "/tim-kiem": portal, "/favicon.ico": "" }, sitePort);
  assert.equal(site.origin, `http://127.0.0.1:${sitePort}`);

  const profile = join(dir.path, "chromium-profile");  // a fresh --user-data-dir each run
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1100, height: 900 },
    locale: "vi-VN",
  });
  page = context.pages()[0] || (await context.newPage());
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
});

after(async () => {
  await context?.close();
  await site?.stop();
  await searchd?.stop();
  dir?.remove();
});

const input = () => page.locator("#tim-kiem input.vns-input");
const titles = () => page.locator("#tim-kiem a.vns-title").allTextContents();
const status = () => page.locator("#tim-kiem .vns-status").textContent();

// Types text one character at a time, each after the widget's debounce, collecting the first title
// shown once the answer to each prefix is in: the results update as the user types.
async function typeSlowly(text) {
  const seen = [];
  let typed = await input().inputValue();
  for (const character of text) {
    await input().press("End");
    await page.keyboard.insertText(character);
    typed += character;
    await page.waitForTimeout(200);  // past the debounce: this prefix is searched
    await page.waitForFunction((q) => {
      const box = document.querySelector("#tim-kiem").shadowRoot.querySelector(".vns");
      return new URLSearchParams(location.search).get("q") === q && !box.hasAttribute("aria-busy");
    }, typed, { timeout: 5000 });
    seen.push((await titles())[0] ?? "");
  }
  return seen;
}

async function waitForUrl(predicate) {
  await page.waitForFunction(predicate, null, { timeout: 5000 });
}

test("the widget loads from searchd into a page of another origin", async () => {
  await page.goto(`${site.origin}/tim-kiem`);
  await input().waitFor();
  assert.equal(await input().getAttribute("placeholder"), "Nhập từ khóa, ví dụ: đại hội đảng");
  // The host page's "li { color: red; font-size: 30px }" does not reach into the widget.
  assert.notEqual(new URL(searchd.url).origin, site.origin);
});

test("typing without marks, letter by letter, finds 'Đại hội' as the words are typed", async () => {
  await input().click();
  const seen = await typeSlowly("dai ho");
  // "d", "da", "dai" already show articles (completions of the word being typed), then "dai ho"
  // settles on the congresses.
  assert.ok(seen[0] !== "", "the first letter shows results");
  assert.ok(new Set(seen).size >= 2, "the results change while typing: " + seen.join(" | "));
  const shown = await titles();
  assert.equal(shown.length, 10);
  // "ho" completes to "hội" and "học": both kinds of article, and nothing else, come first.
  assert.ok(shown.every((title) => /^Đại h(ội|ọc) /.test(title)), shown.join(" | "));
  assert.ok(shown.filter((title) => title.startsWith("Đại hội")).length >= 9, shown.join(" | "));
  assert.match(await status(), /^3[78] kết quả$/);
  await waitForUrl(() => new URLSearchParams(location.search).get("q") === "dai ho");
  await page.screenshot({ path: join(SCREENSHOTS, "widget-typed.png"), fullPage: true });
});

test("typing with marks finds the same articles", async () => {
  await input().fill("");
  const seen = await typeSlowly("đại hộ");
  assert.match(seen.at(-1), /^Đại hội/, "with marks, 'hộ' completes to 'hội' only");
  const marked = await page.locator("#tim-kiem a.vns-title mark").first().textContent();
  assert.equal(marked, "Đại hội");
});

test("an organization facet and a year filter the results, with counts", async () => {
  const org = page.locator("#tim-kiem .vns-facet-org button", { hasText: DONG_DA });
  const count = Number(await org.locator(".vns-count").textContent());
  assert.equal(count, 26);
  await org.click();
  await waitForUrl(() => new URLSearchParams(location.search).getAll("org").length === 1);
  await page.waitForFunction(() => document.querySelector("#tim-kiem").shadowRoot
    .querySelector(".vns-status").textContent === "26 kết quả");
  const year = page.locator("#tim-kiem .vns-facet-date button", { hasText: "2020" });
  assert.equal(Number(await year.locator(".vns-count").textContent()), 18);
  await year.click();
  await waitForUrl(() => new URLSearchParams(location.search).get("date") === "2020");
  await page.waitForFunction(() => document.querySelector("#tim-kiem").shadowRoot
    .querySelector(".vns-status").textContent === "18 kết quả");
  const dates = await page.locator("#tim-kiem .vns-meta time").evaluateAll((times) => times.map((t) => t.dateTime));
  assert.ok(dates.length > 0 && dates.every((date) => date.startsWith("2020-")), dates.join(","));
  const sources = await page.locator("#tim-kiem .vns-source").allTextContents();
  assert.ok(sources.every((source) => source === DONG_DA), sources.join(","));
  // Within a year, the date facet offers its months.
  assert.match((await page.locator("#tim-kiem .vns-facet-date button").first().textContent()), /^Tháng \d+\/2020/);
  await page.screenshot({ path: join(SCREENSHOTS, "widget-filtered.png"), fullPage: true });
});

test("the next page shows other articles, and a reload restores the same state", async () => {
  const first = await titles();
  await page.locator("#tim-kiem .vns-pages button", { hasText: "Sau" }).click();
  await waitForUrl(() => new URLSearchParams(location.search).get("page") === "2");
  await page.waitForFunction((before) => {
    const shown = [...document.querySelector("#tim-kiem").shadowRoot.querySelectorAll("a.vns-title")];
    return shown.length > 0 && shown[0].textContent !== before;
  }, first[0]);
  const second = await titles();
  assert.equal(second.length, 8);
  assert.ok(second.every((title) => !first.includes(title)));

  const url = page.url();
  await page.reload();
  await page.waitForFunction(() => document.querySelector("#tim-kiem")?.shadowRoot
    ?.querySelectorAll("a.vns-title").length > 0);
  assert.equal(page.url(), url);
  assert.equal(await input().inputValue(), "đại hộ");
  assert.deepEqual(await titles(), second);
  assert.equal(await page.locator("#tim-kiem .vns-page[aria-current=page]").textContent(), "2");
  const chips = await page.locator("#tim-kiem .vns-chip").allTextContents();
  assert.deepEqual(chips, ["2020 ×", `${DONG_DA} ×`]);
  // Back goes to page 1 of the same filters.
  await page.goBack();
  await waitForUrl(() => !new URLSearchParams(location.search).has("page"));
  await page.waitForFunction(() => document.querySelector("#tim-kiem").shadowRoot
    .querySelector(".vns-page[aria-current=page]")?.textContent === "1");
});

test("the keyboard reaches the results and comes back", async () => {
  await input().focus();
  await page.keyboard.press("ArrowDown");
  const focused = () => page.evaluate(() => document.querySelector("#tim-kiem").shadowRoot.activeElement?.className);
  assert.equal(await focused(), "vns-title");
  await page.keyboard.press("ArrowDown");
  const second = await page.evaluate(() => document.querySelector("#tim-kiem").shadowRoot.activeElement.textContent);
  assert.equal(second, (await titles())[1]);
  await page.keyboard.press("Escape");
  assert.equal(await focused(), "vns-input");
  await page.keyboard.press("Escape");
  assert.equal(await input().inputValue(), "");
});

test("a hostile article is shown as text and runs nothing", async () => {
  await page.locator("#tim-kiem .vns-clear").click();  // the filters of the earlier steps
  await waitForUrl(() => !new URLSearchParams(location.search).has("org"));
  await input().fill("");
  await typeSlowly("ma doc");
  const hit = page.locator("#tim-kiem .vns-hit", { hasText: "Mã độc" });
  await hit.waitFor();
  const title = await hit.locator("a.vns-title").textContent();
  assert.match(title, /<img src=x onerror=/);
  assert.equal(await hit.locator("img, script, b").count(), 0);
  assert.equal(await hit.locator(".vns-source").textContent(), "<b onmouseover=\"window.__pwned='source'\">Nguồn lạ</b>");
  const href = await hit.locator("a.vns-title").getAttribute("href");
  assert.equal(href, `${searchd.url}/articles/hostile`, "a javascript: URL is not followed");
  await hit.locator(".vns-source").hover();
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await page.screenshot({ path: join(SCREENSHOTS, "widget-hostile.png"), fullPage: true });
});

test("an article without a title still gets a visible link", async () => {
  await input().fill("không có tiêu đề");
  await input().press("Enter");
  const link = page.locator("#tim-kiem .vns-hit a.vns-title", { hasText: "không có tiêu đề" });
  await link.waitFor();
  assert.equal(await link.textContent(), "(Bài viết không có tiêu đề)");
  assert.equal(await link.getAttribute("href"), `${searchd.url}/articles/untitled`);
});

test("a phone-width screen gets one column", async () => {
  await page.setViewportSize({ width: 375, height: 800 });
  await input().fill("");
  await typeSlowly("dai hoi");
  const body = await page.locator("#tim-kiem .vns-body").evaluate((node) => getComputedStyle(node).display);
  assert.equal(body, "block");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  assert.ok(overflow, "the page scrolls sideways at 375 px");
  await page.screenshot({ path: join(SCREENSHOTS, "widget-phone.png"), fullPage: true });
});

test("nothing went wrong in the page", () => {
  assert.deepEqual(problems, []);
});
