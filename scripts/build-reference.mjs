// Writes tests/fixtures/un_members.txt: the 193 UN member states' alpha-3 codes (npm `world-countries`),
// used by the data validation tests. Re-running reproduces the file byte for byte.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const countries = require("world-countries");
// world-countries flags the Holy See as a member; it is a permanent observer state.
const OBSERVERS = new Set(["VAT"]);
const members = countries.filter((c) => c.unMember && !OBSERVERS.has(c.cca3)).map((c) => c.cca3).sort();
if (members.length !== 193) throw new Error(`expected 193 UN members, got ${members.length}`);
const target = process.argv[2] ?? new URL("../tests/fixtures/un_members.txt", import.meta.url);
writeFileSync(target, members.join("\n") + "\n");
console.log(`wrote ${members.length} UN member codes`);
