// `/accession`: the officer's accession declaration — the guided form while it is a draft
// or returned (with the defects it was returned for), its status once submitted, and once
// notified to the parties the request to designate the representative and alternate.
// Representatives follow it.
import type { Accession } from "@cni/contracts/accessions";
import { Alert, Button, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { type CSSProperties, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "@/components/error-state";
import { PageSkeleton } from "@/components/page-skeleton";
import { AccessionStatusBadge } from "@/entities/membership/status-badges";
import { useMunicipality } from "@/entities/municipality/api";
import { municipalityName } from "@/entities/municipality/name";
import { ReadOnlyWhileViewing } from "@/entities/session/read-only";
import { RequireRole } from "@/entities/session/require-role";
import { errorMessage } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { notify } from "@/lib/notify";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useAccessions } from "../api/get-accessions";
import { useWithdrawAccession } from "../api/withdraw-accession";
import { AccessionSummary } from "../components/accession-summary";
import { DeclarationWizard } from "../components/declaration-wizard";
import { DesignatePrompt } from "../components/designate-prompt";
import { ReturnedNotice } from "../components/returned-notice";

// Mantine's default error red (red 6) is 3.3:1 on white; red 9 keeps WCAG AA contrast.
const AA_ERROR_COLOR = { "--mantine-color-error": "var(--mantine-color-red-9)" } as CSSProperties;

const OPEN = new Set(["draft", "submitted", "returned"]);

function WithdrawButton({ accession }: { accession: Accession }) {
  const { t } = useTranslation("accessions");
  const [opened, { open, close }] = useDisclosure(false);
  const withdraw = useWithdrawAccession();
  return (
    <>
      <ReadOnlyWhileViewing>
        <Button variant="outline" color="red.9" onClick={open}>
          {t("my.withdraw")}
        </Button>
      </ReadOnlyWhileViewing>
      <Modal
        opened={opened}
        onClose={close}
        title={t("my.withdrawConfirmTitle")}
        closeButtonProps={{ "aria-label": t("close") }}
      >
        <Stack gap="md">
          <Text>{t("my.withdrawConfirmText")}</Text>
          {withdraw.isError && (
            <Alert role="alert" color="red" variant="light">
              {errorMessage(t, withdraw.error, "accessions")}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("my.cancel")}
            </Button>
            <Button
              color="red.9"
              loading={withdraw.isPending}
              onClick={async () => {
                try {
                  await withdraw.mutateAsync(accession.id);
                  close();
                  notify.info(t("my.withdrawn"));
                } catch {
                  // shown in the dialog
                }
              }}
            >
              {t("my.withdrawConfirm")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function MyAccession({
  municipalityId,
  isOfficer,
}: {
  municipalityId: string;
  isOfficer: boolean;
}) {
  const { t, i18n } = useTranslation("accessions");
  const language = i18n.language;
  const list = useAccessions({ municipalityId });
  const [fixing, setFixing] = useState(false);
  const municipality = useMunicipality(municipalityId);

  if (list.isError || municipality.isError) {
    return (
      <ErrorState
        error={list.error ?? municipality.error}
        onRetry={() => {
          void list.refetch();
          void municipality.refetch();
        }}
      />
    );
  }
  if (!list.data || !municipality.data) return <PageSkeleton />;

  const m = municipality.data;
  const name = municipalityName(m, language);
  const items = list.data.items;
  const open = items.find((a) => OPEN.has(a.status)) ?? null;
  const notified = items.find((a) => a.status === "notified") ?? null;
  const lastWithdrawn = items.find((a) => a.status === "withdrawn") ?? null;
  const isParty = m.status === "member" || m.status === "withdrawing";

  if (!open && isParty) {
    return (
      <Stack gap="md">
        <Alert
          color="teal"
          variant="light"
          styles={{ title: { color: "#0b4f3c" } }}
          title={notified ? t("my.notifiedTitle") : undefined}
        >
          {notified?.notifiedOn
            ? t("my.notifiedText", { name, date: formatDate(notified.notifiedOn, language) })
            : t("my.alreadyMember", { name })}
        </Alert>
        {notified && <DesignatePrompt municipalityId={municipalityId} isOfficer={isOfficer} />}
        {notified && <AccessionSummary accession={notified} />}
      </Stack>
    );
  }

  if (open?.status === "submitted" || (open && !isOfficer)) {
    return (
      <Stack gap="md">
        <Group gap="sm">
          <AccessionStatusBadge status={open.status} />
        </Group>
        {open.status === "submitted" && (
          <Alert color="blue" variant="light" title={t("my.submittedTitle")}>
            {open.submittedOn
              ? t("my.submittedText", { date: formatDate(open.submittedOn, language) })
              : t("my.submittedTextUndated")}
          </Alert>
        )}
        {!isOfficer && <Text>{t("my.onlyOfficers")}</Text>}
        <AccessionSummary accession={open} />
        {isOfficer && (
          <Group>
            <WithdrawButton accession={open} />
          </Group>
        )}
      </Stack>
    );
  }

  if (!isOfficer) return <Text>{t("my.onlyOfficers")}</Text>;

  return (
    <Stack gap="lg">
      <Text>{t("my.intro")}</Text>
      {!open && lastWithdrawn?.closedOn && (
        <Alert color="gray" variant="light">
          {t("my.withdrawnText", { date: formatDate(lastWithdrawn.closedOn, language) })}
        </Alert>
      )}
      {open && (
        <Group gap="sm">
          <AccessionStatusBadge status={open.status} />
        </Group>
      )}
      {open?.status === "returned" && !fixing ? (
        <ReturnedNotice accession={open} title={t("my.returnedTitle")}>
          <Text size="sm" mt="xs" mb="sm">
            {t("my.returnedText")}
          </Text>
          <Button color="red.9" onClick={() => setFixing(true)}>
            {t("my.fix")}
          </Button>
        </ReturnedNotice>
      ) : (
        <>
          {open?.status === "returned" && (
            <ReturnedNotice accession={open} title={t("my.returnedTitle")} />
          )}
          <ReadOnlyWhileViewing>
            <DeclarationWizard
              key={open?.id ?? "new"}
              municipalityId={municipalityId}
              initial={open}
            />
          </ReadOnlyWhileViewing>
        </>
      )}
      {open && (
        <Group>
          <WithdrawButton accession={open} />
        </Group>
      )}
    </Stack>
  );
}

function Page({ children }: { children: ReactNode }) {
  const { t } = useTranslation("accessions");
  useDocumentTitle(t("my.title"));
  return (
    <Stack gap="lg" maw={1000} style={AA_ERROR_COLOR}>
      <Title order={1}>{t("my.title")}</Title>
      {children}
    </Stack>
  );
}

export function Component() {
  const { t } = useTranslation("accessions");
  return (
    <RequireRole roles={["officer", "representative"]}>
      {(user) => (
        <Page>
          {user.municipalityId ? (
            <MyAccession municipalityId={user.municipalityId} isOfficer={user.role === "officer"} />
          ) : (
            <Text>{t("my.noMunicipality")}</Text>
          )}
        </Page>
      )}
    </RequireRole>
  );
}
