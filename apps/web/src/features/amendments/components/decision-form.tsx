// The coordinators' status actions: put under discussion, adopt or reject (with a note),
// confirmed in a dialog because a decision cannot be undone.
import {
  type AmendmentDetail,
  type AmendmentStatusBody,
  amendmentStatusBody,
} from "@cni/contracts/amendments";
import type { AmendmentStatus } from "@cni/domain/enums";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { errorMessage } from "@/lib/errors";
import { notifySuccess } from "@/lib/notify-success";
import { useChangeAmendmentStatus } from "../api/change-amendment-status";

const NEXT: Partial<Record<AmendmentStatus, AmendmentStatusBody["status"][]>> = {
  proposed: ["under_discussion", "adopted", "rejected"],
  under_discussion: ["adopted", "rejected"],
};

export function DecisionForm({ amendment }: { amendment: AmendmentDetail }) {
  const { t } = useTranslation("amendments");
  const change = useChangeAmendmentStatus();
  const [opened, { open, close }] = useDisclosure(false);
  const [pending, setPending] = useState<AmendmentStatusBody | null>(null);
  const choices = NEXT[amendment.status] ?? [];
  const form = useForm<AmendmentStatusBody>({
    resolver: zodResolver(amendmentStatusBody),
    defaultValues: { status: choices[0], note: "" },
  });
  if (choices.length === 0) return null;

  const onSubmit = form.handleSubmit((values) => {
    change.reset();
    setPending({ status: values.status, note: values.note || undefined });
    open();
  });

  const confirm = async () => {
    if (!pending) return;
    try {
      await change.mutateAsync({ id: amendment.id, body: pending });
      notifySuccess(t(`decision.done.${pending.status}`), t("notificationClose"));
      close();
      form.reset({ status: NEXT[pending.status]?.[0], note: "" });
    } catch {
      // shown in the dialog
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Controller
          control={form.control}
          name="status"
          render={({ field }) => (
            <Radio.Group
              label={t("decision.status")}
              value={field.value}
              onChange={field.onChange}
              withAsterisk
            >
              <Group gap="lg" mt="xs">
                {choices.map((status) => (
                  <Radio key={status} value={status} label={t(`status.${status}`)} />
                ))}
              </Group>
            </Radio.Group>
          )}
        />
        <Textarea
          label={t("decision.note")}
          description={t("decision.noteHelp")}
          autosize
          minRows={2}
          maxRows={8}
          error={form.formState.errors.note ? t("decision.noteRequired") : undefined}
          {...form.register("note")}
        />
        <Group>
          <Button type="submit">{t("decision.submit")}</Button>
        </Group>
      </Stack>
      <Modal
        opened={opened}
        onClose={close}
        title={t("decision.confirmTitle")}
        centered
        closeButtonProps={{ "aria-label": t("confirm.cancel") }}
      >
        <Text mb="md">
          {pending ? t(`decision.confirmText.${pending.status}`, { title: amendment.title }) : ""}
        </Text>
        {change.isError && (
          <Alert color="red" role="alert" mb="md">
            {errorMessage(t, change.error, "amendments")}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t("confirm.cancel")}
          </Button>
          <Button loading={change.isPending} onClick={confirm}>
            {pending ? t(`decision.confirm.${pending.status}`) : ""}
          </Button>
        </Group>
      </Modal>
    </form>
  );
}
