import fc from "fast-check";
import { anyText } from "../support/any-text";
import { describe, expect, it, vi } from "vitest";
import { MAX_ENVELOPE_LENGTH, readEnvelope, writeEnvelope } from "~/lib/storage/envelope";

interface Progress {
  done: string[];
}

/** Accepts { done: string[] } and builds a fresh object, as callers should. */
function validateProgress(data: unknown): Progress | null {
  if (typeof data !== "object" || data === null) return null;
  const done = (data as { done?: unknown }).done;
  if (!Array.isArray(done) || !done.every((item) => typeof item === "string"))
    return null;
  return { done: [...done] };
}

const STATUSES = ["empty", "ok", "corrupt", "invalid", "newer"];

describe("readEnvelope", () => {
  it("reads back what writeEnvelope wrote", () => {
    const raw = writeEnvelope({ done: ["brief", "trial"] }, 2);
    expect(readEnvelope(raw, 2, validateProgress)).toEqual({
      status: "ok",
      value: { done: ["brief", "trial"] },
    });
  });

  it.each([null, undefined, ""])("reports %j as empty", (raw) => {
    expect(readEnvelope(raw, 1, validateProgress)).toEqual({
      status: "empty",
      value: null,
    });
  });

  it.each([
    "{",
    "not json",
    "null",
    "42",
    '"text"',
    "[]",
    '[{"v":1,"data":{"done":[]}}]',
    '{"v":1}',
    '{"data":{"done":[]}}',
    '{"v":"1","data":{"done":[]}}',
    '{"v":1.5,"data":{"done":[]}}',
    '{"v":0,"data":{"done":[]}}',
    '{"v":-1,"data":{"done":[]}}',
    '{"__proto__":{"v":1,"data":{"done":[]}}}',
  ])("reports %j as corrupt", (raw) => {
    expect(readEnvelope(raw, 1, validateProgress)).toEqual({
      status: "corrupt",
      value: null,
    });
  });

  it("reports text over the length limit as corrupt without parsing it", () => {
    const huge = `{"v":1,"data":{"done":["${"x".repeat(MAX_ENVELOPE_LENGTH)}"]}}`;
    const parse = vi.spyOn(JSON, "parse");
    expect(readEnvelope(huge, 1, validateProgress).status).toBe("corrupt");
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it("reports data the validator rejects as invalid", () => {
    expect(readEnvelope('{"v":1,"data":{"done":[1,2]}}', 1, validateProgress)).toEqual({
      status: "invalid",
      value: null,
    });
    expect(readEnvelope('{"v":1,"data":null}', 1, validateProgress).status).toBe(
      "invalid",
    );
  });

  it("reports a validator that throws as invalid instead of throwing", () => {
    const explode = (): Progress => {
      throw new Error("boom");
    };
    expect(readEnvelope('{"v":1,"data":{}}', 1, explode).status).toBe("invalid");
  });

  it("reports data from a newer version as newer without validating it", () => {
    const validate = vi.fn(validateProgress);
    expect(readEnvelope('{"v":3,"data":{"done":[]}}', 2, validate)).toEqual({
      status: "newer",
      value: null,
    });
    expect(validate).not.toHaveBeenCalled();
  });

  it("reports an older version as invalid when there is no migration", () => {
    expect(readEnvelope('{"v":1,"data":{"done":[]}}', 2, validateProgress).status).toBe(
      "invalid",
    );
  });

  it("migrates an older version and validates the result", () => {
    // Version 1 stored a comma-separated string; version 2 stores a list.
    const migrate = vi.fn((data: unknown) => ({
      done: String((data as { ticked?: unknown }).ticked ?? "").split(","),
    }));
    const result = readEnvelope(
      '{"v":1,"data":{"ticked":"brief,trial"}}',
      2,
      validateProgress,
      migrate,
    );
    expect(result).toEqual({ status: "ok", value: { done: ["brief", "trial"] } });
    expect(migrate).toHaveBeenCalledWith({ ticked: "brief,trial" }, 1);
  });

  it("does not migrate data already at the current version", () => {
    const migrate = vi.fn();
    readEnvelope('{"v":2,"data":{"done":[]}}', 2, validateProgress, migrate);
    expect(migrate).not.toHaveBeenCalled();
  });

  it("reports a migration that throws, or yields bad data, as invalid", () => {
    const raw = '{"v":1,"data":{}}';
    const explode = (): unknown => {
      throw new Error("boom");
    };
    expect(readEnvelope(raw, 2, validateProgress, explode).status).toBe("invalid");
    expect(readEnvelope(raw, 2, validateProgress, () => "nonsense").status).toBe(
      "invalid",
    );
  });

  it("passes a stored __proto__ key to the validator as plain data, polluting nothing", () => {
    const raw = '{"v":1,"data":{"done":[],"__proto__":{"polluted":true}}}';
    expect(readEnvelope(raw, 1, validateProgress)).toEqual({
      status: "ok",
      value: { done: [] },
    });
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("never throws and always reports a known status, whatever the stored text", () => {
    const envelopeLike = fc
      .tuple(fc.jsonValue(), fc.jsonValue())
      .map(([v, data]) => JSON.stringify({ v, data }));
    fc.assert(
      fc.property(fc.oneof(fc.string(), anyText(), fc.json(), envelopeLike), (raw) => {
        const result = readEnvelope(raw, 2, validateProgress, (data) => data);
        expect(STATUSES).toContain(result.status);
        expect(result.value === null).toBe(result.status !== "ok");
      }),
      { numRuns: 1000 },
    );
  });
});

describe("writeEnvelope", () => {
  it("writes the version and the data as JSON", () => {
    expect(writeEnvelope({ done: ["brief"] }, 2)).toBe(
      '{"v":2,"data":{"done":["brief"]}}',
    );
  });
});
