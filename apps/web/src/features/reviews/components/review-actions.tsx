// The coordinators' actions on a cycle: open (once, notifying the participants), remind
// those that have not submitted, close (freezes the report). Each asks for confirmation.
import type { ReviewDetail } from "@cni/contracts/reviews";
import { Group } from "@mantine/core";
import { IconBell, IconDoorEnter, IconLock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ConfirmAction } from "@/components/confirm-action";
import { notify } from "@/lib/notify";
import { useCloseReview } from "../api/close-review";
import { useOpenReview } from "../api/open-review";
import { useRemindReview } from "../api/remind-review";

export function ReviewActions({ review }: { review: ReviewDetail }) {
  const { t } = useTranslation("reviews");
  const navigate = useNavigate();
  const open = useOpenReview();
  const remind = useRemindReview();
  const close = useCloseReview();
  const accepting = review.status === "open" || review.status === "overdue";
  const missing = review.expected - review.submitted;

  return (
    <Group gap="sm" data-print-hide>
      {review.status !== "closed" && !review.openedAt && (
        <ConfirmAction
          label={t("actions.open")}
          title={t("actions.openTitle")}
          text={t("actions.openText", { count: review.expected })}
          confirmLabel={t("actions.openConfirm")}
          leftSection={<IconDoorEnter size={18} aria-hidden="true" />}
          pending={open.isPending}
          error={open.error}
          onOpen={open.reset}
          cancelLabel={t("confirm.cancel")}
          namespace="reviews"
          onConfirm={async () => {
            const result = await open.mutateAsync(review.dueOn);
            notify.success(t("actions.openDone", { count: result.recipients.length }));
          }}
        />
      )}
      {accepting && (
        <ConfirmAction
          label={t("actions.remind")}
          title={t("actions.remindTitle")}
          text={t("actions.remindText", { count: missing })}
          confirmLabel={t("actions.remindConfirm")}
          variant="default"
          leftSection={<IconBell size={18} aria-hidden="true" />}
          pending={remind.isPending}
          error={remind.error}
          onOpen={remind.reset}
          cancelLabel={t("confirm.cancel")}
          namespace="reviews"
          onConfirm={async () => {
            const result = await remind.mutateAsync(review.dueOn);
            notify.success(t("actions.remindDone", { count: result.recipients.length }));
          }}
        />
      )}
      {accepting && (
        <ConfirmAction
          label={t("actions.close")}
          title={t("actions.closeTitle")}
          text={t("actions.closeText", { submitted: review.submitted, expected: review.expected })}
          confirmLabel={t("actions.closeConfirm")}
          color="red.8"
          leftSection={<IconLock size={18} aria-hidden="true" />}
          pending={close.isPending}
          error={close.error}
          onOpen={close.reset}
          cancelLabel={t("confirm.cancel")}
          namespace="reviews"
          onConfirm={async () => {
            await close.mutateAsync(review.dueOn);
            notify.success(t("actions.closeDone"));
            navigate(`/reviews/${review.dueOn}/report`);
          }}
        />
      )}
    </Group>
  );
}
