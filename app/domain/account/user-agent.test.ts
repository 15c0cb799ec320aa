import { describe, expect, it } from "vitest";
import { describeUserAgent } from "./user-agent.server";

describe("a session's browser and system", () => {
  it("reads common browsers", () => {
    expect(describeUserAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0")).toEqual({ browser: "Firefox 133", system: "Windows 10" });
    expect(
      describeUserAgent("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"),
    ).toEqual({ browser: "Safari 17", system: "macOS Catalina" });
    expect(
      describeUserAgent("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36"),
    ).toMatchObject({ system: "Linux" });
    expect(
      describeUserAgent("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"),
    ).toEqual({ browser: "Safari 17", system: "iOS 17.5" });
    expect(
      describeUserAgent("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"),
    ).toMatchObject({ browser: "Chrome 131" });
  });

  it("gives nothing for an empty or unknown string", () => {
    expect(describeUserAgent(null)).toEqual({ browser: null, system: null });
    expect(describeUserAgent("   ")).toEqual({ browser: null, system: null });
    expect(describeUserAgent("curl-like thing").system).toBeNull();
  });
});
