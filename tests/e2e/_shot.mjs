import { chromium } from "playwright-core";
import { serve } from "./server.mjs";
const srv = await serve("/work/main/dist");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"] });
const vp = (process.argv[2] ?? "1440x900").split("x").map(Number);
const page = await browser.newPage({ viewport: { width: vp[0], height: vp[1] } });
page.on("pageerror", (e) => console.log("pageerror:", e.message));
await page.goto(srv.url + (process.argv[4] ?? ""));
await page.waitForSelector("[data-iso3]", { timeout: 20000 });
if (process.argv[5]) {
  const pt = await page.evaluate((sel) => {
    const el = document.querySelector(sel); const r = el.getBoundingClientRect();
    for (let i = 1; i < 30; i++) for (let j = 1; j < 30; j++) {
      const x = r.left + r.width * i / 30, y = r.top + r.height * j / 30;
      if (document.elementFromPoint(x, y) === el) return { x, y };
    } return null; }, process.argv[5]);
  await page.mouse.click(pt.x, pt.y);
}
await page.waitForTimeout(600);
await page.screenshot({ path: process.argv[3] ?? "/tmp/shot.png" });
await browser.close(); await srv.close();
