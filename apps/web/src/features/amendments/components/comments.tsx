// The discussion of a proposal: comments, oldest first, and a form while it is open.
import type { AmendmentComment } from "@cni/contracts/amendments";
import { commentBody } from "@cni/contracts/amendments";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Group, Paper, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ReadOnlyWhileViewing } from "@/entities/session/read-only";
import { errorMessage } from "@/lib/errors";
import { formatInstantDate } from "@/lib/format";
import { useCommentOnAmendment } from "../api/comment-on-amendment";

export function Comments({
  amendmentId,
  comments,
  canComment,
}: {
  amendmentId: string;
  comments: AmendmentComment[];
  canComment: boolean;
}) {
  const { t, i18n } = useTranslation("amendments");
  const language = i18n.language;
  const comment = useCommentOnAmendment();
  const form = useForm<{ body: string }>({
    resolver: zodResolver(commentBody),
    defaultValues: { body: "" },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await comment.mutateAsync({ id: amendmentId, body: values.body });
      form.reset({ body: "" });
    } catch {
      // shown below the form
    }
  });

  return (
    <Stack gap="sm">
      {comments.length === 0 ? (
        <Text size="sm">{t("comments.none")}</Text>
      ) : (
        <Stack gap="sm" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {comments.map((c) => (
            <Paper key={c.id} withBorder p="sm" component="li" data-comment={c.id}>
              <Text size="sm" fw={700}>
                {c.author.name}
                <Text component="span" size="sm" fw={400} c="dimmed">
                  {" · "}
                  {c.author.role === "coordinator"
                    ? t("comments.coordinator")
                    : language === "en"
                      ? c.author.municipalityNameEn
                      : c.author.municipalityNameEl}
                  {" · "}
                  <time dateTime={c.createdAt}>{formatInstantDate(c.createdAt, language)}</time>
                </Text>
              </Text>
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {c.body}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
      {canComment ? (
        <ReadOnlyWhileViewing>
          <form onSubmit={onSubmit} noValidate>
            <Stack gap="xs">
              <Textarea
                label={t("comments.label")}
                autosize
                minRows={2}
                maxRows={10}
                error={form.formState.errors.body ? t("comments.error") : undefined}
                {...form.register("body")}
              />
              {comment.isError && (
                <Alert color="red" role="alert">
                  {errorMessage(t, comment.error, "amendments")}
                </Alert>
              )}
              <Group>
                <Button type="submit" variant="default" loading={comment.isPending}>
                  {t("comments.submit")}
                </Button>
              </Group>
            </Stack>
          </form>
        </ReadOnlyWhileViewing>
      ) : (
        <Text size="sm" c="dimmed">
          {t("comments.closed")}
        </Text>
      )}
    </Stack>
  );
}
