// The last navigation entries: the sections of the signed-in user's role (ROLE_SECTIONS)
// and who is signed in, or "Sign in". Loaded after the shell (it needs the session query);
// until then, and for anonymous visitors, it is "Sign in".
import type { SessionUser } from "@cni/contracts/auth";
import { IconUserCircle } from "@tabler/icons-react";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { useSession } from "@/entities/session/get-session";
import { isActive, NavItem, SignInLink } from "./main-nav";
import { ROLE_SECTIONS } from "./role-sections";
import classes from "./shell.module.css";

// Officers' and representatives' inbox, with the count of notices to acknowledge. A chunk
// that fails to load (server busy, offline) must not take the whole shell down: retry once,
// then leave the entry out.
const NoticesNavLink = lazy(() =>
  import("@/features/notices/components/notices-nav-link")
    .catch(() => import("@/features/notices/components/notices-nav-link"))
    .catch(() => ({ default: () => null })),
);

/** Sections a municipality that is not a party today cannot use (e.g. withdrawals). */
function hiddenFor(item: (typeof ROLE_SECTIONS)[number], user: SessionUser): boolean {
  if (!item.partiesOnly || user.role === "coordinator") return false;
  return user.applicant || user.verification !== "verified";
}

export default function AccountLink() {
  const { t } = useTranslation(["common", "auth", "accessions", "dashboard", "withdrawals"]);
  const { pathname } = useLocation();
  const session = useSession();
  const user = session.data?.user ?? null;
  if (!user) return <SignInLink />;
  return (
    <>
      {ROLE_SECTIONS.filter((item) => item.roles.includes(user.role) && !hiddenFor(item, user)).map(
        (item) => (
          <NavItem
            key={item.to}
            to={item.to}
            label={t(item.labelKey)}
            icon={item.icon}
            current={isActive(item, pathname)}
          />
        ),
      )}
      <Suspense fallback={null}>
        <NoticesNavLink NavItem={NavItem} />
      </Suspense>
      <div className={classes.navText}>
        <IconUserCircle size={20} aria-hidden="true" />{" "}
        {t("account.signedInAs", { name: user.name })}
      </div>
    </>
  );
}
