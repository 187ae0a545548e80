// "View as": the coordinator opens the portal as this officer or representative sees it
// (read-only, audited; docs/decisions/113-view-as.md), landing on their "my municipality".
import type { UserAccount } from "@cni/contracts/users";
import { Button, VisuallyHidden } from "@mantine/core";
import { IconEye } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useStartViewAs } from "@/entities/session/view-as";
import { errorMessage } from "@/lib/errors";
import { notify } from "@/lib/notify";

export function ViewAsButton({ user }: { user: UserAccount }) {
  const { t } = useTranslation("users");
  const start = useStartViewAs();
  const navigate = useNavigate();
  if (!user.active || (user.role !== "officer" && user.role !== "representative")) return null;
  return (
    <Button
      size="compact-sm"
      variant="default"
      leftSection={<IconEye size={14} aria-hidden="true" />}
      loading={start.isPending}
      onClick={() =>
        start.mutate(user.id, {
          onSuccess: () => {
            notify.success(t("actions.viewAsStarted", { name: user.name }));
            void navigate("/my");
          },
          onError: (error) => notify.error(errorMessage(t, error, "users")),
        })
      }
    >
      {t("actions.viewAs")}
      <VisuallyHidden> ({user.name})</VisuallyHidden>
    </Button>
  );
}
