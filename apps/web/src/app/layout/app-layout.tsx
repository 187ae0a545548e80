// The shell: skip link, header (name, menu button, language), navigation, main.
// Hand-made with CSS instead of Mantine's AppShell, whose resize handles and scroll lock
// cost ~9 KB gzipped of the 150 KB initial-JS budget for nothing this layout needs.
import { Burger } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { lazy, Suspense, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, ScrollRestoration, useLocation } from "react-router";
import { PageSkeleton } from "@/components/page-skeleton";
import { useSession } from "@/entities/session/get-session";
import { LanguageSwitch } from "./language-switch";
import { MainNav } from "./main-nav";
import classes from "./shell.module.css";

// Sign-out and the signed-in user, plus the expired-session watcher (features/auth).
const HeaderAccount = lazy(() => import("@/features/auth/components/header-account"));

// "No connection; retrying", with the automatic retries behind it (docs/decisions/111).
const ConnectionBanner = lazy(() =>
  import("@/components/connection-banner").then((m) => ({ default: m.ConnectionBanner })),
);

// Only unverified officers see it: its Alert stays out of the entry chunk (JS budget).
const VerificationNotice = lazy(() =>
  import("@/entities/session/verification-notice").then((m) => ({
    default: m.VerificationNotice,
  })),
);

// Only while a coordinator views as someone (docs/decisions/113): out of the entry chunk.
const ViewAsBanner = lazy(() =>
  import("./view-as-banner").then((m) => ({ default: m.ViewAsBanner })),
);

const NAV_ID = "main-navigation";
const MAIN_ID = "main-content";

export function AppLayout() {
  const { t } = useTranslation("common");
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const burgerRef = useRef<HTMLButtonElement>(null);
  const previousPath = useRef(pathname);
  const session = useSession().data;
  const user = session?.user;

  // After a client-side navigation, close the phone menu and move focus to the new page,
  // so screen-reader and keyboard users start at its content (not on a stale link).
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    close();
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname, close]);

  // Escape closes the phone menu and returns focus to its button.
  useEffect(() => {
    if (!opened) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        close();
        burgerRef.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [opened, close]);

  return (
    <div className={classes.root}>
      <a
        className="skip-link"
        href={`#${MAIN_ID}`}
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t("skipToContent")}
      </a>
      <header className={classes.header}>
        <div className={classes.headerStart}>
          <Burger
            ref={burgerRef}
            className={classes.burger}
            opened={opened}
            onClick={toggle}
            size="sm"
            aria-label={opened ? t("nav.closeMenu") : t("nav.openMenu")}
            aria-expanded={opened}
            aria-controls={NAV_ID}
          />
          {/* On phones the logo and the abbreviation; the full name stays in the link's name. */}
          <Link to="/" className={classes.brand}>
            <img className={classes.logo} src="/favicon.svg" alt="" width={28} height={28} />
            <abbr className={classes.brandShort} title={t("appName")}>
              {t("appShortName")}
            </abbr>
            <span className={classes.brandFull}>{t("appName")}</span>
          </Link>
        </div>
        <div style={{ display: "flex", alignItems: "center", gap: "0.5rem" }}>
          <Suspense fallback={null}>
            <HeaderAccount />
          </Suspense>
          <LanguageSwitch />
        </div>
      </header>
      <div className={classes.body}>
        <nav id={NAV_ID} className={classes.nav} data-open={opened} aria-label={t("nav.label")}>
          <MainNav />
        </nav>
        <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className={classes.main}>
          {session?.viewAs && (
            <Suspense fallback={null}>
              <ViewAsBanner />
            </Suspense>
          )}
          <Suspense fallback={null}>
            <ConnectionBanner />
          </Suspense>
          {user && user.verification !== "verified" && (
            <Suspense fallback={null}>
              <VerificationNotice />
            </Suspense>
          )}
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
      <ScrollRestoration />
    </div>
  );
}
