// `/withdrawals/new?municipalityId=`: start a written withdrawal declaration as a draft
// (officer: its own municipality; coordinator: any member, preselected from its page).
import { athensToday } from "@cni/domain/dates";
import { Alert, Anchor, Skeleton, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ErrorState } from "@/components/error-state";
import { useMunicipality } from "@/entities/municipality/api";
import { useSession } from "@/entities/session/get-session";
import { useDocumentTitle } from "@/lib/use-document-title";
import { WithdrawalForm } from "../components/withdrawal-form";

export function Component() {
  const { t } = useTranslation("withdrawals");
  useDocumentTitle(t("form.documentTitle"));
  const [params] = useSearchParams();
  const session = useSession();
  const user = session.data?.user ?? null;
  const coordinator = user?.role === "coordinator";
  const officer = user?.role === "officer" && user.municipalityId !== null;
  // An officer always acts for its own municipality, whatever the address says.
  const subjectId = officer
    ? user.municipalityId
    : coordinator
      ? params.get("municipalityId")
      : null;
  const subject = useMunicipality(subjectId);
  const today = athensToday();

  let body: ReactNode;
  if (session.isPending) {
    body = <Skeleton height={240} />;
  } else if (!user) {
    body = (
      <Alert color="blue" role="status">
        <Text>{t("form.signInNeeded")}</Text>
        <Anchor component={Link} to="/sign-in">
          {t("nav.signIn", { ns: "common" })}
        </Anchor>
      </Alert>
    );
  } else if (!coordinator && !officer) {
    body = <Alert color="orange">{t("form.notAllowed")}</Alert>;
  } else if (subjectId && subject.isError) {
    body = <ErrorState error={subject.error} onRetry={() => void subject.refetch()} />;
  } else if (subjectId && !subject.data) {
    body = <Skeleton height={240} />;
  } else if (officer && subject.data && subject.data.status !== "member") {
    body = (
      <Alert color="orange" role="status">
        {subject.data.status === "withdrawing"
          ? t("errors.code.WITHDRAWAL_PENDING")
          : t("form.notAMember")}
      </Alert>
    );
  } else {
    const m = subject.data && subject.data.status === "member" ? subject.data : null;
    body = (
      <WithdrawalForm
        today={today}
        coordinator={coordinator}
        municipality={m ? { id: m.id, nameEl: m.nameEl, nameEn: m.nameEn } : null}
      />
    );
  }

  return (
    <Stack gap="lg" maw={760}>
      <Stack gap="xs">
        <Title order={1} id="withdrawal-form-title">
          {t("form.title")}
        </Title>
        <Text>{t("form.intro")}</Text>
        <Text size="sm" c="dimmed">
          {t("rule.long")}
        </Text>
      </Stack>
      {body}
    </Stack>
  );
}
