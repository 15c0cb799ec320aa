/** `npm run demo:totp`: the current sign-in code of the demo hub accounts (demo data only). */
import { currentTotp } from "../app/domain/auth/totp.server";
import { DEMO_TOTP_SECRET } from "../db/seed/partners";

console.log(currentTotp(DEMO_TOTP_SECRET));
