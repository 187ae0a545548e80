// A municipality's public page, `/municipalities/:id`: a composition point. The directory
// shows the municipality; each other feature adds its section as ONE component.
//
// The heading and the facts (the directory's) render as soon as the municipality arrives;
// the other features' sections come in their own chunk (municipality-sections.tsx), asked
// for when this module loads, so it downloads beside the data instead of before it (and
// the loader's data requests no longer wait for the form libraries). Once it
// has arrived the sections render at once; until then they hold their place empty (nothing
// shifts for most visitors: the withdrawal panel above the facts shows only for a
// municipality that is withdrawing, or to its officer or a coordinator).
import { Stack } from "@mantine/core";
import { type ReactNode, Suspense, use } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { QueryPage } from "@/components/query-page";
import { useMunicipality } from "@/entities/municipality/api";
import { municipalityName } from "@/entities/municipality/name";
import {
  MunicipalityBackLink,
  MunicipalityFacts,
  MunicipalityHeader,
} from "@/features/directory/components/municipality-overview";
import { loadNamespaces } from "@/lib/i18n";

type Sections = typeof import("./municipality-sections");

// A promise that says when it is settled, so `use` reads it without suspending once the
// chunk is there (React reads the `status` and `value` of a thenable it is given).
const sections: Promise<Sections> = import("./municipality-sections");
sections.then(
  (module) => Object.assign(sections, { status: "fulfilled", value: module }),
  () => undefined, // `use` throws the failure to the route's error boundary
);
// The sections' translations, beside their code (the page itself waits only for its own).
void loadNamespaces(["accessions", "users", "designations", "activities"]);

function WithSections({ children }: { children: (module: Sections) => ReactNode }) {
  return children(use(sections));
}

function Later({ children }: { children: (module: Sections) => ReactNode }) {
  return (
    <Suspense fallback={null}>
      <WithSections>{children}</WithSections>
    </Suspense>
  );
}

export function Component() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation("directory");
  const query = useMunicipality(id);
  return (
    <QueryPage
      query={query}
      back={<MunicipalityBackLink />}
      title={t("municipality.facts")}
      pageTitle={(m) => municipalityName(m, i18n.language)}
      notFound={{ title: t("municipality.notFoundTitle"), text: t("municipality.notFoundText") }}
    >
      {(municipality) => (
        <Stack gap="xl" maw={960}>
          <MunicipalityHeader municipality={municipality} />
          <Later>{(s) => <s.MunicipalityWithdrawalPanel municipality={municipality} />}</Later>
          <MunicipalityFacts municipality={municipality} />
          <Later>
            {(s) => (
              <>
                <s.MunicipalityDesignatePrompt municipality={municipality} />
                <s.MunicipalityDesignations municipalityId={municipality.id} />
                <s.MunicipalityAccounts municipalityId={municipality.id} />
                <s.MunicipalityTimeline municipalityId={municipality.id} />
                <s.MunicipalityActivities municipalityId={municipality.id} />
              </>
            )}
          </Later>
        </Stack>
      )}
    </QueryPage>
  );
}
