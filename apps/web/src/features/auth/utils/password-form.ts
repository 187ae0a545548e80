import { password } from "@cni/contracts/auth";
import { z } from "zod";

/** A new password typed twice; the same rules as the API (packages/contracts/src/auth.ts). */
export const newPasswordFields = z.object({ password, confirm: z.string() });

export function passwordsMatch(
  value: { password: string; confirm: string },
  ctx: z.RefinementCtx,
): void {
  if (value.password !== value.confirm) {
    ctx.addIssue({ code: "custom", path: ["confirm"], params: { key: "passwordsDiffer" } });
  }
}

/** Check the repeat even while other fields have errors (say both at once). */
export const whenBothTyped = {
  when: (payload: { value: unknown }) => {
    const v = payload.value as { password?: unknown; confirm?: unknown } | undefined;
    return typeof v?.password === "string" && typeof v?.confirm === "string";
  },
};

export const newPasswordForm = newPasswordFields.refine((v) => v.password === v.confirm, {
  path: ["confirm"],
  params: { key: "passwordsDiffer" },
  ...whenBothTyped,
});
export type NewPasswordForm = z.infer<typeof newPasswordForm>;
