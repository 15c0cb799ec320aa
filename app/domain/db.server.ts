import { createDb, type DbHandle } from "../../db/client";
import { singleton } from "./singleton.server";

export function getDbHandle(): DbHandle {
  return singleton("db", () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    return createDb(url, { max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  });
}

export const getDb = () => getDbHandle().db;
export const getSql = () => getDbHandle().sql;
