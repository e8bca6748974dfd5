// Schema names across the three specs: each name means one thing. A name in two specs must have the same schema
// there (e.g. Problem, PageLinks, CommitteeRef), so one client generated from all three has no clashes.
import { readFileSync } from "node:fs";

const specs = ["ingest", "meetings", "cases"].map((s) => [s, JSON.parse(readFileSync(`${s}.json`, "utf8"))]);
const seen = new Map();
let clashes = 0;
for (const [service, spec] of specs) {
  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
    const text = JSON.stringify(schema);
    const before = seen.get(name);
    if (before && before.text !== text) {
      console.error(`Schema ${name} differs between ${before.service} and ${service}: rename one or make them one.`);
      clashes++;
    } else if (!before) {
      seen.set(name, { service, text });
    }
  }
}
if (clashes > 0) {
  process.exit(1);
}
console.log(`${seen.size} schema names across the three specs, none meaning two things.`);
