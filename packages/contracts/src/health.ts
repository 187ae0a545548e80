import { z } from "zod";

export const health = z.object({ status: z.literal("ok"), db: z.literal("ok") });
