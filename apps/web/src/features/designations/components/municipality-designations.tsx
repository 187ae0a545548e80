// The municipality page's section on its representative and alternate (MoU: one of each):
// the current ones and their history, for signed-in users only (personal data), with a
// replace form for the municipality's officer and for coordinators.
import type { Designation } from "@cni/contracts/designations";
import type { DesignationRole } from "@cni/domain/enums";
import { Button, Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { type CSSProperties, type ReactNode, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { DiavgeiaLink } from "@/components/diavgeia-link";
import { ErrorState } from "@/components/error-state";
import { TableScroll } from "@/components/table-scroll";
import { useDesignations } from "@/entities/municipality/designations";
import { useSession } from "@/entities/session/get-session";
import { ReadOnlyWhileViewing } from "@/entities/session/read-only";
import { isApiError } from "@/lib/api-client";
import { errorMessage } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { notify } from "@/lib/notify";
import { useInviteDesignated } from "../api/invite-designated";
import { ActDocumentLink, AttachActDocument } from "./act-document";
import { DesignationForm } from "./designation-form";

// Mantine's default error red (red 6) is 3.3:1 on white; red 9 keeps WCAG AA contrast.
const AA_ERROR_COLOR = { "--mantine-color-error": "var(--mantine-color-red-9)" } as CSSProperties;

const ROLES: DesignationRole[] = ["representative", "alternate"];
const TITLE_ID = "municipality-designations";

/** One click: an account and an invitation for the designated person (coordinator). */
function InviteButton({
  designation,
  municipalityId,
}: {
  designation: Designation;
  municipalityId: string;
}) {
  const { t } = useTranslation("designations");
  const invite = useInviteDesignated();
  if (designation.hasAccount) {
    return (
      <Text size="sm" c="dimmed">
        {t("hasAccount")}
      </Text>
    );
  }
  return (
    <ReadOnlyWhileViewing>
      <Button
        mt="xs"
        size="xs"
        variant="light"
        w="fit-content"
        loading={invite.isPending}
        onClick={() =>
          invite.mutate(
            { designationId: designation.id, municipalityId },
            {
              onSuccess: () => notify.success(t("invited", { name: designation.name })),
              onError: (error) => notify.error(errorMessage(t, error, "designations")),
            },
          )
        }
      >
        {t("invite")}
      </Button>
    </ReadOnlyWhileViewing>
  );
}

function Current({
  role,
  designation,
  canEdit,
  canInvite,
  municipalityId,
}: {
  role: DesignationRole;
  designation: Designation | null;
  canEdit: boolean;
  canInvite: boolean;
  municipalityId: string;
}) {
  const { t, i18n } = useTranslation("designations");
  const [editing, setEditing] = useState(false);
  return (
    <Paper withBorder p="md" data-role={role}>
      <Title order={3} size="h4" mb="xs">
        {t(`role.${role}`)}
      </Title>
      {designation ? (
        <Stack gap={2}>
          <Text fw={600}>{designation.name}</Text>
          {designation.position && <Text size="sm">{designation.position}</Text>}
          <Text size="sm">
            <a href={`mailto:${designation.email}`}>{designation.email}</a>
            {designation.phone ? ` · ${designation.phone}` : ""}
          </Text>
          <Text size="sm" c="dimmed">
            {t("since", { date: formatDate(designation.from, i18n.language) })}
          </Text>
          {designation.act && (
            <Text size="sm">
              {t("act.summary", {
                kind: t(`act.kinds.${designation.act.kind}`),
                number: designation.act.number,
                date: formatDate(designation.act.date, i18n.language),
              })}{" "}
              <DiavgeiaLink ada={designation.act.diavgeiaAda} size="sm" />
            </Text>
          )}
          <ActDocumentLink designation={designation} />
          {canEdit && (
            <AttachActDocument designation={designation} municipalityId={municipalityId} />
          )}
          {canInvite && <InviteButton designation={designation} municipalityId={municipalityId} />}
        </Stack>
      ) : (
        <Text c="dimmed">{t("none")}</Text>
      )}
      {canEdit &&
        (editing ? (
          <Stack mt="md">
            <DesignationForm
              municipalityId={municipalityId}
              role={role}
              onDone={() => setEditing(false)}
            />
          </Stack>
        ) : (
          <ReadOnlyWhileViewing>
            <Button mt="md" size="xs" variant="outline" onClick={() => setEditing(true)}>
              {t(`replace.${role}`)}
            </Button>
          </ReadOnlyWhileViewing>
        ))}
    </Paper>
  );
}

function Section({ municipalityId }: { municipalityId: string }) {
  const { t, i18n } = useTranslation("designations");
  const language = i18n.language;
  const session = useSession();
  const user = session.data?.user ?? null;
  const query = useDesignations(municipalityId, { enabled: Boolean(user) });

  let body: ReactNode;
  if (session.isPending) body = <Skeleton height={80} />;
  else if (!user) body = <Text c="dimmed">{t("signedInOnly")}</Text>;
  else if (isApiError(query.error) && query.error.status === 403)
    body = <Text c="dimmed">{t("membersOnly")}</Text>;
  else if (query.isError)
    body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (!query.data) body = <Skeleton height={120} />;
  else {
    const data = query.data;
    const canEdit =
      user.role === "coordinator" ||
      (user.role === "officer" && user.municipalityId === municipalityId);
    body = (
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {ROLES.map((role) => (
            <Current
              key={role}
              role={role}
              designation={data[role]}
              canEdit={canEdit}
              canInvite={user.role === "coordinator"}
              municipalityId={municipalityId}
            />
          ))}
        </SimpleGrid>
        {data.history.length > 0 && (
          <Stack gap="xs">
            <Title order={3} size="h4">
              {t("history")}
            </Title>
            <TableScroll minWidth={720} stickyFirstColumn label={t("history")}>
              <Table verticalSpacing="xs" data-testid="designation-history">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("columns.role")}</Table.Th>
                    <Table.Th scope="col">{t("columns.name")}</Table.Th>
                    <Table.Th scope="col">{t("columns.from")}</Table.Th>
                    <Table.Th scope="col">{t("columns.to")}</Table.Th>
                    <Table.Th scope="col">{t("columns.act")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.history.map((d) => (
                    <Table.Tr key={d.id}>
                      <Table.Td>{t(`role.${d.role}`)}</Table.Td>
                      <Table.Td>{d.name}</Table.Td>
                      <Table.Td>
                        <time dateTime={d.from}>{formatDate(d.from, language)}</time>
                      </Table.Td>
                      <Table.Td>
                        {d.to ? (
                          <time dateTime={d.to}>{formatDate(d.to, language)}</time>
                        ) : (
                          t("current")
                        )}
                      </Table.Td>
                      <Table.Td>
                        {d.act
                          ? t("act.summary", {
                              kind: t(`act.kinds.${d.act.kind}`),
                              number: d.act.number,
                              date: formatDate(d.act.date, language),
                            })
                          : t("fromDeclaration")}
                        {d.act?.documentId && (
                          <>
                            <br />
                            <ActDocumentLink designation={d} />
                          </>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          </Stack>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby={TITLE_ID} style={AA_ERROR_COLOR}>
      <Title order={2} size="h3" id={TITLE_ID}>
        {t("title")}
      </Title>
      {body}
    </Stack>
  );
}

/** The "Representative and alternate" section of /municipalities/:id. */
export function MunicipalityDesignations({ municipalityId }: { municipalityId: string }) {
  return (
    <Suspense fallback={<Skeleton height={120} />}>
      <Section municipalityId={municipalityId} />
    </Suspense>
  );
}
