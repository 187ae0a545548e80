// i18next set-up. Greek first, English complete. Translations live in
// src/locales/<lang>/<namespace>.json, one namespace per feature (common, directory, …);
// a new namespace is picked up by the glob below without editing this file. Each file
// becomes a small chunk loaded when a page needs it (see `loadNamespaces`).
import i18next, { type BackendModule, type ResourceKey } from "i18next";
import { initReactI18next } from "react-i18next";

export const LANGUAGES = ["el", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "el";
const STORAGE_KEY = "cni.lang";

const bundles = import.meta.glob<ResourceKey>("../locales/*/*.json", { import: "default" });

const backend: BackendModule = {
  type: "backend",
  callbackApi: true,
  init() {},
  read(language, namespace, callback) {
    const load = bundles[`../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`No translations ${language}/${namespace}`), null);
      return;
    }
    load().then(
      (data) => callback(null, data),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function currentLanguage(): Language {
  const lng = i18next.resolvedLanguage ?? i18next.language;
  return isLanguage(lng) ? lng : DEFAULT_LANGUAGE;
}

function applyLanguage(language: string): void {
  if (!isLanguage(language)) return;
  document.documentElement.lang = language;
  // also as a cookie: the server names the page's translations in this language in the
  // HTML it sends (apps/api/src/plugins/page-preloads.ts); a preference, nothing personal
  // biome-ignore lint/suspicious/noDocumentCookie: one fixed name, a value from LANGUAGES; the Cookie Store API is not in every browser the portal supports
  document.cookie = `${STORAGE_KEY}=${language}; path=/; max-age=31536000; samesite=lax`;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // storage unavailable (private mode): the choice lasts for this page only
  }
}

i18next.on("languageChanged", applyLanguage);

/** Initialises i18next with the stored language and the `common` namespace. */
export async function initI18n(): Promise<typeof i18next> {
  await i18next
    .use(backend)
    .use(initReactI18next)
    .init({
      lng: storedLanguage(),
      // English is complete (locales.test.ts checks every key), so an English reader never
      // needs the Greek files: without this, i18next downloads each namespace twice.
      fallbackLng: { en: [], default: [DEFAULT_LANGUAGE] },
      supportedLngs: [...LANGUAGES],
      load: "currentOnly",
      ns: ["common"],
      defaultNS: "common",
      fallbackNS: "common",
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
      react: { useSuspense: true },
      // Sets the language synchronously (the files still load asynchronously), so the
      // router, started while `common` loads (main.tsx), asks for the page's namespaces in
      // the reader's language rather than in the fallback.
      initAsync: false,
    });
  applyLanguage(currentLanguage());
  return i18next;
}

/** Loads namespaces before a page renders (used by the router's lazy routes). */
export function loadNamespaces(namespaces: string[]): Promise<void> {
  return i18next.loadNamespaces(namespaces);
}

export function changeLanguage(language: Language): Promise<unknown> {
  return i18next.changeLanguage(language);
}

export { i18next };
