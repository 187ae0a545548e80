import { describe, expect, it } from "vitest";
import "./zod-config";
import { z } from "zod";

describe("zod-config", () => {
  it("turns zod's JIT (and its `new Function` probe) off", () => {
    expect(z.config().jitless).toBe(true);
  });
});
