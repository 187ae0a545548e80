// `/withdrawals/:id`: one withdrawal, its dates and why, its documents and notices; the
// municipality's officer or a coordinator may rescind it while pending and attach a PDF.
import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  List,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconFileTypePdf } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { BackLink } from "@/components/back-link";
import { ErrorState } from "@/components/error-state";
import { Fact } from "@/components/fact";
import { WithdrawalCountdown } from "@/components/withdrawal-countdown";
import { municipalityName } from "@/entities/municipality/name";
import { useSession } from "@/entities/session/get-session";
import { isApiError } from "@/lib/api-client";
import { errorMessage } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { notify } from "@/lib/notify";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useWithdrawal } from "../api/get-withdrawal";
import { useUploadWithdrawalDocument } from "../api/upload-withdrawal-document";
import { RescindWithdrawalButton } from "../components/rescind-withdrawal-button";
import { WithdrawalStatusBadge } from "../components/withdrawal-status-badge";

function UploadDocument({ id }: { id: string }) {
  const { t } = useTranslation("withdrawals");
  const [file, setFile] = useState<File | null>(null);
  const upload = useUploadWithdrawalDocument();
  return (
    <Stack gap="xs" maw={480}>
      <FileInput
        label={t("detail.upload")}
        description={t("form.fileDescription")}
        inputWrapperOrder={["label", "input", "description", "error"]}
        placeholder={t("form.filePlaceholder")}
        // the default placeholder grey is 2:1 on white; "dimmed" (gray 7) passes AA
        styles={{ placeholder: { color: "var(--mantine-color-dimmed)" } }}
        accept="application/pdf,.pdf"
        clearable
        clearButtonProps={{ "aria-label": t("form.clearFile") }}
        leftSection={<IconFileTypePdf size={16} aria-hidden="true" />}
        value={file}
        onChange={(value) => {
          upload.reset();
          setFile(value);
        }}
        error={upload.isError ? errorMessage(t, upload.error, "withdrawals") : undefined}
      />
      <Group>
        <Button
          disabled={!file}
          loading={upload.isPending}
          onClick={() =>
            file &&
            upload.mutate(
              { id, file },
              {
                onSuccess: () => {
                  setFile(null);
                  notify.success(t("detail.uploaded"));
                },
              },
            )
          }
        >
          {t("detail.uploadButton")}
        </Button>
      </Group>
    </Stack>
  );
}

export function Component() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation("withdrawals");
  const language = i18n.language;
  const query = useWithdrawal(id);
  const user = useSession().data?.user ?? null;
  const w = query.data;
  const name = w ? municipalityName(w.municipality, language) : "";
  useDocumentTitle(w ? t("detail.title", { name }) : t("detail.documentTitle"));

  if (isApiError(query.error) && query.error.status === 404) {
    return (
      <Stack gap="md" maw={720}>
        <BackLink to="/withdrawals" label={t("detail.back")} />
        <Title order={1}>{t("detail.notFound")}</Title>
        <Text>{t("detail.notFoundText")}</Text>
      </Stack>
    );
  }
  if (query.isError && !w) {
    return (
      <Stack gap="md">
        <BackLink to="/withdrawals" label={t("detail.back")} />
        <Title order={1}>{t("detail.documentTitle")}</Title>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Stack>
    );
  }
  if (!w) {
    return (
      <Stack gap="md" aria-busy="true">
        <BackLink to="/withdrawals" label={t("detail.back")} />
        <Skeleton height={36} width="50%" />
        <Skeleton height={160} />
      </Stack>
    );
  }

  const canAct =
    user !== null &&
    (user.role === "coordinator" ||
      (user.role === "officer" && user.municipalityId === w.municipalityId));

  return (
    <Stack gap="xl" maw={960}>
      <Stack gap="xs">
        <BackLink to="/withdrawals" label={t("detail.back")} />
        <Group gap="sm" align="center">
          <Title order={1}>{t("detail.title", { name })}</Title>
          <WithdrawalStatusBadge status={w.status} />
          {w.status === "pending" && <WithdrawalCountdown effectiveOn={w.effectiveOn} />}
        </Group>
        <Anchor component={Link} to={`/municipalities/${w.municipalityId}`} size="sm">
          {t("detail.municipalityPage")}
        </Anchor>
      </Stack>

      {w.status === "pending" && canAct && (
        <Group>
          <RescindWithdrawalButton withdrawal={w} municipalityName={name} />
        </Group>
      )}

      <Paper withBorder p="md" component="section" aria-labelledby="withdrawal-facts">
        <Title order={2} size="h3" id="withdrawal-facts" mb="sm">
          {t("detail.facts")}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="md" m={0}>
          <Fact label={t("detail.declaredOn")}>
            <time dateTime={w.declaredOn}>{formatDate(w.declaredOn, language)}</time>
          </Fact>
          <Fact label={t("detail.notifiedOn")}>
            <time dateTime={w.notifiedOn}>{formatDate(w.notifiedOn, language)}</time>
          </Fact>
          {w.rescindedOn ? (
            <Fact label={t("detail.rescindedOn")}>
              <time dateTime={w.rescindedOn}>{formatDate(w.rescindedOn, language)}</time>
            </Fact>
          ) : (
            <Fact
              label={
                w.status === "effective" ? t("detail.effectiveOnPast") : t("detail.effectiveOn")
              }
            >
              <time dateTime={w.effectiveOn}>{formatDate(w.effectiveOn, language)}</time>
            </Fact>
          )}
          <Fact label={t("detail.reason")}>{w.reason ?? t("detail.noReason")}</Fact>
          <Fact label={t("detail.notices")}>
            {t("detail.noticesText", {
              filed: w.notices.filed,
              acknowledged: w.notices.acknowledged,
            })}
            {w.notices.rescinded > 0 &&
              `; ${t("detail.noticesRescinded", { count: w.notices.rescinded })}`}
          </Fact>
        </SimpleGrid>
        <Text size="sm" c="dimmed" mt="sm">
          {t("rule.long")}
        </Text>
      </Paper>

      <Stack gap="sm" component="section" aria-labelledby="withdrawal-documents">
        <Title order={2} size="h3" id="withdrawal-documents">
          {t("detail.documents")}
        </Title>
        {w.documents.length === 0 ? (
          <Text>{t("detail.noDocuments")}</Text>
        ) : (
          <List>
            {w.documents.map((d) => (
              <List.Item key={d.id}>
                <Anchor href={`/api/documents/${d.id}`} download={d.filename}>
                  {d.filename}
                </Anchor>{" "}
                <Text span size="sm" c="dimmed">
                  ({Math.max(1, Math.round(d.size / 1024))} KB)
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        {canAct && <UploadDocument id={w.id} />}
      </Stack>
      {w.status === "rescinded" && (
        <Alert color="green" variant="light">
          {t("rescind.success")}
        </Alert>
      )}
    </Stack>
  );
}
