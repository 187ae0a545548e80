// While a coordinator views the portal as someone (docs/decisions/113-view-as.md) the server
// refuses every write (403 VIEW_AS_READ_ONLY). The SPA says so before the click: write
// controls are disabled and explain why (tooltip and aria-describedby), all driven by the
// one session flag `viewAs` read here.
import { type CSSProperties, type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "./get-session";

/** The id of the banner's read-only sentence, which every disabled write control cites. */
export const READ_ONLY_NOTE_ID = "view-as-read-only-note";

/** True while the session views the portal as another user (nothing can be changed). */
export function useReadOnlyView(): boolean {
  return Boolean(useSession().data?.viewAs);
}

export type WriteGuardProps = {
  disabled?: true;
  title?: string;
  "aria-describedby"?: string;
};

/**
 * Props for one write control (a button that saves, sends, deletes): spread them on it.
 * Empty unless viewing as someone.
 */
export function useWriteGuard(): WriteGuardProps {
  const { t } = useTranslation("common");
  return useReadOnlyView()
    ? { disabled: true, title: t("viewAs.readOnlyHint"), "aria-describedby": READ_ONLY_NOTE_ID }
    : {};
}

const CONTROLS = "button, input, select, textarea";

// The disabled fieldset disables the controls, but a description on the fieldset reaches
// a screen reader only as the group's: each control inside cites the read-only sentence
// itself (kept when React re-renders or adds controls) and shows it as its tooltip.
function describeControls(root: HTMLElement, hint: string) {
  for (const control of root.querySelectorAll<HTMLElement>(CONTROLS)) {
    const ids = (control.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
    if (!ids.includes(READ_ONLY_NOTE_ID)) {
      control.setAttribute("aria-describedby", [...ids, READ_ONLY_NOTE_ID].join(" "));
    }
    // only titles set here are re-worded (the language may change); set only when different,
    // since every write is a mutation the observer below would see again
    const ours = control.hasAttribute("data-read-only-title");
    if ((ours || !control.title) && control.title !== hint) {
      control.setAttribute("data-read-only-title", "");
      control.title = hint;
    }
  }
}

// A fieldset that draws nothing of its own.
const PLAIN: CSSProperties = { border: 0, padding: 0, margin: 0, minWidth: 0 };

/**
 * Wraps a form (or a group of write controls): while viewing as someone every field and
 * button inside is disabled by the browser (a disabled fieldset), with the explanation as
 * its tooltip and description. Otherwise renders its children unchanged.
 */
export function ReadOnlyWhileViewing({ children }: { children: ReactNode }) {
  const { t } = useTranslation("common");
  const readOnly = useReadOnlyView();
  const ref = useRef<HTMLFieldSetElement>(null);
  const hint = t("viewAs.readOnlyHint");
  useEffect(() => {
    const root = ref.current;
    if (!readOnly || !root) return;
    describeControls(root, hint);
    const observer = new MutationObserver(() => describeControls(root, hint));
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["aria-describedby", "title"],
    });
    return () => observer.disconnect();
  }, [readOnly, hint]);
  if (!readOnly) return children;
  return (
    <fieldset ref={ref} disabled style={PLAIN} title={hint} data-read-only-view="">
      {children}
    </fieldset>
  );
}
