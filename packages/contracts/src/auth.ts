import { z } from "zod";
import { role } from "./enums.ts";

export const PASSWORD_MIN_LENGTH = 12;

export const user = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role,
    municipalityId: z.string().nullable(),
  })
  .meta({ id: "User" });
export type User = z.infer<typeof user>;

export const sessionResponse = z.object({ user: user.nullable(), csrfToken: z.string() });
export type SessionResponse = z.infer<typeof sessionResponse>;

export const loginBody = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(1024),
});
export type LoginBody = z.input<typeof loginBody>;

export const loginResponse = z.object({ user, csrfToken: z.string() });

export const password = z.string().min(PASSWORD_MIN_LENGTH).max(1024);
