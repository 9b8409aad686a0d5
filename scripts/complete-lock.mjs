// Completes package-lock.json for `npm ci` when the registry this project
// installs from lacks some platform-specific optional packages (say, the macOS
// build of a native binary). npm then leaves them out of the lock, and `npm ci`
// refuses a lock that does not list every optional dependency. This adds an
// entry for each missing one, marked optional and limited to its own platform,
// so npm skips it here without fetching anything. Run it after changing
// dependencies:   npm install && node scripts/complete-lock.mjs
import { readFileSync, writeFileSync } from "node:fs";

const LOCK = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, "utf8"));
const packages = lock.packages;

/** The platform a package name says it is built for, as npm's os/cpu/libc fields. */
function platformOf(name) {
  const os = [
    "darwin",
    "win32",
    "android",
    "freebsd",
    "linux",
    "openbsd",
    "sunos",
    "aix",
  ].find((o) => name.includes(o) || (o === "win32" && name.includes("windows")));
  const cpu = ["arm64", "x64", "ia32", "arm", "wasm32", "riscv64", "ppc64", "s390x"].find(
    (c) => new RegExp(`[-_]${c}(?![a-z0-9])`).test(name),
  );
  const platform = {};
  if (os) platform.os = [os];
  if (cpu) platform.cpu = [cpu];
  if (name.includes("musl")) platform.libc = ["musl"];
  else if (/-gnu(?![a-z])/.test(name)) platform.libc = ["glibc"];
  return platform;
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const version = /^\d+\.\d+\.\d+/.exec(range)?.[0];
    if (!version) continue;
    const nested = `${path ? `${path}/` : ""}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    // Resolved as npm would: the nearest copy, nested first, then hoisted.
    const found = packages[nested] ?? packages[hoisted];
    if (found && found.version === version) continue;
    const at = packages[hoisted] ? nested : hoisted;
    if (packages[at]) continue;
    packages[at] = { version, optional: true, ...platformOf(name) };
    added += 1;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => a.localeCompare(b)),
);
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lock: added ${added} platform-specific optional package(s)`);
