/**
 * Replies posted at the same moment in one thread (two people, or a double click that is not a resubmit) all
 * land: before, each transaction inserted its message (a key-share lock on the thread row) and then updated the
 * thread row, so two of them deadlocked and one got a 500. Found by the fuzz test (server/fuzz.test.ts).
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { setupAppEnv } from "../../test/route-harness";

setupAppEnv();
const s = await import("../../../db/schema");
const { getDb } = await import("../db.server");
const { openThread, postMessage } = await import("./threads.server");

const suffix = Math.random().toString(36).slice(2, 8);
const a = { id: `conc-a-${suffix}`, name: "Conc A" };
const b = { id: `conc-b-${suffix}`, name: "Conc B" };
const broker = { id: `conc-s-${suffix}`, name: "Conc Staff" };
let threadId = "";

beforeAll(async () => {
  for (const u of [a, b, broker]) await getDb().insert(s.users).values({ id: u.id, email: `${u.id}@conc.example`, name: u.name, emailVerifiedAt: new Date() });
  threadId = await getDb().transaction((tx) =>
    openThread(tx, {
      matchId: null,
      subject: "Tegelijk",
      participants: [
        { userId: a.id, role: "challenge_owner" },
        { userId: b.id, role: "solution_owner" },
      ],
      authorUserId: a.id,
      authorName: a.name,
      body: "Start",
    }),
  );
});

describe("concurrent replies in one thread", () => {
  it("all succeed, also while the same staff member joins by replying (one request sees them as a participant, one not)", async () => {
    let sent = 1;
    for (let round = 0; round < 10; round++) {
      // A broker who left (or was never in) posts twice at once: one request joins, one already counts them in.
      const posts: { author: typeof a; join: boolean }[] = [
        { author: broker, join: true },
        { author: broker, join: false },
        { author: a, join: false },
        { author: broker, join: true },
      ];
      const results = await Promise.allSettled(
        posts.map(({ author, join }, i) =>
          postMessage({ threadId, subject: "Tegelijk", author, body: `Bericht ${round}.${i}`, idempotencyKey: `conc-${suffix}-${round}-${i}`, joinAsBroker: join }),
        ),
      );
      sent += posts.length;
      expect(results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason?.cause ?? r))).toEqual([]);
    }
    const rows = await getDb().select().from(s.messages).where(eq(s.messages.threadId, threadId));
    expect(rows.length).toBe(sent);
  });
});
