// The officer's guided declaration: council decision → signatory → representative &
// alternate → documents → review & submit. The first step creates the draft, each later
// step saves into it, so nothing is lost between steps (or sessions).
import type { Accession } from "@cni/contracts/accessions";
import { Stepper } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { notify } from "@/lib/notify";
import { useAccession } from "../api/get-accession";
import { DecisionStep } from "./decision-step";
import { DocumentsStep } from "./documents-step";
import { PersonsStep } from "./persons-step";
import { ReviewStep } from "./review-step";
import { SignatoryStep } from "./signatory-step";

const STEPS = ["decision", "signatory", "persons", "documents", "review"] as const;

/** Where to resume: the first step that still needs something, or the review. */
function firstOpenStep(accession: Accession | null): number {
  if (!accession) return 0;
  if (accession.status === "returned") return 4;
  if (!accession.signatory) return 1;
  // the representative and alternate are optional: no stop at step 2 for them
  if (!accession.documents.some((d) => d.kind === "decision")) return 3;
  return 4;
}

type Props = { municipalityId: string; initial: Accession | null };

export function DeclarationWizard({ municipalityId, initial }: Props) {
  const { t } = useTranslation("accessions");
  const [accessionId, setAccessionId] = useState<string | null>(initial?.id ?? null);
  const detail = useAccession(accessionId);
  const accession = detail.data ?? initial;
  const [active, setActive] = useState(() => firstOpenStep(initial));
  const panelRef = useRef<HTMLElement>(null);
  const shownStep = useRef(active);

  // Move focus to the new step's content, so keyboard and screen-reader users follow along.
  useEffect(() => {
    if (shownStep.current === active) return;
    shownStep.current = active;
    panelRef.current?.focus();
  }, [active]);

  const saved = (next: Accession) => {
    setAccessionId(next.id);
    notify.info(t("steps.saved"));
    setActive((step) => Math.min(step + 1, STEPS.length - 1));
  };
  const back = () => setActive((step) => Math.max(step - 1, 0));

  const panel = () => {
    const step = STEPS[active];
    if (step === "decision" || !accession) {
      return <DecisionStep municipalityId={municipalityId} accession={accession} onSaved={saved} />;
    }
    if (step === "signatory")
      return <SignatoryStep accession={accession} onSaved={saved} onBack={back} />;
    if (step === "persons")
      return <PersonsStep accession={accession} onSaved={saved} onBack={back} />;
    if (step === "documents") {
      return <DocumentsStep accession={accession} onContinue={() => setActive(4)} onBack={back} />;
    }
    return <ReviewStep accession={accession} onBack={back} />;
  };

  return (
    <div>
      <Stepper
        active={active}
        onStepClick={setActive}
        allowNextStepsSelect={false}
        size="sm"
        aria-label={t("steps.label")}
        mb="lg"
      >
        {STEPS.map((step) => (
          <Stepper.Step
            key={step}
            label={t(`steps.${step}`)}
            description={t(`steps.${step}Description`)}
            allowStepSelect={Boolean(accession)}
          />
        ))}
      </Stepper>
      <section
        ref={panelRef}
        tabIndex={-1}
        aria-label={t(`steps.${STEPS[active]}`)}
        data-step={STEPS[active]}
      >
        {panel()}
      </section>
    </div>
  );
}
