// One action for the coordinator: an account and an invitation for every currently
// designated representative and alternate of a party who has no account yet.
import { Button, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { errorMessage } from "@/lib/errors";
import { notify } from "@/lib/notify";
import { useInviteAllDesignated } from "../api/invite-designated";

export function InviteAllDesignated() {
  const { t } = useTranslation("users");
  const inviteAll = useInviteAllDesignated();
  return (
    <Group>
      <Button
        variant="light"
        // a long label wraps on a phone instead of being cut
        styles={{ root: { height: "auto", minHeight: 36 }, label: { whiteSpace: "normal" } }}
        py={6}
        loading={inviteAll.isPending}
        onClick={() =>
          inviteAll.mutate(undefined, {
            onSuccess: ({ invited }) =>
              notify.success(
                invited.length
                  ? t("designated.invited", { count: invited.length })
                  : t("designated.noneToInvite"),
              ),
            onError: (error) => notify.error(errorMessage(t, error, "users")),
          })
        }
      >
        {t("designated.inviteAll")}
      </Button>
    </Group>
  );
}
