// /amendments/new: a representative (or alternate) proposes an amendment to the MoU.
import { type AmendmentBody, amendmentBody } from "@cni/contracts/amendments";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  Alert,
  Button,
  Group,
  Select,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { Controller, type FieldPath, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { BackLink } from "@/components/back-link";
import { SignInPrompt } from "@/components/sign-in-prompt";
import { useSession } from "@/entities/session/get-session";
import { ReadOnlyWhileViewing } from "@/entities/session/read-only";
import { isApiError } from "@/lib/api-client";
import { errorMessage } from "@/lib/errors";
import { notify } from "@/lib/notify";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useClauses } from "../api/get-clauses";
import { useProposeAmendment } from "../api/propose-amendment";

const FIELDS = ["title", "clause", "proposedText", "rationale"] as const;

function ProposalForm() {
  const { t, i18n } = useTranslation("amendments");
  const language = i18n.language;
  const navigate = useNavigate();
  const clauses = useClauses();
  const propose = useProposeAmendment();
  const form = useForm<AmendmentBody>({
    resolver: zodResolver(amendmentBody),
    defaultValues: { title: "", clause: "", proposedText: "", rationale: "" },
  });
  const { errors } = form.formState;
  const fieldError = (field: (typeof FIELDS)[number]) =>
    errors[field] ? t(`form.errors.${field}`) : undefined;

  const onSubmit = form.handleSubmit(async (body) => {
    try {
      const created = await propose.mutateAsync(body);
      notify.success(t("form.created"));
      navigate(`/amendments/${created.id}`);
    } catch (error) {
      if (isApiError(error)) {
        for (const e of error.errors) {
          if ((FIELDS as readonly string[]).includes(e.path)) {
            form.setError(e.path as FieldPath<AmendmentBody>, {
              type: "server",
              message: e.message,
            });
          }
        }
      }
    }
  });

  const options = [
    ...(clauses.data ?? []).map((c) => ({
      value: c.id,
      label: language === "en" ? c.labelEn : c.labelEl,
    })),
    { value: "new", label: t("clause.new") },
  ];

  return (
    <ReadOnlyWhileViewing>
      <form onSubmit={onSubmit} noValidate aria-labelledby="proposal-heading">
        <Stack gap="md" maw={760}>
          <TextInput
            label={t("form.title")}
            withAsterisk
            error={fieldError("title")}
            {...form.register("title")}
          />
          <Controller
            control={form.control}
            name="clause"
            render={({ field }) => (
              <Select
                label={t("form.clause")}
                description={t("form.clauseHelp")}
                placeholder={t("form.clausePlaceholder")}
                data={options}
                searchable
                withAsterisk
                nothingFoundMessage={t("form.noClause")}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? "")}
                onBlur={field.onBlur}
                error={
                  errors.clause
                    ? errors.clause.type === "server"
                      ? t("errors.code.UNKNOWN_CLAUSE")
                      : t("form.errors.clause")
                    : undefined
                }
                disabled={clauses.isPending}
              />
            )}
          />
          <Textarea
            label={t("form.proposedText")}
            description={t("form.proposedTextHelp")}
            withAsterisk
            autosize
            minRows={4}
            maxRows={16}
            error={fieldError("proposedText")}
            {...form.register("proposedText")}
          />
          <Textarea
            label={t("form.rationale")}
            withAsterisk
            autosize
            minRows={3}
            maxRows={12}
            error={fieldError("rationale")}
            {...form.register("rationale")}
          />
          {propose.isError && !(isApiError(propose.error) && propose.error.errors.length > 0) && (
            <Alert color="red" role="alert">
              {errorMessage(t, propose.error, "amendments")}
            </Alert>
          )}
          <Text size="sm" c="dimmed">
            {t("form.notice")}
          </Text>
          <Group>
            <Button type="submit" loading={propose.isPending}>
              {t("form.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </ReadOnlyWhileViewing>
  );
}

export function Component() {
  const { t } = useTranslation("amendments");
  useDocumentTitle(t("form.heading"));
  const session = useSession();
  const user = session.data?.user ?? null;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <BackLink to="/amendments" label={t("detail.back")} />
        <Title order={1} id="proposal-heading">
          {t("form.heading")}
        </Title>
      </Stack>
      {session.isPending ? (
        <Skeleton height={200} />
      ) : !user ? (
        <SignInPrompt title={t("signIn.title")} text={t("form.signIn")} />
      ) : user.role !== "representative" ? (
        <Text>{t("form.representativesOnly")}</Text>
      ) : (
        <>
          <Text maw={760}>{t("form.intro")}</Text>
          <ProposalForm />
        </>
      )}
    </Stack>
  );
}
